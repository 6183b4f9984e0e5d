package cn.gov.povertyexit.household;

/**
 * Which poverty line a household is registered against (seed 004 三(一): "国家标准贫困户年人均纯收入稳定超过国家扶贫标准、
 * 省标准贫困户年人均纯收入稳定超过省扶贫标准"). The register's column {@code household.poverty_standard}.
 */
public enum PovertyStandard {
  NATIONAL("国标", "国家扶贫标准"),
  PROVINCIAL("省标", "省扶贫标准");

  private final String label;
  private final String lineName;

  PovertyStandard(String label, String lineName) {
    this.label = label;
    this.lineName = lineName;
  }

  /** As the register's files write it: 国标 / 省标. */
  public String label() {
    return label;
  }

  /** The line the standard measures against, as a verdict names it: 国家扶贫标准 / 省扶贫标准. */
  public String lineName() {
    return lineName;
  }
}
