package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.household.HouseholdExitStandard;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.StandardVerdict;
import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 对照退出标准复核: the re-verified facts decide whether the exit stands or is revoked (回退). */
@Component
public class ReVerifyHouseholdDelegate implements JavaDelegate {

  private final HouseholdExitStandard standard;
  private final SpotCheckRevocations revocations;

  public ReVerifyHouseholdDelegate(HouseholdExitStandard standard, SpotCheckRevocations revocations) {
    this.standard = standard;
    this.revocations = revocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = CaseVariables.integer(execution, "exitYear", "年度");
    StandardVerdict verdict = standard.assess(CaseVariables.text(execution, "householdId", "户编号"),
        HouseholdFactsForm.read(execution), year,
        CaseVariables.text(execution, "countyCode", "县"), CaseVariables.text(execution, "provinceCode", "省"));
    execution.setVariable("reVerificationMet", verdict.met());
    if (!verdict.met()) {
      revocations.revoke(execution, CaseVariables.text(execution, "householdId", "户编号"),
          year + "年度退出经重新核查未达标：" + verdict.failureReasons());
    }
  }
}
