package cn.gov.povertyexit.support;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county of the identification tests alone (九江市 · 武宁县 · 船滩镇), so that the households they add or re-list
 * never meet another test's: 船滩村 takes new households (numbered by the system), 新庄村 has households that exited
 * in 2019 (0001–0020); 石门镇 · 石门村 has five poor households. Its officials are created as a restart creates them (password demo).
 */
public final class IdentificationTestCounty {

  public static final String COUNTY = "360423";
  public static final String TOWNSHIP = "360423100";
  public static final String NEW_VILLAGE = "360423100201";
  public static final String EXITED_VILLAGE = "360423100202";
  public static final int EXITED_HOUSEHOLDS = 20;
  /** A second township (石门镇 · 石门村, five poor households) for the re-checks, which go to each township. */
  public static final String SECOND_TOWNSHIP = "360423101";
  public static final String POOR_VILLAGE = "360423101201";

  private IdentificationTestCounty() {}

  public static synchronized void ensure(JdbcClient jdbc, OfficialAccessSetup access, DemoSetup demo) {
    if (jdbc.sql("select count(*) from county where code = ?").param(COUNTY).query(Integer.class).single() > 0) {
      TestPlans.planEverything(jdbc);
      return;
    }
    jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, '360400', '武宁县', null, 'NOT_POOR')")
        .param(COUNTY).update();
    jdbc.sql("insert into township (code, county_code, name) values (?, ?, '船滩镇')").params(TOWNSHIP, COUNTY).update();
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '船滩村', 1200, 'NOT_POOR')")
        .params(NEW_VILLAGE, TOWNSHIP).update();
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '新庄村', 1500, 'NOT_POOR')")
        .params(EXITED_VILLAGE, TOWNSHIP).update();
    for (int n = 1; n <= EXITED_HOUSEHOLDS; n++) {
      String id = TestHouseholds.id(EXITED_VILLAGE, n);
      TestHouseholds.insertPoor(jdbc, id, n);
      jdbc.sql("update household set status = 'EXITED', exit_year = 2019 where id = ?").param(id).update();
    }
    jdbc.sql("insert into township (code, county_code, name) values (?, ?, '石门镇')").params(SECOND_TOWNSHIP, COUNTY).update();
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '石门村', 900, 'POOR_VILLAGE')")
        .params(POOR_VILLAGE, SECOND_TOWNSHIP).update();
    for (int n = 1; n <= 5; n++) {
      TestHouseholds.insertPoor(jdbc, TestHouseholds.id(POOR_VILLAGE, n), n);
    }
    access.synchronise();
    demo.createOfficials();
    TestPlans.planEverything(jdbc);
  }

  public static String officialOf(String place, String role) {
    return (place.length() == 12 ? "village-" : place.length() == 9 ? "township-" : "county-") + place + "-" + role;
  }
}
