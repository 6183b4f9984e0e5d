package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.village.VillageVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 恢复贫困村状态，继续扶持: the village stays a 贫困村, with the criteria it missed as the reason. */
@Component
public class KeepVillageOnRegisterDelegate implements JavaDelegate {

  private final StatusRegister register;

  public KeepVillageOnRegisterDelegate(StatusRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(SubjectType.VILLAGE, (String) execution.getVariable(VILLAGE_CODE), VillageStatus.POOR_VILLAGE,
        new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(), (String) execution.getVariable(FAILURE_REASON)));
  }
}
