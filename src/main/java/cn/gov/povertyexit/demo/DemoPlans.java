package cn.gov.povertyexit.demo;

import cn.gov.povertyexit.plan.ExitPlans;
import java.util.Map;
import org.slf4j.Logger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo counties' approved 2016–2020 exit plans (seed 000 七), as a county would bring the plan its province approved
 * on paper: every registered household and village planned from 2016 (those not yet exited carried over year by
 * year), and the county's planned exit year. Entered once per county; a county that has a plan of any version is left alone.
 */
@Component
class DemoPlans {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
  private static final int FIRST_PLAN_YEAR = 2016;
  /** 修水县 planned to exit in 2019, 都昌县 in 2020 (synthetic figures, like the rest of the demo). */
  private static final Map<String, Integer> COUNTY_EXIT_YEARS = Map.of("360424", 2019, "360428", 2020);

  private final ExitPlans plans;
  private final JdbcClient jdbc;

  DemoPlans(ExitPlans plans, JdbcClient jdbc) {
    this.plans = plans;
    this.jdbc = jdbc;
  }

  @Transactional
  public void enterIfAbsent() {
    for (DemoJurisdiction.County county : DemoJurisdiction.COUNTIES) {
      boolean onRegister = jdbc.sql("select count(*) from county where code = ?").param(county.code())
          .query(Integer.class).single() > 0;
      if (!onRegister || !plans.versions(ExitPlans.COUNTY, county.code()).isEmpty()) {
        continue;
      }
      ExitPlans.Version plan = plans.recordApproved(county.code(), FIRST_PLAN_YEAR,
          county.name() + "建档立卡贫困户、贫困村见本规划所列名单（演示数据）",
          "产业扶贫、就业扶贫、易地扶贫搬迁、教育扶贫、健康扶贫、危房改造、兜底保障（演示数据）",
          COUNTY_EXIT_YEARS.get(county.code()), DemoRegisterLoader.ACTOR, "演示数据：省扶贫开发领导小组已批准的2016—2020年退出规划");
      plans.listWholeCounty(plan.id(), county.code(), FIRST_PLAN_YEAR, DemoRegisterLoader.ACTOR);
      LOG.info("Demo exit plan entered for {}", county.name());
    }
  }
}
