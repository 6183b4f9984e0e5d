package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总核查结果: households whose latest check failed leave the list, joining those the review excluded; the rest go
 * to the county (district) government. Runs again after later checks, always from the full filed list, reading the
 * findings from the case's checks; the check just visited gets its rate and outcome, unless its own step gives them.
 */
@Component
public class CollectAssessmentsDelegate implements JavaDelegate {

  private final SpotCheckRegister checks;

  public CollectAssessmentsDelegate(SpotCheckRegister checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, SpotCheckRegister.Result> latest = checks.latestResults(execution.getProcessInstanceId(), SubjectType.HOUSEHOLD);
    List<ReviewRows.Row> approval = new ArrayList<>();
    List<ReviewRows.Row> excluded = new ArrayList<>(ReviewRows.read(execution, REVIEW_EXCLUSIONS));
    for (ReviewRows.Row row : ReviewRows.read(execution, FILING_LIST)) {
      SpotCheckRegister.Result result = latest.get(row.householdId());
      if (result != null && !result.passed()) {
        excluded.add(row.withReason(result.findings()));
      } else {
        approval.add(row);
      }
    }
    ReviewRows.write(execution, APPROVAL_LIST, approval);
    ReviewRows.write(execution, EXCLUDED_LIST, excluded);
    if (execution.getVariable(SpotCheckRegister.CURRENT_CHECK) != null) {
      long check = SpotCheckRegister.currentCheck(execution);
      if (!checks.completed(check)) {
        CheckOutcomes.complete(checks, execution, check, "不予退出",
            failed -> failed == 0 ? "全部达标" : "未达标的" + failed + "户不予退出");
      }
    }
  }
}
