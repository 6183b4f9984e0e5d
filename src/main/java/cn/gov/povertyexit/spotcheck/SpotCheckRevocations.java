package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 回退: an exit the checks do not uphold goes back on the register (support resumes), linked to the check. */
@Component
public class SpotCheckRevocations {

  private final StatusRegister register;

  public SpotCheckRevocations(StatusRegister register) {
    this.register = register;
  }

  public void revoke(DelegateExecution execution, String householdId, String reason) {
    register.changeStatus(SubjectType.HOUSEHOLD, householdId, HouseholdStatus.REVOKED, new ChangeContext(
        CurrentActor.of(execution), execution.getProcessInstanceId(), reason + "（回退，继续扶持）"));
  }
}
