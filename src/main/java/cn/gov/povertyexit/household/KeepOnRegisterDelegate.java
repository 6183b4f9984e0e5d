package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 恢复未脱贫状态，继续帮扶: the household stays on the register as 未脱贫, with the step and reason it failed at. */
@Component
public class KeepOnRegisterDelegate implements JavaDelegate {

  private final StatusRegister register;

  public KeepOnRegisterDelegate(StatusRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(SubjectType.HOUSEHOLD, (String) execution.getVariable(HOUSEHOLD_ID), HouseholdStatus.POOR,
        new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(), reason(execution)));
  }

  /** The decision that stopped the exit: the standard, the appraisal, the re-verification, the signature, or the county. */
  static String reason(DelegateExecution execution) {
    if (Boolean.FALSE.equals(execution.getVariable(STANDARD_MET))) {
      return (String) execution.getVariable(FAILURE_REASON);
    }
    if (Boolean.FALSE.equals(execution.getVariable(APPRAISAL_AGREED))) {
      return "民主评议未同意退出：" + textOr(execution.getVariable(APPRAISAL_REMARKS), "未说明理由");
    }
    if (Boolean.FALSE.equals(execution.getVariable(EXIT_CONFIRMED))) {
      return "村民代表再核实未确认退出：" + textOr(execution.getVariable(RE_VERIFICATION_FINDINGS), "未说明理由");
    }
    if (execution.getVariable(SIGNATURE_REFUSAL) != null) {
      return "贫困户未签字认可脱贫：" + textOr(execution.getVariable(SIGNATURE_REFUSAL), "未说明理由");
    }
    return "县级审批未批准退出：" + textOr(execution.getVariable(COUNTY_DECISION_REASON), "未说明理由");
  }

  private static String textOr(Object value, String fallback) {
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }
}
