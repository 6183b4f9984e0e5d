package cn.gov.povertyexit.support;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test register's approved exit plans (seed 000 七), entered as the demo's are: each county other than
 * {@link PlanTestCounty}'s — whose plans the tests walk through the procedure — gets an approved plan listing every
 * household and village on the register from 2016 and the county's exit from 2016, so that the procedures' own tests
 * select their subjects from a plan as production does. Households a test adds later are added to it by the next
 * call; every fixture that adds places or households calls it.
 */
public final class TestPlans {

  public static final String ACTOR = "test-fixture";
  private static final int YEAR = 2016;

  private TestPlans() {}

  public static synchronized void planEverything(JdbcClient jdbc) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("""
            insert into exit_plan (plan_level, place_code, version, plan_year, status, situation, measures,
                                   county_exit_year, drafted_by, drafted_at, decided_by, decided_at, decision_level,
                                   decision_reason)
            select 'COUNTY', c.code, 1, ?, 'APPROVED', '测试数据', '测试数据', ?, ?, ?, ?, ?, 'PROVINCE', '测试数据：已批准的退出规划'
              from county c
             where c.code <> ? and not exists (select 1 from exit_plan p where p.plan_level = 'COUNTY' and p.place_code = c.code)""")
        .params(YEAR, YEAR, ACTOR, now, ACTOR, now, PlanTestCounty.COUNTY).update();
    jdbc.sql("""
            insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
            select p.id, 'HOUSEHOLD', h.id, ?, ? from household h join village v on v.code = h.village_code
              join township t on t.code = v.township_code
              join exit_plan p on p.place_code = t.county_code and p.plan_level = 'COUNTY' and p.status = 'APPROVED'
             where p.drafted_by in (?, 'demo-loader')
               and not exists (select 1 from exit_plan_subject s
                                where s.plan_id = p.id and s.subject_type = 'HOUSEHOLD' and s.subject_id = h.id)""")
        .params(YEAR, ACTOR, ACTOR).update();
    jdbc.sql("""
            insert into exit_plan_subject (plan_id, subject_type, subject_id, planned_year, proposed_by)
            select p.id, 'VILLAGE', v.code, ?, ? from village v join township t on t.code = v.township_code
              join exit_plan p on p.place_code = t.county_code and p.plan_level = 'COUNTY' and p.status = 'APPROVED'
             where p.drafted_by in (?, 'demo-loader')
               and not exists (select 1 from exit_plan_subject s
                                where s.plan_id = p.id and s.subject_type = 'VILLAGE' and s.subject_id = v.code)""")
        .params(YEAR, ACTOR, ACTOR).update();
  }
}
