package cn.gov.povertyexit.registerdata;

import static cn.gov.povertyexit.registerdata.ImportColumns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county's register as an import compares against it: its villages, and its households, members (by 身份证号) and
 * incomes (by household and year) in canonical cells; and which of the file's other ids are registered elsewhere.
 */
final class RegisterSnapshot {

  private static final int IN_LIST = 1000;

  final String countyCode;
  final String countyName;
  final String provinceCode;
  final Set<String> villages;
  final Map<String, List<String>> households = new HashMap<>();
  final Map<String, List<String>> members = new HashMap<>();
  final Map<String, List<String>> membersByHousehold = new HashMap<>();
  final Map<String, List<String>> incomes = new HashMap<>();
  private final JdbcClient jdbc;

  RegisterSnapshot(JdbcClient jdbc, RegisterRows rows, String countyCode) {
    this.jdbc = jdbc;
    this.countyCode = countyCode;
    this.countyName = jdbc.sql("select name from county where code = ?").param(countyCode).query(String.class).single();
    this.provinceCode = jdbc.sql("select ci.province_code from county c join city ci on ci.code = c.city_code where c.code = ?")
        .param(countyCode).query((rs, n) -> rs.getString(1).trim()).single();
    this.villages = new HashSet<>(jdbc.sql("""
            select v.code from village v join township t on t.code = v.township_code where t.county_code = ?""")
        .param(countyCode).query((rs, n) -> rs.getString(1).trim()).list());
    rows.households(countyCode, cells -> households.put(cells.get(HOUSEHOLD_ID), cells));
    rows.members(countyCode, cells -> {
      members.put(cells.get(MEMBER_NATIONAL_ID), cells);
      membersByHousehold.computeIfAbsent(cells.get(MEMBER_HOUSEHOLD), id -> new ArrayList<>()).add(cells.get(MEMBER_NATIONAL_ID));
    });
    rows.incomes(countyCode, cells -> incomes.put(incomeKey(cells.get(INCOME_HOUSEHOLD), cells.get(INCOME_YEAR)), cells));
  }

  static String incomeKey(String householdId, String year) {
    return householdId + "-" + year;
  }

  /** Of these household ids not in the county, those registered in another county. */
  Set<String> householdsElsewhere(Set<String> ids) {
    return registered("select id from household where id in (%s)", ids);
  }

  /** Of these 身份证号 not in the county, those registered as members of another county's households. */
  Set<String> membersElsewhere(Set<String> nationalIds) {
    return registered("select national_id from household_member where national_id in (%s)", nationalIds);
  }

  private Set<String> registered(String query, Set<String> ids) {
    Set<String> found = new HashSet<>();
    List<String> pending = new ArrayList<>(ids);
    for (int from = 0; from < pending.size(); from += IN_LIST) {
      List<String> chunk = pending.subList(from, Math.min(pending.size(), from + IN_LIST));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      found.addAll(jdbc.sql(query.formatted(marks)).params(new ArrayList<Object>(chunk))
          .query((rs, n) -> rs.getString(1).trim()).list());
    }
    return found;
  }
}
