package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.household.HouseholdExitStandard;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.StandardVerdict;
import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 对照退出标准评定核查结果: applies the standard to what a checker (third-party assessor, district or city team,
 * re-check) found in one household and keeps the outcome on the review under the household's own name, so parallel
 * visits do not overwrite each other; a later check of the same household replaces an earlier outcome.
 */
@Component
public class RecordAssessmentDelegate implements JavaDelegate {

  private final HouseholdExitStandard standard;

  public RecordAssessmentDelegate(HouseholdExitStandard standard) {
    this.standard = standard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, ASSESSED_HOUSEHOLD, "样本户");
    StandardVerdict verdict = standard.assess(householdId, HouseholdFactsForm.read(execution),
        CaseVariables.integer(execution, EXIT_YEAR, "退出年度"), CaseVariables.text(execution, COUNTY_CODE, "县"),
        CaseVariables.text(execution, PROVINCE_CODE, "省"));
    Object checkName = execution.getVariable(CHECK_NAME);
    execution.getProcessInstance().setVariable(ASSESSMENT_RESULT_PREFIX + householdId,
        verdict.met() ? "达标" : (checkName == null ? "第三方评估核查" : checkName) + "未达标：" + verdict.failureReasons());
  }
}
