package cn.gov.povertyexit.countyreview;

import cn.gov.povertyexit.deployment.UsableInModels;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * A review's lists as the models read them, e.g. {@code ${reviewLists.householdIds(execution, 'assessmentSample')}}
 * for the households a multi-instance step visits.
 */
@Component("reviewLists")
@UsableInModels
public class ReviewLists {

  public List<String> householdIds(VariableScope scope, String list) {
    return ReviewRows.read(scope, list).stream().map(ReviewRows.Row::householdId).toList();
  }

  /** Why a household is on a list (e.g. the failed check that sends it to rectification). */
  public String reason(VariableScope scope, String list, String householdId) {
    return ReviewRows.read(scope, list).stream().filter(row -> row.householdId().equals(householdId))
        .map(ReviewRows.Row::reason).filter(Objects::nonNull).findFirst().orElse("");
  }

  public String villageName(VariableScope scope, String list, String id) {
    return ReviewRows.read(scope, list).stream().filter(row -> row.householdId().equals(id))
        .map(ReviewRows.Row::villageName).findFirst().orElse("");
  }

  /**
   * What the sector departments' comparison (比对, seed 003 三(四)6) found for the household, every entry joined; empty
   * when nothing.
   */
  public String anomalyOf(VariableScope scope, String householdId) {
    return String.join("；", cn.gov.povertyexit.procedure.ListedEntries
        .read(scope.getVariable(RecordComparisonDelegate.ANOMALIES), "householdId", "description").stream()
        .filter(entry -> entry.get(0).equals(householdId)).map(entry -> entry.get(1)).toList());
  }

  public String headName(VariableScope scope, String list, String householdId) {
    return ReviewRows.read(scope, list).stream().filter(row -> row.householdId().equals(householdId))
        .map(ReviewRows.Row::headName).findFirst().orElse("");
  }
}
