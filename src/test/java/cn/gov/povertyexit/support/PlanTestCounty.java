package cn.gov.povertyexit.support;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county whose exit plans the tests make through the procedure (seed 000 七), so it has none to begin with:
 * 九江市 (the demo city) · 湖口县 · 双钟镇 with 山口村 (a poor village, 3 poor households) and 天平村 (a poor village,
 * 2 poor households), and a third household of 山口村 that stays out of every plan. Synthetic, like the demo. Its
 * officials are created as a restart would create them, one demo login per group, when the application's access
 * set-up is given.
 */
public final class PlanTestCounty {

  public static final String COUNTY = "360429";
  public static final String CITY = "360400";
  public static final String TOWNSHIP = "360429100";
  public static final String SHANKOU = "360429100201";
  public static final String TIANPING = "360429100202";

  private PlanTestCounty() {}

  public static String shankouHousehold(int number) {
    return TestHouseholds.id(SHANKOU, number);
  }

  public static String tianpingHousehold(int number) {
    return TestHouseholds.id(TIANPING, number);
  }

  public static synchronized void ensure(JdbcClient jdbc, OfficialAccessSetup access, DemoSetup demo) {
    if (jdbc.sql("select count(*) from county where code = ?").param(COUNTY).query(Integer.class).single() == 0) {
      jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, ?, '湖口县', 'PROVINCE_DESIGNATED', 'POOR_COUNTY')")
          .params(COUNTY, CITY).update();
      jdbc.sql("insert into township (code, county_code, name) values (?, ?, '双钟镇')").params(TOWNSHIP, COUNTY).update();
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '山口村', 1200, 'POOR_VILLAGE')")
          .params(SHANKOU, TOWNSHIP).update();
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '天平村', 900, 'POOR_VILLAGE')")
          .params(TIANPING, TOWNSHIP).update();
      for (int number = 1; number <= 3; number++) {
        TestHouseholds.insertPoor(jdbc, shankouHousehold(number), number);
      }
      for (int number = 1; number <= 2; number++) {
        TestHouseholds.insertPoor(jdbc, tianpingHousehold(number), number);
      }
    }
    if (access != null) {
      access.synchronise();
      demo.createOfficials();
    }
  }
}
