package cn.gov.povertyexit.identification;

import static cn.gov.povertyexit.identification.IdentificationVariables.*;

import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录不予纳入 / 记录行业部门单项解决: closes the application with the decision that stopped it — the county's, the
 * township's or the committee's refusal, or the standard's verdict — and leaves the register as it was. The input
 * parameter {@code applicationStatus} says which ending the model took.
 */
@Component
public class CloseApplicationDelegate implements JavaDelegate {

  private final HouseholdApplications applications;

  public CloseApplicationDelegate(HouseholdApplications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, HOUSEHOLD_ID, "户编号");
    int year = CaseVariables.integer(execution, APPLICATION_YEAR, "年度");
    String status = CaseVariables.text(execution, "applicationStatus", "申请结果");
    applications.decide(householdId, year, status, reason(execution, status));
  }

  /** The latest decision is the one that stopped the case: a later step is only reached when the earlier agreed. */
  static String reason(DelegateExecution execution, String status) {
    if ("SECTOR_SOLVES".equals(status)) {
      return text(execution, INCLUSION_REASON) + "；单项解决情况：" + text(execution, SECTOR_MEASURES);
    }
    if (Boolean.FALSE.equals(execution.getVariable(COUNTY_APPROVED))) {
      return "县审定不予纳入：" + text(execution, COUNTY_OPINION);
    }
    if (Boolean.FALSE.equals(execution.getVariable(TOWNSHIP_APPROVED))) {
      return "乡镇审核不予纳入：" + text(execution, TOWNSHIP_OPINION);
    }
    if (Boolean.FALSE.equals(execution.getVariable(APPRAISAL_AGREED))) {
      return "民主评议未通过：" + text(execution, APPRAISAL_REMARKS);
    }
    return text(execution, INCLUSION_REASON);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? "（未填写）" : value.toString().trim();
  }
}
