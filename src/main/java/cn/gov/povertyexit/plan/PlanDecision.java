package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A required pass/return decision on a plan with its opinion, and a return's reason (not optional on a return). */
record PlanDecision(boolean passed, String opinion, String reason) {

  static PlanDecision read(VariableScope scope, String decision, String opinion, String reason) {
    boolean passed = CaseVariables.flag(scope, decision, "审核结论");
    String written = CaseVariables.text(scope, opinion, "审核意见");
    if (passed) {
      return new PlanDecision(true, written, null);
    }
    Object given = scope.getVariable(reason);
    if (given == null || given.toString().isBlank()) {
      throw new CaseRefusedException("退回须写明退回原因：规划哪些内容需要修改");
    }
    if (given.toString().length() > 2000 || written.length() > 2000) {
      throw new CaseRefusedException("审核意见和退回原因各不能超过2000字");
    }
    return new PlanDecision(false, written, given.toString().trim());
  }
}
