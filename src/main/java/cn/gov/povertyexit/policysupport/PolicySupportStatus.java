package cn.gov.povertyexit.policysupport;

/**
 * The national system's two kinds of 已脱贫: still receiving the policies, or no longer (DOMAIN.md, household status
 * codes). The register stores 已脱贫; which of the two it is follows from the year and {@link SupportPolicy}, so that
 * no year-end batch has to rewrite every exited household.
 */
public enum PolicySupportStatus {
  RECEIVING("享受政策"),
  ENDED("不再享受政策");

  private final String label;

  PolicySupportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PolicySupportStatus of(SupportPolicy policy, int year) {
    return policy.stillSupported(year) ? RECEIVING : ENDED;
  }

  /** "已脱贫（享受政策）", "已出列（不再享受政策）": the exited status as the register shows it in that year. */
  public static String exitedLabel(String exitedWord, SupportPolicy policy, int year) {
    return exitedWord + "（" + of(policy, year).label() + "）";
  }
}
