package cn.gov.povertyexit.policy;

/** Which province's exit procedure a province follows; each is drawn in the models as its own branch. */
public enum ProcedureVariant {
  /** Seed 000, Jiangxi 2017: the canonical procedure. */
  JIANGXI("江西省退出程序（000号文件）"),
  /** Seed 003, Hunan 2020: signatures, sector-data comparison, 100% home visits, city sample check. */
  HUNAN("湖南省脱贫程序（003号文件）"),
  /** Seed 004, Heilongjiang: appraisal, verification with the household's agreement, one village notice. */
  HEILONGJIANG("黑龙江省退出程序（004号文件）");

  private final String label;

  ProcedureVariant(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
