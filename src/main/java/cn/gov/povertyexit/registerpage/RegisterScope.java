package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The places an official may read on the register: the code prefixes of their groups, as the cases and the notice
 * board use them. A place is within the scope when its code begins with one of them; a village committee thus sees
 * its own village, a county supervisor the county, a city supervisor both counties.
 */
record RegisterScope(List<String> prefixes) {

  static RegisterScope of(Authentication official) {
    return new RegisterScope(JurisdictionGuard.placePrefixes(official));
  }

  boolean covers(String placeCode) {
    return prefixes.stream().anyMatch(placeCode::startsWith);
  }

  /** {@code (column like ? or column like ?)} with one parameter per prefix; never true for an official of no place. */
  String condition(String column) {
    if (prefixes.isEmpty()) {
      return "1 = 0";
    }
    return "(" + String.join(" or ", prefixes.stream().map(prefix -> column + " like ?").toList()) + ")";
  }

  List<Object> parameters() {
    List<Object> parameters = new ArrayList<>();
    prefixes.forEach(prefix -> parameters.add(prefix + "%"));
    return parameters;
  }
}
