package cn.gov.povertyexit.recheck;

/** What the township found for a household named in a re-check. */
public enum ReCheckOutcome {
  KEPT("核实无误，保留"),
  REMOVED("识别不准，剔除"),
  RELISTED("返贫，转识别纳入");

  private final String label;

  ReCheckOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
