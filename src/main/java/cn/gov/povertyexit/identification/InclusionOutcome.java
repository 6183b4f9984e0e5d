package cn.gov.povertyexit.identification;

/** What the inclusion standard decides for a household. */
public enum InclusionOutcome {
  INCLUDE("纳入建档立卡"),
  NOT_INCLUDED("不予纳入"),
  SECTOR_SOLVES("不纳入，由行业主管部门单项解决");

  private final String label;

  InclusionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
