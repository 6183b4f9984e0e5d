package cn.gov.povertyexit.security;

import cn.gov.povertyexit.support.TestPlans;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Register entries of the security tests alone, in demo villages that the other tests of the shared database leave
 * alone or only partly use: households numbered from 0101 in 竹坪村 (修水县宁州镇) and 青山村 (都昌县周溪镇), each meeting
 * the standard (two adults, incomes well above the 2020 line, insured, house rated A, safe water). Every demo household
 * of 都昌县 is already taken by another test, hence households of their own. The two villages' rural population grows
 * by far more than these households' members, so that the counties' incidence stays below 2% for the county-exit
 * tests. 2016 is the security tests' own year of exits: four households of 修水县, two of 都昌县, and the villages
 * 竹坪村 and 港头村 exited in it, for the spot checks.
 */
final class SecurityTestRegister {

  static final String XIUSHUI_VILLAGE = "360424101201";
  static final String XIUSHUI_VILLAGE_NAME = "竹坪村";
  static final String DUCHANG_VILLAGE = "360428101202";
  static final String DUCHANG_VILLAGE_NAME = "青山村";
  static final String DUCHANG_TOWNSHIP_NAME = "周溪镇";
  /** The 都昌县 village that exited in 2016, beside 竹坪村 of 修水县. */
  static final String DUCHANG_EXITED_VILLAGE = "360428101201";
  static final String DUCHANG_EXITED_VILLAGE_NAME = "港头村";
  static final int EXIT_YEAR_OF_CHECKS = 2016;
  static final int XIUSHUI_HOUSEHOLDS = 40;
  static final int DUCHANG_HOUSEHOLDS = 12;
  private static final int FIRST_NUMBER = 101;

  private SecurityTestRegister() {}

  /** Household {@code n} (1–36 poor, 37–40 exited in 2016) of the security tests in 竹坪村. */
  static String xiushuiHousehold(int n) {
    return XIUSHUI_VILLAGE + String.format("%04d", FIRST_NUMBER - 1 + n);
  }

  /** Household {@code n} (1–10 poor, 11–12 exited in 2016) of the security tests in 青山村. */
  static String duchangHousehold(int n) {
    return DUCHANG_VILLAGE + String.format("%04d", FIRST_NUMBER - 1 + n);
  }

  static synchronized void ensure(JdbcClient jdbc, StatusRegister register) {
    if (jdbc.sql("select count(*) from household where id = ?").param(xiushuiHousehold(1)).query(Integer.class).single() > 0) {
      TestPlans.planEverything(jdbc);
      return;
    }
    jdbc.sql("update village set rural_population = rural_population + 6000 where code = ?").param(XIUSHUI_VILLAGE).update();
    jdbc.sql("update village set rural_population = rural_population + 3000 where code = ?").param(DUCHANG_VILLAGE).update();
    for (int n = 1; n <= XIUSHUI_HOUSEHOLDS; n++) {
      household(jdbc, xiushuiHousehold(n), n);
    }
    for (int n = 1; n <= DUCHANG_HOUSEHOLDS; n++) {
      household(jdbc, duchangHousehold(n), n);
    }
    for (int n = XIUSHUI_HOUSEHOLDS - 3; n <= XIUSHUI_HOUSEHOLDS; n++) {
      exit(jdbc, register, xiushuiHousehold(n));
    }
    for (int n = DUCHANG_HOUSEHOLDS - 1; n <= DUCHANG_HOUSEHOLDS; n++) {
      exit(jdbc, register, duchangHousehold(n));
    }
    for (String village : new String[] {XIUSHUI_VILLAGE, DUCHANG_EXITED_VILLAGE}) {
      String county = village.substring(0, 6);
      register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.PRE_EXIT,
          new ChangeContext("county-" + county + "-government", null, EXIT_YEAR_OF_CHECKS + "年度预退出（测试准备）"));
      register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.EXITED,
          new ChangeContext("county-" + county + "-government", null, EXIT_YEAR_OF_CHECKS + "年度出列（测试准备）"));
      jdbc.sql("update village set exit_year = ? where code = ?").params(EXIT_YEAR_OF_CHECKS, village).update();
    }
    TestPlans.planEverything(jdbc);
  }

  private static void household(JdbcClient jdbc, String id, int number) {
    TestHouseholds.insertPoor(jdbc, id, number);
  }

  private static void exit(JdbcClient jdbc, StatusRegister register, String id) {
    String county = id.substring(0, 6);
    register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
        new ChangeContext("county-" + county + "-office", null, EXIT_YEAR_OF_CHECKS + "年度预退出（测试准备）"));
    register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
        new ChangeContext("county-" + county + "-government", null, EXIT_YEAR_OF_CHECKS + "年度脱贫退出（测试准备）"));
    jdbc.sql("update household set exit_year = ? where id = ?").params(EXIT_YEAR_OF_CHECKS, id).update();
  }
}
