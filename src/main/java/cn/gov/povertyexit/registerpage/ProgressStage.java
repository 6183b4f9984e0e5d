package cn.gov.povertyexit.registerpage;

/**
 * Where a household stands in its exit (seed 000 五(1): 民主评议 → 村公示 → 乡镇核实 → 第二次公示 → 报县审核、批准), as the
 * supervisors' progress view (督查进度) counts it. The first six come from the activity a running household case waits
 * at ({@link HouseholdStages}); the last three from the register's status of households without a running case.
 */
public enum ProgressStage {
  SURVEY("摸底调查", "#8c9eb5"),
  APPRAISAL("民主评议", "#5b8fd1"),
  VILLAGE_NOTICE("村公示中", "#2f6db5"),
  TOWNSHIP_VERIFICATION("乡镇核实", "#e0a030"),
  SECOND_NOTICE("第二次公示中", "#c77c11"),
  COUNTY_DECISION("待县审核/批准", "#8e5bb5"),
  EXITED("已脱贫", "#1a7f37"),
  STAYS_POOR("未脱贫(保留)", "#9a9a9a"),
  REVOKED("已回退", "#b3261e"),
  /** 预退出 on the register with no running case: a case ended out of order (e.g. cancelled by an administrator). */
  OTHER("其他（预退出，无在办案件）", "#444444");

  private final String label;
  private final String colour;

  ProgressStage(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  /** The bar colour in the chart, the same in the legend. */
  public String colour() {
    return colour;
  }

  /** Counted from a running case's activity rather than from the register. */
  public boolean fromCase() {
    return ordinal() <= COUNTY_DECISION.ordinal();
  }

  /** The path segment of the stage's household list: {@code village-notice}. */
  public String path() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static java.util.Optional<ProgressStage> ofPath(String path) {
    return java.util.Arrays.stream(values()).filter(stage -> stage.path().equals(path)).findFirst();
  }
}
