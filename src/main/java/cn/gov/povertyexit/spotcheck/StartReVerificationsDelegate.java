package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.performance.PerformanceLedger;
import cn.gov.povertyexit.performance.PerformanceRules;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.registry.HouseholdPlaces;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 全部退出户重新核查，记入实绩考核 (seed 000 八: 合格率低于90%（含90%），则当年退出的所有贫困户须重新进行核查，并在实绩考核中予以扣分):
 * one re-verification case per exit of the year, and a mark in the performance assessment of the county — or, after
 * the city's check (以设区市为单位), of every county of the city's exits.
 */
@Component
public class StartReVerificationsDelegate implements JavaDelegate {

  private final PerformanceLedger ledger;
  private final PerformanceRules rules;
  private final HouseholdPlaces places;
  private final ExitPolicy policy;

  public StartReVerificationsDelegate(PerformanceLedger ledger, PerformanceRules rules, HouseholdPlaces places,
      ExitPolicy policy) {
    this.ledger = ledger;
    this.rules = rules;
    this.places = places;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object year = execution.getVariable(EXIT_YEAR);
    // the failed sample is already back on the register (回退抽查不合格户); every other exit of the year is verified again
    java.util.Set<String> failed = ReviewRows.read(execution, FAILED).stream().map(ReviewRows.Row::householdId)
        .collect(java.util.stream.Collectors.toSet());
    List<ReviewRows.Row> exits = ReviewRows.read(execution, EXITS).stream()
        .filter(row -> !failed.contains(row.householdId())).toList();
    Map<String, String> townships = places.townshipsOf(exits.stream().map(ReviewRows.Row::householdId).toList());
    // 户编号 begin with their county's code: a county's check has one county, the city's every county of its exits
    java.util.Set<String> counties = new java.util.LinkedHashSet<>();
    ReviewRows.read(execution, EXITS).forEach(row -> counties.add(row.householdId().substring(0, 6)));
    for (ReviewRows.Row row : exits) {
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(RE_VERIFICATION_KEY,
          row.householdId() + "-" + year + "-reverification",
          Map.of("householdId", row.householdId(), "assessedHouseholdId", row.householdId(),
              "assessedHeadName", row.headName(), "exitYear", year, "countyCode", row.householdId().substring(0, 6),
              "townshipCode", townships.get(row.householdId()), "provinceCode", execution.getVariable("provinceCode"),
              "checkName", "重新核查", "spotCheckInstanceId", execution.getProcessInstanceId()));
    }
    for (String county : counties) {
      ledger.record(county, year, PerformanceLedger.Kind.DEDUCTION,
          RevokeFailedSampleDelegate.checkName(execution) + "合格率" + execution.getVariable(PASS_RATE) + "，未高于"
              + policy.sampling().recognitionPassRate().movePointRight(2).stripTrailingZeros().toPlainString()
              + "%：抽查不合格户已回退，其余当年退出户全部重新核查，实绩考核扣分（000号文件 八）",
          rules.deduction().orElse(null), null, execution.getProcessInstanceId());
    }
  }
}
