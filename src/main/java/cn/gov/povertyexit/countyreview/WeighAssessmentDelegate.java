package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 按评估合格率确定未抽中农户的处理: seed 000 五(1) says the county approves after the third-party assessment but not what a
 * failing sample means for the households nobody visited. Seed 000 八 says it for checks of exits, and the same logic
 * is applied here, before the exits are approved: above the recognition pass rate (90%), the county names as many
 * unsampled households as the failure rate stands for and does not approve them ("按抽查不合格比例，由县确定具体不合格
 * …名单"); at or below it, every unsampled household is verified again before the county decides ("须重新进行核查").
 */
@Component
public class WeighAssessmentDelegate implements JavaDelegate {

  /** How many unsampled households the government must refuse at approval; 0 when nothing failed or all were re-verified. */
  static final String UNSAMPLED_REFUSALS_REQUIRED = "unsampledRefusalsRequired";
  static final String ASSESSMENT_PASS_RATE = "assessmentPassRate";
  static final String ASSESSMENT_PASSED = "assessmentPassed";
  /** The gateway's question: a pass rate at or below the recognition rate, and unsampled households to verify. */
  static final String RE_VERIFICATION_NEEDED = "unsampledReVerificationNeeded";
  static final String ASSESSMENT_CONSEQUENCE = "assessmentConsequence";
  static final String UNSAMPLED_LIST = "unsampledList";

  private final ExitPolicy policy;
  private final SpotCheckRegister checks;

  public WeighAssessmentDelegate(ExitPolicy policy, SpotCheckRegister checks) {
    this.policy = policy;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> sample = ReviewRows.read(execution, ASSESSMENT_SAMPLE);
    Set<String> sampled = sample.stream().map(ReviewRows.Row::householdId).collect(Collectors.toSet());
    long check = SpotCheckRegister.currentCheck(execution);
    Set<String> passedIds = checks.results(check).stream().filter(result -> Boolean.TRUE.equals(result.passed()))
        .map(SpotCheckRegister.Result::subjectId).collect(Collectors.toSet());
    long passed = sample.stream().filter(row -> passedIds.contains(row.householdId())).count();
    List<ReviewRows.Row> unsampled = ReviewRows.read(execution, APPROVAL_LIST).stream()
        .filter(row -> !sampled.contains(row.householdId())).toList();
    Verdict verdict = weigh(sample.size(), passed, unsampled.size(), policy.sampling().recognitionPassRate());
    ReviewRows.write(execution, UNSAMPLED_LIST, unsampled);
    execution.setVariable(ASSESSMENT_PASS_RATE, percent(verdict.passRate()));
    execution.setVariable(ASSESSMENT_PASSED, verdict.above());
    execution.setVariable(RE_VERIFICATION_NEEDED, !verdict.above() && !unsampled.isEmpty());
    execution.setVariable(UNSAMPLED_REFUSALS_REQUIRED, verdict.refusalsRequired());
    execution.setVariable(ASSESSMENT_CONSEQUENCE, consequence(execution, sample.size(), passed, unsampled.size(), verdict));
    checks.complete(execution, check, sample.size(), passed, verdict.passRate(), outcome(unsampled.size(), verdict));
  }

  /** The outcome as the check's record keeps it: 认定通过 or 重新核实, and what it asks of the county. */
  private String outcome(int unsampled, Verdict verdict) {
    String head = "合格率" + percent(verdict.passRate()) + (verdict.above() ? "，高于" : "，未高于")
        + percent(policy.sampling().recognitionPassRate());
    if (!verdict.above()) {
      return unsampled == 0 ? "未高于认定合格率：" + head + "，名单上没有未抽中的农户"
          : "重新核实：" + head + "，未抽中的" + unsampled + "户全部重新核查后再报县政府批准";
    }
    return "认定通过：" + head + (verdict.refusalsRequired() == 0 ? "，未抽中的" + unsampled + "户按名单报批"
        : "，县政府须从未抽中的" + unsampled + "户中确定" + verdict.refusalsRequired() + "户不予批准");
  }

  /** The pass rate of the sample and what it means for {@code unsampled} households nobody visited. */
  record Verdict(BigDecimal passRate, boolean above, int refusalsRequired) {}

  static Verdict weigh(int sampled, long passed, int unsampled, BigDecimal recognitionPassRate) {
    BigDecimal passRate = sampled == 0 ? BigDecimal.ONE
        : BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(sampled), 4, RoundingMode.HALF_UP);
    if (passRate.compareTo(recognitionPassRate) <= 0) {
      return new Verdict(passRate, false, 0);
    }
    // rounded up: a fraction of a failing household still stands for one the county must find
    int required = BigDecimal.ONE.subtract(passRate).multiply(BigDecimal.valueOf(unsampled))
        .setScale(0, RoundingMode.CEILING).intValueExact();
    return new Verdict(passRate, true, required);
  }

  private String consequence(DelegateExecution execution, int sampled, long passed, int unsampled, Verdict verdict) {
    String threshold = percent(policy.sampling().recognitionPassRate());
    String head = "第三方评估（" + commission(execution) + "）抽中" + sampled + "户，合格" + passed + "户，合格率"
        + percent(verdict.passRate());
    if (!verdict.above() && unsampled == 0) {
      return head + "，未高于" + threshold + "：名单上没有未抽中的农户。";
    }
    if (!verdict.above()) {
      return head + "，未高于" + threshold + "：未抽中的" + unsampled + "户须全部重新核查后再报县政府批准（000号文件 八）。";
    }
    if (verdict.refusalsRequired() == 0) {
      return head + "，高于" + threshold + "，样本户全部合格：未抽中的" + unsampled + "户按名单报批。";
    }
    return head + "，高于" + threshold + "：按不合格比例，县政府须从未抽中的" + unsampled + "户中确定"
        + verdict.refusalsRequired() + "户不合格、不予批准，并写明理由（000号文件 八）。";
  }

  private static String commission(DelegateExecution execution) {
    return "设区市委托文号" + execution.getVariable("cityCommissionNumber") + "、省委托文号"
        + execution.getVariable("provinceCommissionNumber") + "，" + execution.getVariable("assessmentAgency");
  }

  static String percent(BigDecimal rate) {
    return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
