package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.RESULT_PREFIX;
import static cn.gov.povertyexit.spotcheck.VillageSpotCheckVariables.*;

import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.village.VillageExitStandard;
import cn.gov.povertyexit.village.VillageStandard;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 对照出列标准评定: the village standard on what the city's (or the province's) checkers found; the outcome is kept under the village's code. */
@Component
public class RecordVillageCheckDelegate implements JavaDelegate {

  private final VillageExitStandard standard;

  public RecordVillageCheckDelegate(VillageExitStandard standard) {
    this.standard = standard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String village = CaseVariables.text(execution, CHECKED_VILLAGE, "抽查村");
    VillageStandard.Verdict verdict = standard.assess(village, execution);
    execution.getProcessInstance().setVariable(RESULT_PREFIX + village,
        verdict.met() ? "达标" : RevokeFailedSampleDelegate.checkName(execution) + "未达标：" + verdict.failureReasons());
  }
}
