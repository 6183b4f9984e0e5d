package cn.gov.povertyexit.registry;

/** A county's place on the register: a 贫困县 applies to exit and, once approved, has its cap removed (摘帽). */
public enum CountyStatus implements RegisterStatus {
  NOT_POOR("非贫困县"),
  POOR_COUNTY("贫困县"),
  APPLIED("申请退出"),
  EXITED("已摘帽");

  private final String label;

  CountyStatus(String label) {
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
      case POOR_COUNTY -> next == APPLIED;
      case APPLIED -> next == EXITED || next == POOR_COUNTY;
      case EXITED -> false;
    };
  }
}
