package cn.gov.povertyexit.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * One case per subject and year: the business key made from the domain ids is given to the case only if no case of
 * the same model ever had it — counted across every tenant, whoever asks, so that a repeat cannot hide behind the
 * starter's rights.
 */
public final class OneCasePerKey {

  private OneCasePerKey() {}

  public static void claim(DelegateExecution execution, String processKey, String businessKey, String refusal) {
    CommandContext command = Context.getCommandContext();
    boolean authorizationCheck = command.isAuthorizationCheckEnabled();
    boolean tenantCheck = command.isTenantCheckEnabled();
    command.disableAuthorizationCheck();
    command.disableTenantCheck();
    long existing;
    try {
      existing = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count();
    } finally {
      if (authorizationCheck) {
        command.enableAuthorizationCheck();
      }
      if (tenantCheck) {
        command.enableTenantCheck();
      }
    }
    if (existing > 0) {
      throw new CaseRefusedException(refusal);
    }
    execution.setProcessBusinessKey(businessKey);
  }
}
