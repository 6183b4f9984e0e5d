package cn.gov.povertyexit.support;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Register entries beyond the demo, for the province variants and for tests that need a place of their own: a
 * village of 黑龙江省 (seed 004) and one of 湖南省 (seed 003), each with households that meet the standard (2 adults,
 * incomes well above the 2020 line, insured, house rated A, safe water) except where a test says otherwise, and two
 * villages without households. 逊克县 is a national key county, 南岳区 a province-designated one. Synthetic, like the demo.
 */
public final class OtherProvinceRegister {

  public static final String HEILONGJIANG_VILLAGE = "231123100201";
  public static final String HUNAN_VILLAGE = "430412100201";
  /** A poor village added to 义宁镇 of the demo county 修水县, with no registered household. */
  public static final String EXTRA_JIANGXI_VILLAGE = "360424100203";
  /** A second poor village of 逊克县, with no registered household. */
  public static final String SECOND_HEILONGJIANG_VILLAGE = "231123100202";

  private OtherProvinceRegister() {}

  public static synchronized void ensure(JdbcClient jdbc) {
    // its own village, not the province: HeilongjiangTasklistRegister may have added 黑龙江省 to the same register
    if (jdbc.sql("select count(*) from village where code = ?").param(HEILONGJIANG_VILLAGE).query(Integer.class).single() > 0) {
      TestPlans.planEverything(jdbc);
      return;
    }
    jurisdiction(jdbc, "230000", "黑龙江省", "231100", "黑河市", "231123", "逊克县", "NATIONAL_KEY", "231123100", "奇克镇",
        HEILONGJIANG_VILLAGE, "新兴村");
    jurisdiction(jdbc, "430000", "湖南省", "430400", "衡阳市", "430412", "南岳区", "PROVINCE_DESIGNATED", "430412100", "南岳镇",
        HUNAN_VILLAGE, "白龙潭村");
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '231123100', '红星村', 900, 'POOR_VILLAGE')")
        .param(SECOND_HEILONGJIANG_VILLAGE).update();
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '360424100', '上坪村', 1100, 'POOR_VILLAGE')")
        .param(EXTRA_JIANGXI_VILLAGE).update();
    for (int series : new int[] {3, 4, 5}) {
      for (int number = 1; number <= 15; number++) {
        jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '231123100', ?, 1000, 'POOR_VILLAGE')")
            .params(checkVillage(series, number), "抽查村" + series + "-" + number).update();
      }
    }
    for (int number = 1; number <= 12; number++) {
      household(jdbc, HEILONGJIANG_VILLAGE, number, number != 2);
      household(jdbc, HUNAN_VILLAGE, number, true);
    }
    TestPlans.planEverything(jdbc);
  }

  /** Poor villages of 逊克县 without households, for the city's spot checks: series 3, 4 and 5, numbers 1–15. */
  public static String checkVillage(int series, int number) {
    return "231123100" + series + String.format("%02d", number);
  }

  public static String household(String village, int number) {
    return village + String.format("%04d", number);
  }

  private static void jurisdiction(JdbcClient jdbc, String province, String provinceName, String city, String cityName,
      String county, String countyName, String countyClass, String township, String townshipName, String village,
      String villageName) {
    if (absent(jdbc, "province", province)) {
      jdbc.sql("insert into province (code, name) values (?, ?)").params(province, provinceName).update();
    }
    if (absent(jdbc, "city", city)) {
      jdbc.sql("insert into city (code, province_code, name) values (?, ?, ?)").params(city, province, cityName).update();
    }
    if (absent(jdbc, "county", county)) {
      jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, ?, ?, ?, 'POOR_COUNTY')")
          .params(county, city, countyName, countyClass).update();
    }
    if (absent(jdbc, "township", township)) {
      jdbc.sql("insert into township (code, county_code, name) values (?, ?, ?)").params(township, county, townshipName).update();
    }
    jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, 1500, 'POOR_VILLAGE')")
        .params(village, township, villageName).update();
  }

  private static boolean absent(JdbcClient jdbc, String table, String code) {
    return jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Integer.class).single() == 0;
  }

  /** @param safeWater household 2 of the Heilongjiang village lacks safe drinking water, a criterion there */
  private static void household(JdbcClient jdbc, String village, int number, boolean safeWater) {
    String id = household(village, number);
    jdbc.sql("""
            insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                   food_clothing_secure, registered_on)
            values (?, ?, ?, 'POOR', 'NONE', 'A', ?, true, ?)""")
        .params(id, village, "户主" + number, safeWater, Date.valueOf(LocalDate.of(2015, 10, 1))).update();
    for (int member = 1; member <= 2; member++) {
      jdbc.sql("""
              insert into household_member (household_id, name, national_id, relation, birth_date, schooling, health,
                  serious_illness_assisted, medical_insurance_enrolled, labour_ability)
              values (?, ?, ?, ?, ?, 'FINISHED', 'HEALTHY', true, true, 'ORDINARY')""")
          .params(id, "成员" + number + "-" + member, village.substring(0, 6) + "1970010" + String.format("%02d%02d", number, member) + "X",
              member == 1 ? "HEAD" : "SPOUSE", Date.valueOf(LocalDate.of(1970, 1, member))).update();
    }
    jdbc.sql("""
            insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                          property_income, transfer_income)
            values (?, 2020, 9000, 2000, 500, 0, 800)""").param(id).update();
  }
}
