package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.registry.RegisterClock;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications to put a household on the register or back on it (table household_application). */
@Repository
public class HouseholdApplications {


  private final JdbcClient jdbc;

  public HouseholdApplications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Application(String householdId, String villageCode, int year, InclusionKind kind, String headName,
      String status, String processInstanceId) {}

  /**
   * The next household number of a village: one past the highest of its registered households and of the new
   * households applied for. The village's row is locked until the transaction ends, so that two committees of the
   * same village starting at once get two numbers, not one.
   */
  public String reserveHouseholdId(String villageCode) {
    jdbc.sql("select code from village where code = ? for update").param(villageCode).query(String.class).single();
    String highest = jdbc.sql("""
            select max(id) from (
              select id from household where village_code = ? and id like ?
              union all
              select household_id as id from household_application where village_code = ? and kind = 'NEW')
            numbered""")
        .params(villageCode, villageCode + "%", villageCode)
        .query(String.class).optional().orElse(null);
    int next = highest == null ? 1 : Integer.parseInt(highest.trim().substring(villageCode.length())) + 1;
    if (next > 9999) {
      throw new IllegalStateException("village " + villageCode + " has no household number left");
    }
    return villageCode + String.format("%04d", next);
  }

  public boolean exists(String householdId, int year) {
    return jdbc.sql("select count(*) from household_application where household_id = ? and application_year = ?")
        .params(householdId, year).query(Long.class).single() > 0;
  }

  public void open(Application application, String source, String actor) {
    jdbc.sql("""
            insert into household_application (household_id, village_code, application_year, kind, source, head_name,
                                               status, process_instance_id, applied_at, actor)
            values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
        .params(application.householdId(), application.villageCode(), application.year(), application.kind().name(),
            source, application.headName(), application.processInstanceId(), now(), actor)
        .update();
  }

  public void decide(String householdId, int year, String status, String reason) {
    jdbc.sql("""
            update household_application set status = ?, outcome_reason = ?, decided_at = ?
            where household_id = ? and application_year = ? and status = 'OPEN'""")
        .params(status, reason.length() > 4000 ? reason.substring(0, 4000) : reason, now(), householdId, year)
        .update();
  }

  public Optional<Application> find(String householdId, int year) {
    return jdbc.sql("""
            select household_id, village_code, application_year, kind, head_name, status, process_instance_id
            from household_application where household_id = ? and application_year = ?""")
        .params(householdId, year)
        .query((row, n) -> new Application(row.getString(1).trim(), row.getString(2).trim(), row.getInt(3),
            InclusionKind.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7)))
        .optional();
  }

  private static Timestamp now() {
    return RegisterClock.now();
  }
}
