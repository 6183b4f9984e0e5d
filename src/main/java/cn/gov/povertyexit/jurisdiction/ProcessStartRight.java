package cn.gov.povertyexit.jurisdiction;

import java.util.Set;

/**
 * Which roles may start a process, e.g. the county poverty office and township governments start household
 * exit cases. Each feature declares its own as a bean; the access set-up grants them to the groups of those roles.
 */
public record ProcessStartRight(String processDefinitionKey, Set<OfficialRole> roles, Set<AdministrativeLevel> levels) {

  public boolean grantedTo(OfficialGroup group) {
    return roles.contains(group.role()) && levels.contains(group.level());
  }
}
