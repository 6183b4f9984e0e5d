package cn.gov.povertyexit.support;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Households a test class adds to the shared test register for itself, so that no other test of the same database
 * takes them first: each meets the standard (two adults, incomes well above the 2020 line, insured, house rated A,
 * safe water). The village's rural population grows by far more than their members, so that village and county
 * incidence stay as the other tests expect.
 */
public final class TestHouseholds {

  private TestHouseholds() {}

  /** Households {@code first}…{@code first + count - 1} of the village (numbered as 户编号 = village code + 4 digits). */
  public static synchronized void ensure(JdbcClient jdbc, String villageCode, int first, int count) {
    if (jdbc.sql("select count(*) from household where id = ?").param(id(villageCode, first)).query(Integer.class).single() > 0) {
      TestPlans.planEverything(jdbc);
      return;
    }
    jdbc.sql("update village set rural_population = rural_population + ? where code = ?")
        .params(count * 250, villageCode).update();
    for (int n = first; n < first + count; n++) {
      insertPoor(jdbc, id(villageCode, n), n);
    }
    TestPlans.planEverything(jdbc);
  }

  public static String id(String villageCode, int number) {
    return villageCode + String.format("%04d", number);
  }

  /** One household on the register as 未脱贫, with two members and its incomes of 2016 to 2020. */
  public static void insertPoor(JdbcClient jdbc, String id, int number) {
    jdbc.sql("""
            insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                   food_clothing_secure, registered_on)
            values (?, ?, ?, 'POOR', 'NONE', 'A', true, true, ?)""")
        .params(id, id.substring(0, 12), "户主" + id.substring(12), Date.valueOf(LocalDate.of(2015, 10, 1)))
        .update();
    for (int member = 1; member <= 2; member++) {
      jdbc.sql("""
              insert into household_member (household_id, name, national_id, relation, birth_date, schooling, health,
                  serious_illness_assisted, medical_insurance_enrolled, labour_ability)
              values (?, ?, ?, ?, ?, 'FINISHED', 'HEALTHY', true, true, 'ORDINARY')""")
          .params(id, "成员" + number + "-" + member,
              id.substring(0, 6) + "1966" + id.charAt(11) + id.substring(13) + member + "00X",
              member == 1 ? "HEAD" : "SPOUSE", Date.valueOf(LocalDate.of(1966, 9, member))).update();
    }
    for (int year = 2016; year <= 2020; year++) {
      jdbc.sql("""
              insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                            property_income, transfer_income)
              values (?, ?, 9000, 2000, 500, 0, 800)""").params(id, year).update();
    }
  }
}
