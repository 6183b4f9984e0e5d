package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.sampling.SpotCheckOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 计算抽查合格率 (seed 000 八, 以设区市、县为单位): the pass rate of the sample — households of a county, or villages of a
 * city — decides proportional recognition or re-verification of all. The findings are read from the check's record,
 * and the rate, the outcome and each sampled subject's consequence are written back to it.
 */
@Component
public class ComputeSpotCheckOutcomeDelegate implements JavaDelegate {

  private final ExitPolicy policy;
  private final SpotCheckRegister checks;

  public ComputeSpotCheckOutcomeDelegate(ExitPolicy policy, SpotCheckRegister checks) {
    this.policy = policy;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long check = SpotCheckRegister.currentCheck(execution);
    Map<String, SpotCheckRegister.Result> results = checks.results(check).stream()
        .collect(Collectors.toMap(SpotCheckRegister.Result::subjectId, Function.identity()));
    List<ReviewRows.Row> sample = ReviewRows.read(execution, SAMPLE);
    List<ReviewRows.Row> failed = sample.stream()
        .filter(row -> !passed(results.get(row.householdId())))
        .map(row -> row.withReason(findings(results.get(row.householdId()))))
        .toList();
    List<ReviewRows.Row> unsampled = ReviewRows.read(execution, EXITS).stream()
        .filter(row -> sample.stream().noneMatch(drawn -> drawn.householdId().equals(row.householdId()))).toList();
    SpotCheckOutcome outcome = SpotCheckOutcome.of(sample.size(), failed.size(), unsampled.size(),
        policy.sampling().recognitionPassRate());
    String rate = outcome.passRate().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP) + "%";
    execution.setVariable(PASS_RATE, rate);
    execution.setVariable(RECOGNISED, outcome.recognisedInProportion());
    execution.setVariable(TO_REVOKE, outcome.unsampledToRevoke());
    ReviewRows.write(execution, FAILED, failed);
    ReviewRows.write(execution, UNSAMPLED, unsampled);

    boolean villages = checks.kindOf(check).subject() == SubjectType.VILLAGE;
    checks.complete(execution, check, sample.size(), sample.size() - failed.size(), outcome.passRate(),
        outcomeText(outcome, rate, villages));
    Set<String> failedIds = failed.stream().map(ReviewRows.Row::householdId).collect(Collectors.toSet());
    checks.setConsequence(check, failedIds, "回退");
    checks.setConsequence(check, sample.stream().map(ReviewRows.Row::householdId).filter(id -> !failedIds.contains(id))
        .toList(), outcome.recognisedInProportion() ? "无" : "重新核查");
  }

  private String outcomeText(SpotCheckOutcome outcome, String rate, boolean villages) {
    String threshold = policy.sampling().recognitionPassRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    String exits = villages ? "出列村" : "退出户";
    String failures = outcome.failed() == 0 ? "" : "，抽查不合格的" + outcome.failed() + (villages ? "个村" : "户") + "回退";
    if (!outcome.recognisedInProportion()) {
      return "重新核实：合格率" + rate + "，未高于" + threshold + failures + "，其余当年" + exits + "全部重新核查";
    }
    return "认定通过：合格率" + rate + "，高于" + threshold + "，按合格率认定退出数量" + failures
        + (outcome.unsampledToRevoke() == 0 ? ""
            : "，未抽查的" + exits + "按不合格比例回退" + outcome.unsampledToRevoke() + (villages ? "个" : "户"));
  }

  private static boolean passed(SpotCheckRegister.Result result) {
    return result != null && Boolean.TRUE.equals(result.passed());
  }

  private static String findings(SpotCheckRegister.Result result) {
    return result == null || result.findings() == null ? "未核查" : result.findings();
  }
}
