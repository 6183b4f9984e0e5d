package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总核查结果: households whose latest check failed leave the list, joining those the review excluded; the rest go
 * to the county (district) government. Runs again after later checks, always from the full filed list.
 */
@Component
public class CollectAssessmentsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> approval = new ArrayList<>();
    List<ReviewRows.Row> excluded = new ArrayList<>(ReviewRows.read(execution, REVIEW_EXCLUSIONS));
    for (ReviewRows.Row row : ReviewRows.read(execution, FILING_LIST)) {
      Object result = execution.getVariable(ASSESSMENT_RESULT_PREFIX + row.householdId());
      if (result != null && !"达标".equals(result)) {
        excluded.add(row.withReason(result.toString()));
      } else {
        approval.add(row);
      }
    }
    ReviewRows.write(execution, APPROVAL_LIST, approval);
    ReviewRows.write(execution, EXCLUDED_LIST, excluded);
  }
}
