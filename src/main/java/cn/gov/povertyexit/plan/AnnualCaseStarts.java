package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.registry.RegisterClock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The county office's annual bulk starts and their progress (年度批量发起). */
@Repository
public class AnnualCaseStarts {

  /** A run as its page shows it. */
  public record Run(String id, String countyCode, int year, String requestedBy, String state, int total, int started,
      int refused) {
    public boolean done() {
      return "DONE".equals(state);
    }

    public String stateLabel() {
      return done() ? "已完成" : "正在发起";
    }
  }

  public record Refusal(String householdId, String reason) {}

  private final JdbcClient jdbc;

  public AnnualCaseStarts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The households the county's approved plan lists for the year (or carries over) that are still poor. */
  public List<String> dueHouseholds(String countyCode, int year) {
    return jdbc.sql("""
            select s.subject_id from exit_plan_subject s join exit_plan p on p.id = s.plan_id
              join household h on h.id = s.subject_id
             where p.plan_level = 'COUNTY' and p.place_code = ? and p.status = 'APPROVED'
               and s.subject_type = 'HOUSEHOLD' and s.planned_year <= ? and h.status in ('POOR', 'RETURNED', 'REVOKED')
             order by s.subject_id""").params(countyCode, year).query(String.class).list()
        .stream().map(String::trim).toList();
  }

  public void create(String id, String countyCode, int year, String actor, int total) {
    jdbc.sql("""
            insert into annual_case_start (id, county_code, start_year, requested_by, requested_at, state, total, started, refused)
            values (?, ?, ?, ?, ?, 'RUNNING', ?, 0, 0)""")
        .params(id, countyCode, year, actor, RegisterClock.now(), total).update();
  }

  public void progress(String id, int started, int refused) {
    jdbc.sql("update annual_case_start set started = ?, refused = ? where id = ?").params(started, refused, id).update();
  }

  public void refusal(String id, String householdId, String reason) {
    jdbc.sql("insert into annual_case_start_refusal (start_id, household_id, reason) values (?, ?, ?)")
        .params(id, householdId, reason.length() > 1000 ? reason.substring(0, 1000) : reason).update();
  }

  public void finish(String id, int started, int refused) {
    jdbc.sql("update annual_case_start set state = 'DONE', started = ?, refused = ?, finished_at = ? where id = ?")
        .params(started, refused, RegisterClock.now(), id).update();
  }

  public boolean running(String countyCode) {
    return jdbc.sql("select count(*) from annual_case_start where county_code = ? and state = 'RUNNING'")
        .param(countyCode).query(Integer.class).single() > 0;
  }

  public Optional<Run> find(String id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(AnnualCaseStarts::run).optional();
  }

  public List<Run> recent(String countyCode, int limit) {
    return jdbc.sql(SELECT + " where county_code = ? order by requested_at desc limit " + limit).param(countyCode)
        .query(AnnualCaseStarts::run).list();
  }

  public List<Refusal> refusals(String id) {
    return jdbc.sql("select household_id, reason from annual_case_start_refusal where start_id = ? order by household_id")
        .param(id).query((row, n) -> new Refusal(row.getString(1).trim(), row.getString(2))).list();
  }

  private static final String SELECT =
      "select id, county_code, start_year, requested_by, state, total, started, refused from annual_case_start";

  private static Run run(java.sql.ResultSet row, int number) throws java.sql.SQLException {
    return new Run(row.getString("id"), row.getString("county_code").trim(), row.getInt("start_year"),
        row.getString("requested_by"), row.getString("state"), row.getInt("total"), row.getInt("started"),
        row.getInt("refused"));
  }
}
