package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总市级核查结果 (seed 003 三(四)8): sampled households the city found below the standard go to their township for
 * rectification and to the district leading group for a re-check before any approval.
 */
@Component
public class CollectRectificationsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> failed = ReviewRows.read(execution, ASSESSMENT_SAMPLE).stream()
        .filter(row -> {
          Object result = execution.getVariable(ASSESSMENT_RESULT_PREFIX + row.householdId());
          return result != null && !"达标".equals(result);
        })
        .map(row -> row.withReason(execution.getVariable(ASSESSMENT_RESULT_PREFIX + row.householdId()).toString()))
        .toList();
    ReviewRows.write(execution, RECTIFICATION_LIST, failed);
    execution.setVariable(RECTIFICATION_COUNT, failed.size());
  }
}
