package cn.gov.povertyexit.jurisdiction;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
   * Refuses unless the official belongs to a group of one of the roles whose place contains the given place (a
   * village, township or county code). Steps run by the engine itself (no authentication) are not restricted.
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
      if (parts.length == 3 && villageCode.startsWith(significantPrefix(parts[0], parts[1]))
          && roles.stream().anyMatch(role -> role.idSuffix().equals(parts[2]))) {
        return;
      }
    }
    throw new CaseRefusedException("您不是" + placeName(villageCode) + " " + villageCode + " 所属辖区的经办单位，不能" + action);
  }

  /**
   * The subject the official named, if it is on the register <em>and</em> within their jurisdiction; otherwise the
   * same refusal in both cases, so that an official learns nothing about places outside their own — not even
   * whether an id exists there.
   */
  public static <T> T findWithin(Authentication authentication, Optional<T> found, Function<T, String> placeCode,
      Set<OfficialRole> roles, String notFound) {
    if (found.isEmpty() || !covers(authentication, placeCode.apply(found.get()), roles)) {
      throw new CaseRefusedException(notFound);
    }
    return found.get();
  }

  /**
   * The code prefixes of the places the official's groups stand for, whatever their role ("" covers every place):
   * what an official may read of public matters such as posted notices.
   */
  public static List<String> placePrefixes(Authentication authentication) {
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.contains("camunda-admin")) {
      return List.of("");
    }
    return groups.stream().map(groupId -> groupId.split("-")).filter(parts -> parts.length == 3)
        .map(parts -> significantPrefix(parts[0], parts[1])).distinct().toList();
  }

  static boolean covers(Authentication authentication, String code, Set<OfficialRole> roles) {
    try {
      requirePlace(authentication, code, roles, "");
      return true;
    } catch (CaseRefusedException outside) {
      return false;
    }
  }

  private static String placeName(String code) {
    return switch (code.length()) {
      case 12 -> "行政村";
      case 9 -> "乡镇";
      default -> "县";
    };
  }

  /** A province's code 360000 covers every code starting 36, a city's 360400 every code starting 3604. */
  static String significantPrefix(String level, String code) {
    return switch (level) {
      case "province" -> code.substring(0, 2);
      case "city" -> code.substring(0, 4);
      case "national" -> "";
      default -> code;
    };
  }
}
