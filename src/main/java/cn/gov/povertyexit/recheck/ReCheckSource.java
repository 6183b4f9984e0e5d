package cn.gov.povertyexit.recheck;

/** Where the suspected errors of a re-check come from (001 二 四: 审计发现的精准识别疑似问题). */
public enum ReCheckSource {
  AUDIT("审计发现"),
  INSPECTION("督查巡查发现"),
  SELF_CHECK("自查发现");

  private final String label;

  ReCheckSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
