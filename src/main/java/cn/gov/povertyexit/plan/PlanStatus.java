package cn.gov.povertyexit.plan;

/** Where a version of an exit plan stands (seed 000 七). */
public enum PlanStatus {
  DRAFT("编制中"),
  CITY_REVIEW("报设区市审核"),
  CITY_PASSED("设区市审核通过"),
  PROVINCE_REVIEW("报省审批"),
  APPROVED("已批准"),
  RETURNED("已退回"),
  SUPERSEDED("已被新版本替代");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
