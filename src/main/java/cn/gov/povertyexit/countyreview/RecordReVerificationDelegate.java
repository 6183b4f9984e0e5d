package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核对重新核查结果: after an assessment at or below the recognition pass rate, the county leading group has verified
 * every unsampled household again; those it found failing leave the approval list with its reason, the rest go to
 * the government, which then owes no further refusals. The failures join the assessment's record, unsampled.
 */
@Component
public class RecordReVerificationDelegate implements JavaDelegate {

  static final String RE_VERIFICATION_FAILURES = "reVerificationFailures";

  private final SpotCheckRegister checks;

  public RecordReVerificationDelegate(SpotCheckRegister checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> approval = new ArrayList<>(ReviewRows.read(execution, APPROVAL_LIST));
    List<ReviewRows.Row> excluded = new ArrayList<>(ReviewRows.read(execution, EXCLUDED_LIST));
    Map<String, ReviewRows.Row> unsampled = ReviewRows.read(execution, WeighAssessmentDelegate.UNSAMPLED_LIST).stream()
        .collect(Collectors.toMap(ReviewRows.Row::householdId, Function.identity()));
    Map<String, String> failures = new LinkedHashMap<>();
    for (List<String> failure : ListedEntries.read(execution.getVariable(RE_VERIFICATION_FAILURES), "householdId", "reason")) {
      ReviewRows.Row row = unsampled.get(failure.get(0));
      if (row == null) {
        throw new CaseRefusedException("户编号 " + failure.get(0) + " 不在须重新核查的未抽中农户名单上");
      }
      if (failure.get(1).isBlank()) {
        throw new CaseRefusedException("请写明户编号 " + failure.get(0) + " 重新核查不合格的理由（每行：户编号 理由）");
      }
      approval.removeIf(candidate -> candidate.householdId().equals(row.householdId()));
      String reason = "第三方评估合格率未高于认定合格率，县重新核查不合格：" + failure.get(1);
      excluded.add(row.withReason(reason));
      failures.put(row.householdId(), reason);
    }
    ReviewRows.write(execution, APPROVAL_LIST, approval);
    ReviewRows.write(execution, EXCLUDED_LIST, excluded);
    execution.setVariable(WeighAssessmentDelegate.UNSAMPLED_REFUSALS_REQUIRED, 0);
    checks.recordNamedHouseholds(execution, SpotCheckRegister.currentCheck(execution), failures, "不予退出");
  }
}
