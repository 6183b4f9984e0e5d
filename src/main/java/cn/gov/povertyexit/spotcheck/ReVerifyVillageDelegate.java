package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.village.VillageExitStandard;
import cn.gov.povertyexit.village.VillageStandard;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 对照出列标准复核: the re-investigated village keeps its exit, or goes back to the list of 贫困村. */
@Component
public class ReVerifyVillageDelegate implements JavaDelegate {

  private final VillageExitStandard standard;
  private final SpotCheckRevocations revocations;

  public ReVerifyVillageDelegate(VillageExitStandard standard, SpotCheckRevocations revocations) {
    this.standard = standard;
    this.revocations = revocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String village = CaseVariables.text(execution, "villageCode", "行政村代码");
    VillageStandard.Verdict verdict = standard.assess(village, execution);
    execution.setVariable("reVerificationMet", verdict.met());
    if (!verdict.met()) {
      revocations.revoke(execution, SubjectType.VILLAGE, village,
          execution.getVariable("exitYear") + "年度出列经重新核查未达标：" + verdict.failureReasons());
    }
  }
}
