package cn.gov.povertyexit.support;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county of 黑龙江省 (seed 004) on the shared PostgreSQL register, for the browser walks of the Heilongjiang order
 * and of checks that need more villages than the demo has: 黑河市 · 逊克县 · 奇克镇 with 东胜村 and thirteen more poor
 * villages, none with registered households (incidence 0%), beside the villages of {@link OtherProvinceRegister}.
 * Synthetic, like the demo. Its officials are created as a restart would create them: groups, tenants and rights from
 * the register, one demo login per group.
 */
public final class HeilongjiangTasklistRegister {

  public static final String PROVINCE = "230000";
  public static final String CITY = "231100";
  public static final String COUNTY = "231123";
  public static final String TOWNSHIP = "231123100";
  /** Not OtherProvinceRegister's 新兴村 (231123100201), which has households. */
  public static final String VILLAGE = "231123100203";
  public static final String VILLAGE_NAME = "东胜村";
  private static final List<String> CHECK_VILLAGE_NAMES = List.of("红旗村", "新民村", "胜利村", "前进村", "东升村",
      "永安村", "太平村", "和平村", "富民村", "兴隆村", "长青村", "星火村", "团结村");

  private HeilongjiangTasklistRegister() {}

  public static synchronized void ensure(JdbcClient jdbc, OfficialAccessSetup access, DemoSetup demo) {
    // row by row: another test's register of the same province (OtherProvinceRegister) may be there already
    insertIfAbsent(jdbc, "province", PROVINCE, "insert into province (code, name) values (?, '黑龙江省')", PROVINCE);
    insertIfAbsent(jdbc, "city", CITY, "insert into city (code, province_code, name) values (?, ?, '黑河市')", CITY, PROVINCE);
    insertIfAbsent(jdbc, "county", COUNTY,
        "insert into county (code, city_code, name, county_class, status) values (?, ?, '逊克县', 'NATIONAL_KEY', 'POOR_COUNTY')",
        COUNTY, CITY);
    insertIfAbsent(jdbc, "township", TOWNSHIP, "insert into township (code, county_code, name) values (?, ?, '奇克镇')",
        TOWNSHIP, COUNTY);
    village(jdbc, VILLAGE, VILLAGE_NAME, 1500);
    for (int number = 1; number <= CHECK_VILLAGE_NAMES.size(); number++) {
      village(jdbc, checkVillage(number), CHECK_VILLAGE_NAMES.get(number - 1), 1000);
    }
    access.synchronise();
    demo.createOfficials();
    TestPlans.planEverything(jdbc);
  }

  /** The thirteen villages for the city's spot check, 1 to 13. */
  public static List<String> checkVillages() {
    return IntStream.rangeClosed(1, CHECK_VILLAGE_NAMES.size()).mapToObj(HeilongjiangTasklistRegister::checkVillage).toList();
  }

  public static String checkVillage(int number) {
    return "2311231006" + String.format("%02d", number);
  }

  private static void village(JdbcClient jdbc, String code, String name, int ruralPopulation) {
    insertIfAbsent(jdbc, "village", code,
        "insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, ?, 'POOR_VILLAGE')",
        code, TOWNSHIP, name, ruralPopulation);
  }

  private static void insertIfAbsent(JdbcClient jdbc, String table, String code, String insert, Object... values) {
    if (jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Integer.class).single() == 0) {
      jdbc.sql(insert).params(values).update();
    }
  }
}
