package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.EXITS;
import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.FAILED;
import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.PASS_RATE;
import static cn.gov.povertyexit.spotcheck.VillageSpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.performance.PerformanceLedger;
import cn.gov.povertyexit.performance.PerformanceRules;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.village.VillageExitStandard;
import cn.gov.povertyexit.village.VillageRecords;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 全部出列村重新核查，记入实绩考核 (seed 000 八, 合格率低于90%（含90%）): one re-verification case per village that exited
 * in the year, for its county government, and a performance mark for every county of those villages.
 */
@Component
public class StartVillageReVerificationsDelegate implements JavaDelegate {

  private final PerformanceLedger ledger;
  private final PerformanceRules rules;
  private final VillageExitStandard standard;
  private final VillageRecords villages;
  private final ExitPolicy policy;

  public StartVillageReVerificationsDelegate(PerformanceLedger ledger, PerformanceRules rules, VillageExitStandard standard,
      VillageRecords villages, ExitPolicy policy) {
    this.ledger = ledger;
    this.rules = rules;
    this.standard = standard;
    this.villages = villages;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object year = execution.getVariable("exitYear");
    Set<String> counties = new LinkedHashSet<>();
    // the failed sample is already back on the register (回退抽查不合格村); every other exited village is verified again
    Set<String> failed = new java.util.HashSet<>(ReviewRows.read(execution, FAILED).stream().map(ReviewRows.Row::householdId).toList());
    for (ReviewRows.Row village : ReviewRows.read(execution, EXITS)) {
      if (failed.contains(village.householdId())) {
        continue;
      }
      String county = village.householdId().substring(0, 6);
      counties.add(county);
      Map<String, Object> variables = new HashMap<>(Map.of("villageCode", village.householdId(),
          "villageName", village.villageName(), "countyCode", county, "countyName", village.headName(), "exitYear", year,
          "villageCheckInstanceId", execution.getProcessInstanceId(),
          "checklistCodes", SpinValues.jsonValue(Spin.JSON(standard.checklistCodes(village.householdId())).toString()).create()));
      // the investigation form shows the village's township and population, as in the exit itself
      villages.find(village.householdId()).ifPresent(found -> {
        variables.put("townshipName", found.townshipName());
        variables.put("ruralPopulation", found.ruralPopulation());
      });
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(RE_VERIFICATION_KEY,
          village.householdId() + "-" + year + "-reverification", variables);
    }
    for (String county : counties) {
      ledger.record(county, year, PerformanceLedger.Kind.DEDUCTION, RevokeFailedSampleDelegate.villageCheckTitle(execution) + "合格率" + execution.getVariable(PASS_RATE)
              + "，未高于" + policy.sampling().recognitionPassRate().movePointRight(2).stripTrailingZeros().toPlainString()
              + "%：抽查不合格村已回退，其余当年出列村全部重新核查，实绩考核扣分（000号文件 八）",
          rules.deduction().orElse(null), null, execution.getProcessInstanceId());
    }
  }
}
