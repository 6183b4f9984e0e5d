package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.deployment.UsableInModels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The counties' shares of a city village check's revocations (seed 000 八 "其它未被抽查的…贫困村，按抽查不合格比例，由县确定具体
 * 不合格贫困村…名单"): each county concerned names, among its own unsampled exited villages, ⌈failures × its unsampled ÷
 * sampled⌉ of them. Models read it as {@code ${villageRevocationShares.counties(execution)}} and per county.
 */
@Component("villageRevocationShares")
@UsableInModels
public class VillageRevocationShares {

  /** The counties with unsampled exited villages to name, in code order. */
  public List<String> counties(DelegateExecution execution) {
    return byCounty(execution).entrySet().stream().filter(entry -> share(execution, entry.getValue().size()) > 0)
        .map(Map.Entry::getKey).toList();
  }

  /** The county's unsampled exited villages, as the naming form's table reads them. */
  public TypedValue unsampledOf(DelegateExecution execution, String countyCode) {
    List<Map<String, Object>> rows = byCounty(execution).getOrDefault(countyCode, List.of()).stream().map(row -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("householdId", row.householdId());
      entry.put("headName", row.headName());
      entry.put("villageName", row.villageName());
      return entry;
    }).toList();
    return SpinValues.jsonValue(Spin.JSON(rows).toString()).create();
  }

  /** How many of them the county must name. */
  public int toRevokeOf(DelegateExecution execution, String countyCode) {
    return share(execution, byCounty(execution).getOrDefault(countyCode, List.of()).size());
  }

  private static int share(DelegateExecution execution, int unsampled) {
    int sampled = ReviewRows.read(execution, SAMPLE).size();
    int failed = ReviewRows.read(execution, FAILED).size();
    // rounded up, as for a county's households: a county with unsampled villages and failures never names none
    return sampled == 0 ? 0 : (failed * unsampled + sampled - 1) / sampled;
  }

  /** Village codes begin with their county's code (统计用区划代码). */
  private static Map<String, List<ReviewRows.Row>> byCounty(DelegateExecution execution) {
    Map<String, List<ReviewRows.Row>> byCounty = new LinkedHashMap<>();
    ReviewRows.read(execution, UNSAMPLED).stream().sorted(java.util.Comparator.comparing(ReviewRows.Row::householdId))
        .forEach(row -> byCounty.computeIfAbsent(row.householdId().substring(0, 6), county -> new java.util.ArrayList<>()).add(row));
    return byCounty;
  }
}
