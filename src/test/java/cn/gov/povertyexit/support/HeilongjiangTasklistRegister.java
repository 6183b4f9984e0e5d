package cn.gov.povertyexit.support;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county of 黑龙江省 (seed 004) on the shared PostgreSQL register, for the browser walks of the Heilongjiang order
 * and of checks that need more villages than the demo has: 黑河市 · 逊克县 · 奇克镇 with 新兴村 and thirteen more poor
 * villages, none with registered households (incidence 0%). Synthetic, like the demo. Its officials are created as a
 * restart would create them: groups, tenants and rights from the register, one demo login per group.
 */
public final class HeilongjiangTasklistRegister {

  public static final String PROVINCE = "230000";
  public static final String CITY = "231100";
  public static final String COUNTY = "231123";
  public static final String VILLAGE = "231123100201";
  public static final String VILLAGE_NAME = "新兴村";
  private static final List<String> CHECK_VILLAGE_NAMES = List.of("红旗村", "新民村", "胜利村", "前进村", "东升村",
      "永安村", "太平村", "和平村", "富民村", "兴隆村", "长青村", "星火村", "团结村");

  private HeilongjiangTasklistRegister() {}

  public static synchronized void ensure(JdbcClient jdbc, OfficialAccessSetup access, DemoSetup demo) {
    if (jdbc.sql("select count(*) from province where code = ?").param(PROVINCE).query(Integer.class).single() == 0) {
      jdbc.sql("insert into province (code, name) values (?, '黑龙江省')").param(PROVINCE).update();
      jdbc.sql("insert into city (code, province_code, name) values (?, ?, '黑河市')").params(CITY, PROVINCE).update();
      jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, ?, '逊克县', 'NATIONAL_KEY', 'POOR_COUNTY')")
          .params(COUNTY, CITY).update();
      jdbc.sql("insert into township (code, county_code, name) values ('231123100', ?, '奇克镇')").param(COUNTY).update();
      village(jdbc, VILLAGE, VILLAGE_NAME, 1500);
      for (int number = 1; number <= CHECK_VILLAGE_NAMES.size(); number++) {
        village(jdbc, checkVillage(number), CHECK_VILLAGE_NAMES.get(number - 1), 1000);
      }
    }
    access.synchronise();
    demo.createOfficials();
  }

  /** The thirteen villages for the city's spot check, 1 to 13. */
  public static List<String> checkVillages() {
    return IntStream.rangeClosed(1, CHECK_VILLAGE_NAMES.size()).mapToObj(HeilongjiangTasklistRegister::checkVillage).toList();
  }

  public static String checkVillage(int number) {
    return "2311231006" + String.format("%02d", number);
  }

  private static void village(JdbcClient jdbc, String code, String name, int ruralPopulation) {
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '231123100', ?, ?, 'POOR_VILLAGE')")
        .params(code, name, ruralPopulation).update();
  }
}
