package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.spotcheck.SpotCheckKind;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总市级核查结果 (seed 003 三(四)8): sampled households the city found below the standard go to their township for
 * rectification and to the district leading group for a re-check before any approval. The city's check gets its
 * rate and outcome, and the re-check of the failed households is recorded as a check of its own.
 */
@Component
public class CollectRectificationsDelegate implements JavaDelegate {

  private final SpotCheckRegister checks;

  public CollectRectificationsDelegate(SpotCheckRegister checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cityCheck = SpotCheckRegister.currentCheck(execution);
    Map<String, SpotCheckRegister.Result> results = checks.results(cityCheck).stream()
        .collect(Collectors.toMap(SpotCheckRegister.Result::subjectId, Function.identity()));
    List<ReviewRows.Row> failed = ReviewRows.read(execution, ASSESSMENT_SAMPLE).stream()
        .filter(row -> results.containsKey(row.householdId()) && Boolean.FALSE.equals(results.get(row.householdId()).passed()))
        .map(row -> row.withReason(results.get(row.householdId()).findings()))
        .toList();
    ReviewRows.write(execution, RECTIFICATION_LIST, failed);
    execution.setVariable(RECTIFICATION_COUNT, failed.size());
    CheckOutcomes.complete(checks, execution, cityCheck, "整改复查", count -> count == 0 ? "全部达标"
        : "未达标的" + count + "户由乡镇整改、区扶贫开发领导小组复查，复查合格后方可批准");
    if (!failed.isEmpty()) {
      checks.open(execution, SpotCheckKind.DISTRICT_RECHECK, SpotCheckKind.DISTRICT_RECHECK.label(),
          CaseVariables.text(execution, COUNTY_CODE, "县"), CaseVariables.integer(execution, EXIT_YEAR, "年度"), null, null, failed.size(),
          failed.stream().map(ReviewRows.Row::householdId).toList());
    }
  }
}
