package cn.gov.povertyexit.jurisdiction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tags each instance of the shared models with the county it concerns: the county of a calling instance, or of
 * the start variable {@value #COUNTY_CODE}, {@value #VILLAGE_CODE} or {@value #HOUSEHOLD_ID} as the register
 * places it. An instance without a county (e.g. a city-wide check) stays shared.
 */
@Component
public class CountyTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  public static final String COUNTY_CODE = "countyCode";
  public static final String VILLAGE_CODE = "villageCode";
  public static final String HOUSEHOLD_ID = "householdId";

  private final JurisdictionRepository jurisdictions;

  public CountyTenantIdProvider(@Lazy JurisdictionRepository jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

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

  private String fromCountyCode(VariableMap variables) {
    if (variables == null) {
      return null;
    }
    Optional<String> county = Optional.empty();
    if (given(variables, COUNTY_CODE)) {
      county = Optional.of(variables.get(COUNTY_CODE).toString().trim());
    } else if (given(variables, VILLAGE_CODE)) {
      county = jurisdictions.countyOfVillage(variables.get(VILLAGE_CODE).toString().trim());
    } else if (given(variables, HOUSEHOLD_ID)) {
      county = jurisdictions.countyOfHousehold(variables.get(HOUSEHOLD_ID).toString().trim());
    }
    return county.map(CountyTenant::idOf).orElse(null);
  }

  private static boolean given(VariableMap variables, String name) {
    return variables.get(name) != null && !variables.get(name).toString().isBlank();
  }
}
