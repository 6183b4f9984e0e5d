package cn.gov.povertyexit.jurisdiction;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tags each instance of the shared models with the place it concerns, as the register knows it: the county of
 * its household ({@value #HOUSEHOLD_ID}), village ({@value #VILLAGE_CODE}) or county ({@value #COUNTY_CODE});
 * otherwise the tenant of the calling instance; otherwise the city ({@value #CITY_CODE}) or province
 * ({@value #PROVINCE_CODE}) whose own check it is. (The engine gives a called instance its caller's tenant without
 * asking when the caller has one: the province's assessment of a county stays the province's, so the assessed
 * county does not watch the assessors' sample.) A code that is not on the register gives no tenant, and the
 * case's first step refuses it — a client cannot choose a tenant by sending a code.
 */
@Component
public class PlaceTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  public static final String HOUSEHOLD_ID = "householdId";
  public static final String VILLAGE_CODE = "villageCode";
  public static final String COUNTY_CODE = "countyCode";
  public static final String CITY_CODE = "cityCode";
  public static final String PROVINCE_CODE = "provinceCode";

  private final JurisdictionRepository jurisdictions;

  public PlaceTenantIdProvider(@Lazy JurisdictionRepository jurisdictions) {
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
    VariableMap variables = context.getVariables();
    Optional<String> county = countyOf(variables);
    if (county.isPresent()) {
      return Tenants.county(county.get());
    }
    DelegateExecution caller = context.getSuperExecution();
    if (caller != null && caller.getTenantId() != null) {
      return caller.getTenantId();
    }
    if (given(variables, CITY_CODE) && exists(jurisdictions.cities(), text(variables, CITY_CODE))) {
      return Tenants.city(text(variables, CITY_CODE));
    }
    if (given(variables, PROVINCE_CODE) && exists(jurisdictions.provinces(), text(variables, PROVINCE_CODE))) {
      return Tenants.province(text(variables, PROVINCE_CODE));
    }
    return null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return context.getCaseDefinition().getTenantId();
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : null;
  }

  private Optional<String> countyOf(VariableMap variables) {
    if (given(variables, HOUSEHOLD_ID)) {
      return jurisdictions.countyOfHousehold(text(variables, HOUSEHOLD_ID));
    }
    if (given(variables, VILLAGE_CODE)) {
      return jurisdictions.countyOfVillage(text(variables, VILLAGE_CODE));
    }
    if (given(variables, COUNTY_CODE)) {
      return jurisdictions.county(text(variables, COUNTY_CODE)).map(JurisdictionRepository.County::code);
    }
    return Optional.empty();
  }

  private static boolean exists(java.util.List<Place> places, String code) {
    return places.stream().anyMatch(place -> place.code().equals(code));
  }

  private static String text(VariableMap variables, String name) {
    return variables.get(name).toString().trim();
  }

  private static boolean given(VariableMap variables, String name) {
    return variables != null && variables.get(name) != null && !variables.get(name).toString().isBlank();
  }
}
