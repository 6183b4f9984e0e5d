package cn.gov.povertyexit.registry;

import java.util.Set;

/** A household's place on the register. Exit is a mark on the record, which is kept, never deleted. */
public enum HouseholdStatus implements RegisterStatus {
  POOR("未脱贫"),
  PRE_EXIT("预退出"),
  EXITED("已脱贫"),
  RETURNED("返贫"),
  REVOKED("回退"),
  /** Found not poor when the register was re-checked (001 二 四, (四)1): marked, never deleted. */
  REMOVED("已剔除");

  private final String label;

  HouseholdStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public boolean canChangeTo(RegisterStatus next) {
    return switch (this) {
      case POOR, RETURNED, REVOKED -> next == PRE_EXIT || next == REMOVED;
      case PRE_EXIT -> Set.of(POOR, EXITED).contains(next);
      case EXITED -> Set.of(RETURNED, REVOKED).contains(next);
      case REMOVED -> false;
    };
  }
}
