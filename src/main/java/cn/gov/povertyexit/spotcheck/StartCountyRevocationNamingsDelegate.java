package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 交各县确定未抽查村回退名单 (seed 000 八 "由县确定"): each county with unsampled exited villages gets a case of its own —
 * in its own jurisdiction, for its leading group — naming its share of them.
 */
@Component
public class StartCountyRevocationNamingsDelegate implements JavaDelegate {

  static final String NAMING_KEY = "villageRevocationNaming";

  private final VillageRevocationShares shares;

  public StartCountyRevocationNamingsDelegate(VillageRevocationShares shares) {
    this.shares = shares;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String county : shares.counties(execution)) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("countyCode", county);
      variables.put("cityCode", execution.getVariable("cityCode"));
      variables.put(EXIT_YEAR, execution.getVariable(EXIT_YEAR));
      variables.put(PASS_RATE, execution.getVariable(PASS_RATE));
      variables.put(FAILED, execution.getVariable(FAILED));
      variables.put(UNSAMPLED, shares.unsampledOf(execution, county));
      variables.put(TO_REVOKE, shares.toRevokeOf(execution, county));
      variables.put("villageCheckInstanceId", execution.getProcessInstanceId());
      execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(NAMING_KEY, execution.getProcessBusinessKey() + "-" + county, variables);
    }
  }
}
