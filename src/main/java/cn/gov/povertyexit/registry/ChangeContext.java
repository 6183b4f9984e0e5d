package cn.gov.povertyexit.registry;

import java.util.Objects;

/** Who makes a register change, within which process instance (may be null for set-up), and the reason. */
public record ChangeContext(String actor, String processInstanceId, String reason) {

  public ChangeContext {
    Objects.requireNonNull(actor, "actor");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("登记册变更必须说明原因");
    }
  }
}
