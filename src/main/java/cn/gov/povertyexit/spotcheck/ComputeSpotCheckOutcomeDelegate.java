package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.sampling.SpotCheckOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 计算抽查合格率 (seed 000 八, 以设区市、县为单位): the pass rate of the sample — households of a county, or villages of a
 * city — decides proportional recognition or re-verification of all.
 */
@Component
public class ComputeSpotCheckOutcomeDelegate implements JavaDelegate {

  private final ExitPolicy policy;

  public ComputeSpotCheckOutcomeDelegate(ExitPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> sample = ReviewRows.read(execution, SAMPLE);
    List<ReviewRows.Row> failed = sample.stream()
        .filter(row -> !"达标".equals(execution.getVariable(RESULT_PREFIX + row.householdId())))
        .map(row -> row.withReason(String.valueOf(execution.getVariable(RESULT_PREFIX + row.householdId()))))
        .toList();
    List<ReviewRows.Row> unsampled = ReviewRows.read(execution, EXITS).stream()
        .filter(row -> sample.stream().noneMatch(drawn -> drawn.householdId().equals(row.householdId()))).toList();
    SpotCheckOutcome outcome = SpotCheckOutcome.of(sample.size(), failed.size(), unsampled.size(),
        policy.sampling().recognitionPassRate());
    execution.setVariable(PASS_RATE, outcome.passRate().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP) + "%");
    execution.setVariable(RECOGNISED, outcome.recognisedInProportion());
    execution.setVariable(TO_REVOKE, outcome.unsampledToRevoke());
    ReviewRows.write(execution, FAILED, failed);
    ReviewRows.write(execution, UNSAMPLED, unsampled);
  }
}
