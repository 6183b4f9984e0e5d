package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.registry.RegisterClock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The exit plans (退出规划及年度计划, seed 000 七) in the project's own tables: every version a county or city submits
 * stays, with who drafted it, who decided on it and why. The county's approved version is the one the procedures
 * take their subjects from.
 */
@Repository
public class ExitPlans {

  public static final String COUNTY = "COUNTY";
  public static final String CITY = "CITY";

  /** One version of a plan. */
  public record Version(long id, String level, String placeCode, int version, int planYear, PlanStatus status,
      String situation, String measures, Integer countyExitYear, Long cityPlanId, String processInstanceId,
      String draftedBy, String decisionReason) {}

  private final JdbcClient jdbc;

  public ExitPlans(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A new draft version of the place's plan for the year, listing to begin with the subjects of the place's approved
   * version (or, when it redrafts a returned one, of that one): a revision changes what it names and keeps the rest.
   */
  public Version openDraft(String level, String placeCode, int planYear, String processInstanceId, String actor,
      Optional<Version> startingFrom) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from exit_plan where plan_level = ? and place_code = ?")
        .params(level, placeCode).query(Integer.class).single();
    Integer countyExitYear = startingFrom.map(Version::countyExitYear).orElse(null);
    jdbc.sql("""
            insert into exit_plan (plan_level, place_code, version, plan_year, status, situation, measures,
                                   county_exit_year, process_instance_id, drafted_by, drafted_at)
            values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)""")
        .params(level, placeCode, version, planYear, startingFrom.map(Version::situation).orElse(null),
            startingFrom.map(Version::measures).orElse(null), countyExitYear, processInstanceId, actor, RegisterClock.now())
        .update();
    Version draft = version(level, placeCode, version).orElseThrow();
    startingFrom.ifPresent(earlier -> jdbc.sql("""
            insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
            select ?, subject_type, subject_id, planned_year, proposed_by from exit_plan_subject where plan_id = ?""")
        .params(draft.id(), earlier.id()).update());
    return draft;
  }

  /**
   * A plan approved outside the procedure — on paper before the system, or the demo's — entered as the place's approved
   * version, with whoever entered it and why: it supersedes nothing, so only a place without an approved plan gets one.
   */
  public Version recordApproved(String placeCode, int planYear, String situation, String measures, Integer countyExitYear,
      String actor, String reason) {
    if (approved(COUNTY, placeCode).isPresent()) {
      throw new IllegalStateException("county " + placeCode + " has an approved plan already");
    }
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from exit_plan where plan_level = 'COUNTY' and place_code = ?")
        .param(placeCode).query(Integer.class).single();
    jdbc.sql("""
            insert into exit_plan (plan_level, place_code, version, plan_year, status, situation, measures,
                                   county_exit_year, drafted_by, drafted_at, decided_by, decided_at, decision_level,
                                   decision_reason)
            values ('COUNTY', ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, 'PROVINCE', ?)""")
        .params(placeCode, version, planYear, situation, measures, countyExitYear, actor, RegisterClock.now(), actor,
            RegisterClock.now(), reason).update();
    return version(COUNTY, placeCode, version).orElseThrow();
  }

  /** Every household and village of the county on the register, planned for the year, as one who entered them. */
  public void listWholeCounty(long planId, String countyCode, int plannedYear, String actor) {
    jdbc.sql("""
            insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
            select ?, 'HOUSEHOLD', h.id, ?, ? from household h join village v on v.code = h.village_code
              join township t on t.code = v.township_code where t.county_code = ?""")
        .params(planId, plannedYear, actor, countyCode).update();
    jdbc.sql("""
            insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
            select ?, 'VILLAGE', v.code, ?, ? from village v join township t on t.code = v.township_code
             where t.county_code = ?""")
        .params(planId, plannedYear, actor, countyCode).update();
  }

  public Optional<Version> version(String level, String placeCode, int version) {
    return jdbc.sql(SELECT + " where plan_level = ? and place_code = ? and version = ?")
        .params(level, placeCode, version).query(ExitPlans::version).optional();
  }

  public Optional<Version> byId(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(ExitPlans::version).optional();
  }

  /** The place's approved version: at most one, since an approval supersedes the one before. */
  public Optional<Version> approved(String level, String placeCode) {
    return jdbc.sql(SELECT + " where plan_level = ? and place_code = ? and status = 'APPROVED'")
        .params(level, placeCode).query(ExitPlans::version).optional();
  }

  public List<Version> versions(String level, String placeCode) {
    return jdbc.sql(SELECT + " where plan_level = ? and place_code = ? order by version")
        .params(level, placeCode).query(ExitPlans::version).list();
  }

  /** The county versions the city passed for the year that no city plan carries yet. */
  public List<Version> passedCountyPlans(String cityCode, int planYear) {
    return jdbc.sql(SELECT + """
             where plan_level = 'COUNTY' and status = 'CITY_PASSED' and plan_year = ?
               and place_code in (select code from county where city_code = ?) order by place_code""")
        .params(planYear, cityCode).query(ExitPlans::version).list();
  }

  public List<Version> carriedBy(long cityPlanId) {
    return jdbc.sql(SELECT + " where city_plan_id = ? order by place_code").param(cityPlanId)
        .query(ExitPlans::version).list();
  }

  /** The year's households of a village in the version, and since which year each is planned. */
  public List<String> subjects(long planId, String subjectType, int plannedYear) {
    return jdbc.sql("""
            select subject_id from exit_plan_subject where plan_id = ? and subject_type = ? and planned_year = ?
            order by subject_id""").params(planId, subjectType, plannedYear).query(String.class).list();
  }

  public int subjectCount(long planId, String subjectType, int plannedYear) {
    return jdbc.sql("select count(*) from exit_plan_subject where plan_id = ? and subject_type = ? and planned_year = ?")
        .params(planId, subjectType, plannedYear).query(Integer.class).single();
  }

  /**
   * What a village proposed for the year replaces what the version listed of that village for the year; subjects
   * planned for other years stay as they are.
   */
  public void replaceVillageProposal(long planId, String villageCode, int plannedYear, Collection<String> householdIds,
      String actor) {
    jdbc.sql("""
            delete from exit_plan_subject where plan_id = ? and subject_type = 'HOUSEHOLD' and planned_year = ?
               and subject_id in (select id from household where village_code = ?)""")
        .params(planId, plannedYear, villageCode).update();
    for (String householdId : householdIds) {
      jdbc.sql("delete from exit_plan_subject where plan_id = ? and subject_type = 'HOUSEHOLD' and subject_id = ?")
          .params(planId, householdId).update();
      jdbc.sql("""
              insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
              values (?, 'HOUSEHOLD', ?, ?, ?)""").params(planId, householdId, plannedYear, actor).update();
    }
  }

  /** The villages the county plans to exit in the year replace those it listed for the year. */
  public void replaceVillages(long planId, int plannedYear, Collection<String> villageCodes, String actor) {
    jdbc.sql("delete from exit_plan_subject where plan_id = ? and subject_type = 'VILLAGE' and planned_year = ?")
        .params(planId, plannedYear).update();
    for (String code : villageCodes) {
      jdbc.sql("delete from exit_plan_subject where plan_id = ? and subject_type = 'VILLAGE' and subject_id = ?")
          .params(planId, code).update();
      jdbc.sql("""
              insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
              values (?, 'VILLAGE', ?, ?, ?)""").params(planId, code, plannedYear, actor).update();
    }
  }

  public void submit(long planId, String situation, String measures, Integer countyExitYear, PlanStatus status) {
    jdbc.sql("update exit_plan set situation = ?, measures = ?, county_exit_year = ?, status = ? where id = ?")
        .params(situation, measures, countyExitYear, status.name(), planId).update();
  }

  public void decide(long planId, PlanStatus status, String level, String actor, String reason) {
    jdbc.sql("""
            update exit_plan set status = ?, decision_level = ?, decided_by = ?, decided_at = ?, decision_reason = ?
             where id = ?""").params(status.name(), level, actor, RegisterClock.now(), reason, planId).update();
  }

  public void carry(long countyPlanId, long cityPlanId) {
    jdbc.sql("update exit_plan set city_plan_id = ?, status = 'PROVINCE_REVIEW' where id = ?")
        .params(cityPlanId, countyPlanId).update();
  }

  /** The version becomes the place's approved one; the one approved before it is kept as superseded. */
  public void approve(long planId, String actor, String reason) {
    Version approving = byId(planId).orElseThrow();
    jdbc.sql("update exit_plan set status = 'SUPERSEDED' where plan_level = ? and place_code = ? and status = 'APPROVED'")
        .params(approving.level(), approving.placeCode()).update();
    decide(planId, PlanStatus.APPROVED, "PROVINCE", actor, reason);
  }

  /**
   * Whether the county's approved plan lists the subject for the year: planned for it, or for an earlier year and
   * carried over because it has not exited yet.
   */
  public boolean lists(String countyCode, String subjectType, String subjectId, int year) {
    return jdbc.sql("""
            select count(*) from exit_plan_subject s join exit_plan p on p.id = s.plan_id
             where p.plan_level = 'COUNTY' and p.place_code = ? and p.status = 'APPROVED'
               and s.subject_type = ? and s.subject_id = ? and s.planned_year <= ?""")
        .params(countyCode, subjectType, subjectId, year).query(Integer.class).single() > 0;
  }

  private static final String SELECT = """
      select id, plan_level, place_code, version, plan_year, status, situation, measures, county_exit_year,
             city_plan_id, process_instance_id, drafted_by, decision_reason from exit_plan\s""";

  private static Version version(java.sql.ResultSet row, int number) throws java.sql.SQLException {
    return new Version(row.getLong("id"), row.getString("plan_level"), row.getString("place_code").trim(),
        row.getInt("version"), row.getInt("plan_year"), PlanStatus.valueOf(row.getString("status")),
        row.getString("situation"), row.getString("measures"), (Integer) row.getObject("county_exit_year", Integer.class),
        (Long) row.getObject("city_plan_id", Long.class), row.getString("process_instance_id"),
        row.getString("drafted_by"), row.getString("decision_reason"));
  }
}
