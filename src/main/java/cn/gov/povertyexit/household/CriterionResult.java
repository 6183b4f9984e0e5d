package cn.gov.povertyexit.household;

/** The outcome of one criterion, with the reason in words an official can read out. */
public record CriterionResult(Criterion criterion, boolean passed, String reason) {

  public String name() {
    return criterion.label();
  }
}
