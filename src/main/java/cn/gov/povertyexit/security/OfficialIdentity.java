package cn.gov.povertyexit.security;

import cn.gov.povertyexit.jurisdiction.OfficialRole;
import java.util.List;

/** Who sent a REST request: the official's login and groups, as the engine will see them. */
record OfficialIdentity(String userId, List<String> groupIds) {

  static final String ADMIN_GROUP = "camunda-admin";

  boolean isAdministrator() {
    return groupIds.contains(ADMIN_GROUP);
  }

  /** Whether one of the official's groups has the given kind of role (group ids end in the role: "-analyst"). */
  boolean hasRoleOfKind(OfficialRole.Kind kind) {
    return groupIds.stream().anyMatch(group -> {
      int dash = group.lastIndexOf('-');
      String suffix = dash < 0 ? group : group.substring(dash + 1);
      for (OfficialRole role : OfficialRole.values()) {
        if (role.kind() == kind && role.idSuffix().equals(suffix)) {
          return true;
        }
      }
      return false;
    });
  }
}
