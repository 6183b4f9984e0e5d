package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核对审核意见: every household the leading group excludes must be on the review list and have a reason; the rest
 * form the list filed with the city and the province.
 */
@Component
public class RecordCountyReviewDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> reviewList = ReviewRows.read(execution, REVIEW_LIST);
    Map<String, String> reasons = exclusions(execution.getVariable(EXCLUSIONS));
    List<String> unknown = reasons.keySet().stream()
        .filter(id -> reviewList.stream().noneMatch(row -> row.householdId().equals(id))).toList();
    if (!unknown.isEmpty()) {
      throw new CaseRefusedException("剔除的户编号不在审核名单内：" + String.join("、", unknown));
    }
    List<ReviewRows.Row> filing = new ArrayList<>();
    List<ReviewRows.Row> excluded = new ArrayList<>();
    for (ReviewRows.Row row : reviewList) {
      if (reasons.containsKey(row.householdId())) {
        excluded.add(row.withReason("县扶贫开发领导小组审核剔除：" + reasons.get(row.householdId())));
      } else {
        filing.add(row);
      }
    }
    ReviewRows.write(execution, FILING_LIST, filing);
    ReviewRows.write(execution, APPROVAL_LIST, List.of());
    ReviewRows.write(execution, REVIEW_EXCLUSIONS, excluded);
    ReviewRows.write(execution, EXCLUDED_LIST, excluded);
    execution.setVariable(FILING_COUNT, filing.size());
  }

  private static Map<String, String> exclusions(Object value) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (List<String> exclusion : ListedEntries.read(value, "householdId", "reason")) {
      String id = exclusion.get(0);
      String reason = exclusion.get(1);
      if (id.isEmpty() || reason.isEmpty()) {
        throw new CaseRefusedException("剔除农户须同时填写户编号和剔除理由");
      }
      reasons.put(id, reason);
    }
    return reasons;
  }
}
