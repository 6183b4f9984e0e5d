package cn.gov.povertyexit.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counties of their own for the county exit's process tests, so that each path starts from a county nobody else has
 * applied for (a county applies once; its case stays open while it is sent back): 赣州市's 于都县, 兴国县 and 宁都县
 * (national key counties, procedure of 江西省), 衡阳市's 衡山县 (province-designated, 湖南省, which runs the same county
 * procedure), and 黑河市's 嫩江县 of 黑龙江省 (a 省级贫困县, seed 004 四(三)). Each has one township and one village of
 * 5,000 rural people and no registered household (incidence 0%). Synthetic, like the demo: names and codes are real
 * places, the classes are the test's.
 */
public final class CountyExitTestCounties {

  /** 赣州市, the city of the Jiangxi test counties: not a demo place. */
  public static final String GANZHOU = "360700";
  public static final String YUDU = "360731";
  public static final String XINGGUO = "360732";
  public static final String NINGDU = "360730";
  public static final String HENGSHAN = "430423";
  public static final String NENJIANG = "231121";

  private CountyExitTestCounties() {}

  public static synchronized void ensure(JdbcClient jdbc) {
    insertIfAbsent(jdbc, "province", "360000", "insert into province (code, name) values (?, '江西省')", "360000");
    insertIfAbsent(jdbc, "province", "430000", "insert into province (code, name) values (?, '湖南省')", "430000");
    insertIfAbsent(jdbc, "province", "230000", "insert into province (code, name) values (?, '黑龙江省')", "230000");
    insertIfAbsent(jdbc, "city", "360700", "insert into city (code, province_code, name) values (?, '360000', '赣州市')", "360700");
    insertIfAbsent(jdbc, "city", "430400", "insert into city (code, province_code, name) values (?, '430000', '衡阳市')", "430400");
    insertIfAbsent(jdbc, "city", "231100", "insert into city (code, province_code, name) values (?, '230000', '黑河市')", "231100");
    county(jdbc, YUDU, "360700", "于都县", "NATIONAL_KEY", "贡江镇", "长征村");
    county(jdbc, XINGGUO, "360700", "兴国县", "NATIONAL_KEY", "潋江镇", "红军村");
    county(jdbc, NINGDU, "360700", "宁都县", "NATIONAL_KEY", "梅江镇", "东山村");
    county(jdbc, HENGSHAN, "430400", "衡山县", "PROVINCE_DESIGNATED", "开云镇", "白果村");
    county(jdbc, NENJIANG, "231100", "嫩江县", "PROVINCE_DESIGNATED", "嫩江镇", "民主村");
    TestPlans.planEverything(jdbc);
  }

  private static void county(JdbcClient jdbc, String code, String city, String name, String countyClass,
      String townshipName, String villageName) {
    insertIfAbsent(jdbc, "county", code,
        "insert into county (code, city_code, name, county_class, status) values (?, ?, ?, ?, 'POOR_COUNTY')",
        code, city, name, countyClass);
    insertIfAbsent(jdbc, "township", code + "100", "insert into township (code, county_code, name) values (?, ?, ?)",
        code + "100", code, townshipName);
    insertIfAbsent(jdbc, "village", code + "100201",
        "insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, 5000, 'POOR_VILLAGE')",
        code + "100201", code + "100", villageName);
  }

  private static void insertIfAbsent(JdbcClient jdbc, String table, String code, String insert, Object... values) {
    if (jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Integer.class).single() == 0) {
      jdbc.sql(insert).params(values).update();
    }
  }
}
