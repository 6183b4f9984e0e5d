package cn.gov.povertyexit.registry;

/** A village's place on the register: only a 贫困村 can be planned for exit and leave the list (出列). */
public enum VillageStatus implements RegisterStatus {
  NOT_POOR("非贫困村"),
  POOR_VILLAGE("贫困村"),
  PRE_EXIT("预退出"),
  EXITED("已出列");

  private final String label;

  VillageStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean canChangeTo(RegisterStatus next) {
    return switch (this) {
      case NOT_POOR -> false;
      case POOR_VILLAGE -> next == PRE_EXIT;
      case PRE_EXIT -> next == EXITED || next == POOR_VILLAGE;
      case EXITED -> next == POOR_VILLAGE;
    };
  }
}
