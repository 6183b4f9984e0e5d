package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.VillageSpotCheckVariables.*;

import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.village.VillageExitStandard;
import cn.gov.povertyexit.village.VillageStandard;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 对照出列标准评定: the village standard on what the city's (or the province's) checkers found; the finding, criterion by
 * criterion, goes to the village's row of the check.
 */
@Component
public class RecordVillageCheckDelegate implements JavaDelegate {

  private final VillageExitStandard standard;
  private final SpotCheckRegister checks;

  public RecordVillageCheckDelegate(VillageExitStandard standard, SpotCheckRegister checks) {
    this.standard = standard;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String village = CaseVariables.text(execution, CHECKED_VILLAGE, "抽查村");
    VillageStandard.Verdict verdict = standard.assess(village, execution);
    Object remarks = execution.getVariable("villageCheckRemarks");
    checks.recordVisit(execution, SubjectType.VILLAGE, village, verdict.met(),
        verdict.met() ? "达标" : RevokeFailedSampleDelegate.checkName(execution) + "未达标：" + verdict.failureReasons(),
        remarks == null ? null : remarks.toString());
  }
}
