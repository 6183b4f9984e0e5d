package cn.gov.povertyexit.household;

/** Whether a household receives the minimum living guarantee (最低生活保障). */
public enum DibaoStatus {
  NONE("否"),
  DIBAO("低保户"),
  WUBAO("五保户");

  private final String label;

  DibaoStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
