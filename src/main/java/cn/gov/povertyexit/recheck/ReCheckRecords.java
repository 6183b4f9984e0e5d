package cn.gov.povertyexit.recheck;

import cn.gov.povertyexit.registry.RegisterClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The households of a re-check and what their townships found (table register_recheck). */
@Repository
public class ReCheckRecords {

  private final JdbcClient jdbc;

  public ReCheckRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Named(String householdId, String headName, String villageName, String status, String suspectedProblem) {}

  void name(String caseId, String countyCode, int year, ReCheckSource source, String householdId, String townshipCode,
      String problem, String actor) {
    jdbc.sql("""
            insert into register_recheck (process_instance_id, county_code, check_year, source, household_id, township_code,
                                          suspected_problem, started_at, actor)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, countyCode, year, source.name(), householdId, townshipCode, problem, now(), actor)
        .update();
  }

  /** The households of the case in one township, with what the register holds of them now. */
  List<Named> ofTownship(String caseId, String townshipCode) {
    return jdbc.sql("""
            select r.household_id, h.head_name, v.name, h.status, r.suspected_problem
            from register_recheck r join household h on h.id = r.household_id join village v on v.code = h.village_code
            where r.process_instance_id = ? and r.township_code = ? order by r.household_id""")
        .params(caseId, townshipCode)
        .query((rs, n) -> new Named(rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)))
        .list();
  }

  void decide(String caseId, String householdId, ReCheckOutcome outcome, String findings, String verifiers,
      LocalDate verifiedOn) {
    jdbc.sql("""
            update register_recheck set outcome = ?, findings = ?, verified_by = ?, verified_on = ?, decided_at = ?
            where process_instance_id = ? and household_id = ? and outcome is null""")
        .params(outcome.name(), findings, verifiers, verifiedOn, now(), caseId, householdId)
        .update();
  }

  /** Whether a township of this re-check found the household fallen back: the one start of 返贫 not by its committee. */
  public boolean relisted(String caseId, String householdId) {
    return jdbc.sql("""
            select count(*) from register_recheck
            where process_instance_id = ? and household_id = ? and outcome = 'RELISTED'""")
        .params(caseId, householdId).query(Long.class).single() > 0;
  }

  private static Timestamp now() {
    return RegisterClock.now();
  }
}
