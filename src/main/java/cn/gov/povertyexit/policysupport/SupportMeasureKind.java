package cn.gov.povertyexit.policysupport;

/** The kinds of support measures the county's households receive (精准扶持到户). */
public enum SupportMeasureKind {
  INDUSTRY("产业帮扶"),
  EMPLOYMENT("就业帮扶"),
  EDUCATION("教育资助"),
  HEALTH("健康扶贫"),
  HOUSING("住房保障"),
  SOCIAL_SECURITY("低保兜底"),
  FINANCE("金融扶贫"),
  OTHER("其他");

  private final String label;

  SupportMeasureKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
