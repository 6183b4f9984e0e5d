package cn.gov.povertyexit.support;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Places of their own for the tests of the city's household check and the province's check of exited villages (seed
 * 000 八), on whichever shared register the test uses: 吉安市 (360800) with 遂川县 and 万安县, and 抚州市 (361000) with 乐安县 and
 * 广昌县, all of 江西省. Each county has one township, a village for households ({@link #householdVillage}, 3,000 rural
 * people, never exited as a village) and {@link #villageCount} poor villages of 5,000 people without households
 * (incidence 0%) for the village checks. No other test uses these places. Synthetic, like the demo: names and codes are
 * real places, the villages the test's.
 */
public final class SpotCheckTestCities {

  public static final String JIAN = "360800";
  public static final String SUICHUAN = "360827";
  public static final String WANAN = "360828";
  public static final String FUZHOU = "361000";
  public static final String LEAN = "361025";
  public static final String GUANGCHANG = "361030";
  private static final List<String> FIRST = List.of("上", "下", "东", "西", "新", "高");
  private static final List<String> SECOND = List.of("坪", "坑", "岭", "塘", "田");

  private SpotCheckTestCities() {}

  public static synchronized void ensure(JdbcClient jdbc) {
    insertIfAbsent(jdbc, "province", "360000", "insert into province (code, name) values (?, '江西省')", "360000");
    insertIfAbsent(jdbc, "city", JIAN, "insert into city (code, province_code, name) values (?, '360000', '吉安市')", JIAN);
    insertIfAbsent(jdbc, "city", FUZHOU, "insert into city (code, province_code, name) values (?, '360000', '抚州市')", FUZHOU);
    county(jdbc, SUICHUAN, JIAN, "遂川县", "泉江镇");
    county(jdbc, WANAN, JIAN, "万安县", "芙蓉镇");
    county(jdbc, LEAN, FUZHOU, "乐安县", "鳌溪镇");
    county(jdbc, GUANGCHANG, FUZHOU, "广昌县", "旴江镇");
  }

  /** The village of the county's test households (户编号 = this code + 4 digits). */
  public static String householdVillage(String county) {
    return county + "100301";
  }

  /** How many villages each county has for the village checks: 广昌县 30, the others 25. */
  public static int villageCount(String county) {
    return county.equals(GUANGCHANG) ? 30 : 25;
  }

  /** The county's villages for the village checks, 1 to {@link #villageCount}. */
  public static List<String> checkVillages(String county) {
    return IntStream.rangeClosed(1, villageCount(county)).mapToObj(n -> county + "100" + (200 + n)).toList();
  }

  private static void county(JdbcClient jdbc, String code, String city, String name, String townshipName) {
    insertIfAbsent(jdbc, "county", code,
        "insert into county (code, city_code, name, county_class, status) values (?, ?, ?, 'NATIONAL_KEY', 'POOR_COUNTY')",
        code, city, name);
    insertIfAbsent(jdbc, "township", code + "100", "insert into township (code, county_code, name) values (?, ?, ?)",
        code + "100", code, townshipName);
    insertIfAbsent(jdbc, "village", householdVillage(code),
        "insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, 3000, 'POOR_VILLAGE')",
        householdVillage(code), code + "100", townshipName.substring(0, 2) + "村");
    List<String> villages = checkVillages(code);
    for (int i = 0; i < villages.size(); i++) {
      insertIfAbsent(jdbc, "village", villages.get(i),
          "insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, 5000, 'POOR_VILLAGE')",
          villages.get(i), code + "100", FIRST.get(i / SECOND.size()) + SECOND.get(i % SECOND.size()) + "村");
    }
  }

  private static void insertIfAbsent(JdbcClient jdbc, String table, String code, String insert, Object... values) {
    if (jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Integer.class).single() == 0) {
      jdbc.sql(insert).params(values).update();
    }
  }
}
