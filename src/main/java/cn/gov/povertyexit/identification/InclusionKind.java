package cn.gov.povertyexit.identification;

/** Why a household is put on the register: found poor for the first time, or fallen back after exit (001 二). */
public enum InclusionKind {
  NEW("新识别"),
  RETURN("返贫");

  private final String label;

  InclusionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
