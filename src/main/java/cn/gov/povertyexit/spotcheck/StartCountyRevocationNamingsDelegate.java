package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
import cn.gov.povertyexit.registry.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 交各县确定未抽查村回退名单 (seed 000 八 "由县确定"): each county with unsampled exited villages gets a case of its own —
 * in its own jurisdiction, for its leading group — naming its share of them. The same for the city's household check
 * (step input {@code subject} HOUSEHOLD): each county concerned names its share of its unsampled households.
 */
@Component
public class StartCountyRevocationNamingsDelegate implements JavaDelegate {

  static final String NAMING_KEY = "villageRevocationNaming";

  static final String HOUSEHOLD_NAMING_KEY = "householdRevocationNaming";

  private final VillageRevocationShares shares;
  private final JurisdictionRepository jurisdictions;

  public StartCountyRevocationNamingsDelegate(VillageRevocationShares shares, JurisdictionRepository jurisdictions) {
    this.shares = shares;
    this.jurisdictions = jurisdictions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the village checks name villages (villageRevocationNaming), the city's household check households
    boolean households = SpotCheckRevocations.subjectOf(execution) == SubjectType.HOUSEHOLD;
    for (String county : shares.counties(execution)) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("countyCode", county);
      variables.put("countyName", jurisdictions.county(county).map(JurisdictionRepository.County::name).orElse(county));
      variables.put(CHECK_NAME, RevokeFailedSampleDelegate.checkName(execution));
      variables.put("cityCode", execution.getVariable("cityCode"));
      variables.put(EXIT_YEAR, execution.getVariable(EXIT_YEAR));
      variables.put(PASS_RATE, execution.getVariable(PASS_RATE));
      variables.put(FAILED, execution.getVariable(FAILED));
      variables.put(UNSAMPLED, shares.unsampledOf(execution, county));
      variables.put(TO_REVOKE, shares.toRevokeOf(execution, county));
      variables.put(households ? "spotCheckInstanceId" : "villageCheckInstanceId", execution.getProcessInstanceId());
      variables.put(SpotCheckRegister.CURRENT_CHECK, SpotCheckRegister.currentCheck(execution));
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
          households ? HOUSEHOLD_NAMING_KEY : NAMING_KEY, execution.getProcessBusinessKey() + "-" + county, variables);
    }
  }
}
