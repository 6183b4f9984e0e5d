package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 回退: an exit the checks do not uphold goes back on the register (support resumes), linked to the check — a
 * household as 回退, a village back to 贫困村.
 */
@Component
public class SpotCheckRevocations {

  private final StatusRegister register;

  public SpotCheckRevocations(StatusRegister register) {
    this.register = register;
  }

  public void revoke(DelegateExecution execution, String householdId, String reason) {
    revoke(execution, SubjectType.HOUSEHOLD, householdId, reason);
  }

  public void revoke(DelegateExecution execution, SubjectType subject, String id, String reason) {
    register.changeStatus(subject, id, subject == SubjectType.VILLAGE ? VillageStatus.POOR_VILLAGE : HouseholdStatus.REVOKED,
        new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(), reason + "（回退，继续扶持）"));
  }

  /** Which register a check revokes from: the step's input {@code subject} (HOUSEHOLD unless it says VILLAGE). */
  static SubjectType subjectOf(DelegateExecution execution) {
    Object subject = execution.getVariableLocal("subject");
    return subject == null ? SubjectType.HOUSEHOLD : SubjectType.valueOf(subject.toString());
  }
}
