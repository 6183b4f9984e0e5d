package cn.gov.povertyexit.support;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counties with no households yet, for the tests of register imports: 九江市 · 永修县 · 涂埠镇 with two villages that
 * are not poor villages, so that no check or exit of the other tests ever picks them. Its officials are created as a
 * restart creates them (county-360425-office, password demo).
 */
public final class ImportTestCounty {

  public static final String COUNTY = "360425";
  public static final String TOWNSHIP = "360425100";
  public static final String VILLAGE = "360425100201";
  public static final String SECOND_VILLAGE = "360425100202";
  /** A county of its own for the large import (瑞昌市 · 南义镇 · 南义村), so that the other tests' files stay small. */
  public static final String LARGE_COUNTY = "360481";
  public static final String LARGE_VILLAGE = "360481100201";
  public static final String LARGE_OFFICE = "county-" + LARGE_COUNTY + "-office";
  public static final String OFFICE = "county-" + COUNTY + "-office";

  private ImportTestCounty() {}

  public static synchronized void ensure(JdbcClient jdbc, OfficialAccessSetup access, DemoSetup demo) {
    if (jdbc.sql("select count(*) from county where code = ?").param(COUNTY).query(Integer.class).single() > 0) {
      TestPlans.planEverything(jdbc);
      return;
    }
    jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, '360400', '永修县', null, 'NOT_POOR')")
        .param(COUNTY).update();
    jdbc.sql("insert into township (code, county_code, name) values (?, ?, '涂埠镇')").params(TOWNSHIP, COUNTY).update();
    village(jdbc, VILLAGE, "燕坊村");
    village(jdbc, SECOND_VILLAGE, "新华村");
    jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, '360400', '瑞昌市', null, 'NOT_POOR')")
        .param(LARGE_COUNTY).update();
    jdbc.sql("insert into township (code, county_code, name) values ('360481100', ?, '南义镇')").param(LARGE_COUNTY).update();
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '360481100', '南义村', 200000, 'NOT_POOR')")
        .param(LARGE_VILLAGE).update();
    access.synchronise();
    demo.createOfficials();
    TestPlans.planEverything(jdbc);
  }

  private static void village(JdbcClient jdbc, String code, String name) {
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, 200000, 'NOT_POOR')")
        .params(code, TOWNSHIP, name).update();
  }
}
