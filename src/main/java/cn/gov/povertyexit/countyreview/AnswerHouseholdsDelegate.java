package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 逐户答复审批结果: each household case of the list gets the county's answer and finishes in this same transaction,
 * so the register changes for all of them, or — if any fails — for none.
 */
@Component
public class AnswerHouseholdsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Object announcement = execution.getVariable(ANNOUNCEMENT_NUMBER);
    for (ReviewRows.Row row : ReviewRows.read(execution, APPROVAL_LIST)) {
      answer(runtime, row, true, execution.getVariable(COUNTY_NAME) + "人民政府批准并公告（" + announcement + "）");
    }
    for (ReviewRows.Row row : ReviewRows.read(execution, EXCLUDED_LIST)) {
      answer(runtime, row, false, row.reason());
    }
  }

  private static void answer(RuntimeService runtime, ReviewRows.Row row, boolean approved, String reason) {
    runtime.createMessageCorrelation(HouseholdVariables.COUNTY_DECISION_MESSAGE)
        .processInstanceId(row.processInstanceId())
        .setVariables(Map.of(HouseholdVariables.COUNTY_APPROVED, approved, HouseholdVariables.COUNTY_DECISION_REASON, reason))
        .correlate();
  }
}
