package cn.gov.povertyexit.village;

import cn.gov.povertyexit.support.TestPlans;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.TestHouseholds;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 下坪村, a poor village of 义宁镇 (修水县) of its own: 300 residents and 6 households of two; households 1–4 are
 * 预退出 (their exits not yet approved), 5 and 6 poor. Counted now: 12 poor people, 4.00%; once 1–4 have exited:
 * 4 people, 1.33%.
 */
final class TimingTrapVillage {

  static final String CODE = "360424100204";
  static final int FIRST_PENDING = 1;

  private TimingTrapVillage() {}

  static String ensure(JdbcClient jdbc, StatusRegister register) {
    if (jdbc.sql("select count(*) from village where code = ?").param(CODE).query(Integer.class).single() == 0) {
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '360424100', '下坪村', 0, 'POOR_VILLAGE')")
          .param(CODE).update();
      TestHouseholds.ensure(jdbc, CODE, 1, 6);
      jdbc.sql("update village set rural_population = 300 where code = ?").param(CODE).update();
      for (int number = FIRST_PENDING; number <= 4; number++) {
        register.changeStatus(SubjectType.HOUSEHOLD, pending(number), HouseholdStatus.PRE_EXIT,
            new ChangeContext("test", null, "2020年度预退出对象"));
      }
    }
    TestPlans.planEverything(jdbc);
    return CODE;
  }

  static String pending(int number) {
    return TestHouseholds.id(CODE, number);
  }

  /** The county's approval of households 1–4, as the household procedure records it. */
  static void approvePendingExits(StatusRegister register) {
    for (int number = FIRST_PENDING; number <= 4; number++) {
      register.changeStatus(SubjectType.HOUSEHOLD, pending(number), HouseholdStatus.EXITED,
          new ChangeContext("test", null, "2020年度脱贫退出"));
    }
  }
}
