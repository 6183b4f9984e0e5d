package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.household.DibaoStatus;

/**
 * The minimum-living-guarantee class of a household as the county's civil affairs office files it: classes one and
 * two are the 兜底 classes of 001 二 二; 特困供养 (the former 五保) is cared for entirely.
 */
public enum DibaoCategory {
  NONE("无", DibaoStatus.NONE),
  CLASS_ONE_OR_TWO("一二类低保", DibaoStatus.DIBAO),
  CLASS_THREE_OR_FOUR("三四类低保", DibaoStatus.DIBAO),
  EXTREME_POVERTY("特困供养（五保）", DibaoStatus.WUBAO);

  private final String label;
  private final DibaoStatus registerValue;

  DibaoCategory(String label, DibaoStatus registerValue) {
    this.label = label;
    this.registerValue = registerValue;
  }

  public String label() {
    return label;
  }

  /** The register's 低保 field records whether, not which class. */
  public DibaoStatus registerValue() {
    return registerValue;
  }

  /** 一二类低保户、农村特困人员: the classes whose whole households the policy carries (兜底). */
  public boolean carried() {
    return this == CLASS_ONE_OR_TWO || this == EXTREME_POVERTY;
  }
}
