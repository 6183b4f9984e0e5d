package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.spotcheck.SpotCheckKind;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import cn.gov.povertyexit.sampling.RandomSample;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 抽取第三方评估样本 / 抽取市级核查样本: a random sample of a list at a rate, rounded up; the seed is kept with the
 * case and in the check's record (spot_check) so anyone can draw the same sample again from the same list. The step may name the list ({@code sampleFrom},
 * default the filed list) and the rate ({@code sampleRate}, default the third-party assessment rate).
 */
@Component
public class DrawAssessmentSampleDelegate implements JavaDelegate {

  private final ExitPolicy policy;
  private final SpotCheckRegister checks;
  private final SecureRandom seeds = new SecureRandom();

  public DrawAssessmentSampleDelegate(ExitPolicy policy, SpotCheckRegister checks) {
    this.policy = policy;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long seed = seeds.nextLong();
    execution.setVariable(ASSESSMENT_SEED, seed);
    Object from = execution.getVariableLocal(SAMPLE_FROM);
    Object rate = execution.getVariableLocal(SAMPLE_RATE);
    List<ReviewRows.Row> population = ReviewRows.read(execution, from == null ? FILING_LIST : from.toString());
    BigDecimal sampleRate = rate == null ? policy.sampling().assessmentHouseholdRate() : new BigDecimal(rate.toString());
    List<ReviewRows.Row> sample = RandomSample.draw(population, sampleRate, seed);
    ReviewRows.write(execution, ASSESSMENT_SAMPLE, sample);
    checks.open(execution, SpotCheckKind.COUNTY_REVIEW_ASSESSMENT, SpotCheckKind.COUNTY_REVIEW_ASSESSMENT.label(),
        CaseVariables.text(execution, COUNTY_CODE, "县"), CaseVariables.integer(execution, EXIT_YEAR, "退出年度"), seed,
        sampleRate, population.size(), sample.stream().map(ReviewRows.Row::householdId).toList());
  }
}
