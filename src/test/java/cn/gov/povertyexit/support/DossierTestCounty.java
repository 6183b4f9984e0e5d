package cn.gov.povertyexit.support;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county of its own for the dossier's walk, so that no other test's household shares its village list or its county
 * review: 九江市 · 庐山市 · 白鹿镇 · 玉京村 (a poor village) with one poor household. Synthetic, like the demo; its
 * officials are created as a restart would create them.
 */
public final class DossierTestCounty {

  public static final String COUNTY = "360483";
  public static final String CITY = "360400";
  public static final String TOWNSHIP = "360483100";
  public static final String VILLAGE = "360483100201";
  public static final String HOUSEHOLD = TestHouseholds.id(VILLAGE, 1);

  private DossierTestCounty() {}

  public static synchronized void ensure(JdbcClient jdbc, OfficialAccessSetup access, DemoSetup demo) {
    if (jdbc.sql("select count(*) from county where code = ?").param(COUNTY).query(Integer.class).single() == 0) {
      jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, ?, '庐山市', 'PROVINCE_DESIGNATED', 'POOR_COUNTY')")
          .params(COUNTY, CITY).update();
      jdbc.sql("insert into township (code, county_code, name) values (?, ?, '白鹿镇')").params(TOWNSHIP, COUNTY).update();
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '玉京村', 1500, 'POOR_VILLAGE')")
          .params(VILLAGE, TOWNSHIP).update();
      TestHouseholds.insertPoor(jdbc, HOUSEHOLD, 1);
      access.synchronise();
      demo.createOfficials();
    }
    TestPlans.planEverything(jdbc);
  }
}
