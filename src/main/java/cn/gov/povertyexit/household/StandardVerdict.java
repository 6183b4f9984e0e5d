package cn.gov.povertyexit.household;

import java.util.List;
import java.util.stream.Collectors;

/** Every criterion applied, in order; the household meets the standard only if each one passed. */
public record StandardVerdict(List<CriterionResult> results) {

  public StandardVerdict {
    results = List.copyOf(results);
  }

  public boolean met() {
    return results.stream().allMatch(CriterionResult::passed);
  }

  /** The failed criteria and their reasons, for the register's trail; empty when the standard is met. */
  public String failureReasons() {
    return results.stream().filter(result -> !result.passed())
        .map(result -> result.name() + "：" + result.reason())
        .collect(Collectors.joining("；"));
  }
}
