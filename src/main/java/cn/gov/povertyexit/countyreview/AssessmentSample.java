package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.ASSESSMENT_SAMPLE;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The drawn sample as the model reads it: {@code ${assessmentSampling.householdIds(execution)}} (the variable itself is "assessmentSample"). */
@Component("assessmentSampling")
public class AssessmentSample {

  public List<String> householdIds(VariableScope scope) {
    return ReviewRows.read(scope, ASSESSMENT_SAMPLE).stream().map(ReviewRows.Row::householdId).toList();
  }

  public String headName(VariableScope scope, String householdId) {
    return ReviewRows.read(scope, ASSESSMENT_SAMPLE).stream().filter(row -> row.householdId().equals(householdId))
        .map(ReviewRows.Row::headName).findFirst().orElse("");
  }
}
