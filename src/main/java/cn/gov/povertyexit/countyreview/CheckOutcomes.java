package cn.gov.povertyexit.countyreview;

import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The rate and outcome of a review's check that no pass-rate rule weighs (a 100% home check, the city's check in Hunan,
 * a re-check): passed over visited, as the third-party assessment's rate is computed, and what follows for each.
 */
final class CheckOutcomes {

  private CheckOutcomes() {}

  static void complete(SpotCheckRegister checks, DelegateExecution execution, long check, String failedConsequence,
      IntFunction<String> outcome) {
    List<SpotCheckRegister.Result> results = checks.results(check);
    List<String> failed = results.stream().filter(result -> Boolean.FALSE.equals(result.passed()))
        .map(SpotCheckRegister.Result::subjectId).toList();
    List<String> passed = results.stream().filter(result -> Boolean.TRUE.equals(result.passed()))
        .map(SpotCheckRegister.Result::subjectId).toList();
    int checked = failed.size() + passed.size();
    BigDecimal rate = checked == 0 ? BigDecimal.ONE
        : BigDecimal.valueOf(passed.size()).divide(BigDecimal.valueOf(checked), 4, RoundingMode.HALF_UP);
    checks.complete(execution, check, checked, passed.size(), rate,
        "合格率" + WeighAssessmentDelegate.percent(rate) + "：" + outcome.apply(failed.size()));
    checks.setConsequence(check, failed, failedConsequence);
    checks.setConsequence(check, passed, "无");
  }
}
