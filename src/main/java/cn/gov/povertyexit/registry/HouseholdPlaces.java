package cn.gov.povertyexit.registry;

import cn.gov.povertyexit.deployment.UsableInModels;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a household lives, as the register says: a 户编号 is an identifier, not an address, and need not begin with
 * its village's code (the national system's numbers do not). Models read it as
 * {@code ${householdPlaces.townshipOf(householdId)}}.
 */
@Component("householdPlaces")
@UsableInModels
public class HouseholdPlaces {

  /** Ids per query when many households are placed at once: keeps each statement's parameter list small. */
  private static final int BATCH = 500;

  private final JdbcClient jdbc;

  public HouseholdPlaces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The code of the township the household's village belongs to. */
  public String townshipOf(String householdId) {
    return jdbc.sql("select v.township_code from household h join village v on v.code = h.village_code where h.id = ?")
        .param(householdId).query(String.class).optional().map(String::trim)
        .orElseThrow(() -> new IllegalArgumentException("登记册中没有户编号为 " + householdId + " 的农户"));
  }

  /** Township code per household id, for many households in few statements. */
  public Map<String, String> townshipsOf(Collection<String> householdIds) {
    Map<String, String> townships = new HashMap<>();
    List<String> ids = List.copyOf(householdIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      jdbc.sql("select h.id, v.township_code from household h join village v on v.code = h.village_code where h.id in (:ids)")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .query((rs, n) -> townships.put(rs.getString(1).trim(), rs.getString(2).trim())).list();
    }
    return townships;
  }
}
