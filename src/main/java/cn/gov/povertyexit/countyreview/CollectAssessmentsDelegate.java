package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总评估核查结果: sampled households found failing leave the list; the rest go to the county government. */
@Component
public class CollectAssessmentsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> approval = new ArrayList<>();
    List<ReviewRows.Row> excluded = new ArrayList<>(ReviewRows.read(execution, EXCLUDED_LIST));
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
