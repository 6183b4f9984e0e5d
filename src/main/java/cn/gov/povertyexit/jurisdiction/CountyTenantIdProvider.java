package cn.gov.povertyexit.jurisdiction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Tags each instance of the shared models with the county it concerns: the start variable {@value #COUNTY_CODE},
 * or the county of a calling instance. An instance without a county (e.g. a city-wide check) stays shared.
 */
@Component
public class CountyTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  public static final String COUNTY_CODE = "countyCode";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getProcessDefinition().getTenantId() != null) {
      return context.getProcessDefinition().getTenantId();
    }
    DelegateExecution caller = context.getSuperExecution();
    if (caller != null && caller.getTenantId() != null) {
      return caller.getTenantId();
    }
    return fromCountyCode(context.getVariables());
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return context.getCaseDefinition().getTenantId();
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : null;
  }

  private static String fromCountyCode(VariableMap variables) {
    Object code = variables == null ? null : variables.get(COUNTY_CODE);
    return code == null ? null : CountyTenant.idOf(code.toString());
  }
}
