package cn.gov.povertyexit.jurisdiction;

import java.util.Set;

/**
 * A group of officials: one role at one place. Its id encodes level, administrative code and role, e.g.
 * {@code village-360424100201-committee}, so that a model can address "the committee of this village" as
 * {@code village-${villageCode}-committee}.
 *
 * @param tenantIds the counties whose process instances the group may see (a county is the tenant of its cases)
 */
public record OfficialGroup(AdministrativeLevel level, String code, OfficialRole role, String name, Set<String> tenantIds) {

  public OfficialGroup {
    if (!role.levels().contains(level)) {
      throw new IllegalArgumentException(role + " does not exist at level " + level);
    }
    tenantIds = Set.copyOf(tenantIds);
  }

  public String id() {
    return idOf(level, code, role);
  }

  public static String idOf(AdministrativeLevel level, String code, OfficialRole role) {
    return level.idPrefix() + "-" + code + "-" + role.idSuffix();
  }
}
