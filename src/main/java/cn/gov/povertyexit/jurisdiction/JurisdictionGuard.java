package cn.gov.povertyexit.jurisdiction;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Keeps officials to their own place: a township government acts for its own villages, a county office for its
 * own county. Group ids carry the administrative code, and a village's code begins with its township's and
 * county's codes (GB/T 2260 and the 12-digit village codes), so "is this place mine" is a prefix test.
 */
public final class JurisdictionGuard {

  private JurisdictionGuard() {}

  /**
   * Refuses unless the official belongs to a group of one of the roles whose place contains the village. Steps run
   * by the engine itself (no authentication) are not restricted.
   */
  public static void requirePlace(Authentication authentication, String villageCode, Set<OfficialRole> roles, String action) {
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.contains("camunda-admin")) {
      return;
    }
    for (String groupId : groups) {
      String[] parts = groupId.split("-");
      if (parts.length == 3 && villageCode.startsWith(parts[1])
          && roles.stream().anyMatch(role -> role.idSuffix().equals(parts[2]))) {
        return;
      }
    }
    throw new CaseRefusedException("您不是行政村 " + villageCode + " 所属辖区的经办单位，不能" + action);
  }
}
