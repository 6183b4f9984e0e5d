package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.ListedEntries;
import cn.gov.povertyexit.spotcheck.SpotCheckKind;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录比对结果 (seed 003 三(四)6): anomalies found in the sector departments' data must name households of the list;
 * every household of the list then goes to the district's 100% home check, where the anomalies are verified; that
 * check is recorded with the whole list as its sample.
 */
@Component
public class RecordComparisonDelegate implements JavaDelegate {

  static final String ANOMALIES = "comparisonAnomalies";

  private final SpotCheckRegister checks;

  public RecordComparisonDelegate(SpotCheckRegister checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> reviewList = ReviewRows.read(execution, REVIEW_LIST);
    List<String> unknown = new ArrayList<>();
    for (List<String> anomaly : ListedEntries.read(execution.getVariable(ANOMALIES), "householdId", "description")) {
      String id = anomaly.get(0);
      if (!id.isEmpty() && reviewList.stream().noneMatch(row -> row.householdId().equals(id))) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new CaseRefusedException("比对异常的户编号不在审批名单内：" + String.join("、", unknown));
    }
    ReviewRows.write(execution, FILING_LIST, reviewList);
    ReviewRows.write(execution, REVIEW_EXCLUSIONS, List.of());
    ReviewRows.write(execution, EXCLUDED_LIST, List.of());
    execution.setVariable(FILING_COUNT, reviewList.size());
    checks.open(execution, SpotCheckKind.DISTRICT_HOUSEHOLD, SpotCheckKind.DISTRICT_HOUSEHOLD.label(),
        CaseVariables.text(execution, COUNTY_CODE, "区（县）"), CaseVariables.integer(execution, EXIT_YEAR, "年度"), null,
        BigDecimal.ONE, reviewList.size(), reviewList.stream().map(ReviewRows.Row::householdId).toList());
  }
}
