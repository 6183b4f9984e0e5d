package cn.gov.povertyexit.errors;

import cn.gov.povertyexit.support.TestPlans;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Households of the bad-input suite alone: 竹坪村 (修水县宁州镇) numbered from 0301, each meeting the standard (two
 * adults, incomes well above the line, insured, house rated A, safe water). The last two exited in 2017, a year whose
 * county spot check no other test starts. The village's rural population grows by far more than their members, so
 * that 修水县's incidence stays where the county-exit tests expect it.
 */
final class BadInputRegister {

  static final String VILLAGE = "360424101201";
  static final int HOUSEHOLDS = 12;
  static final int EXIT_YEAR_OF_CHECK = 2017;
  private static final int FIRST_NUMBER = 301;

  private BadInputRegister() {}

  /** Household {@code n}: 1–10 poor, 11–12 exited in 2017. */
  static String household(int n) {
    return VILLAGE + String.format("%04d", FIRST_NUMBER - 1 + n);
  }

  static synchronized void ensure(JdbcClient jdbc, StatusRegister register) {
    if (jdbc.sql("select count(*) from household where id = ?").param(household(1)).query(Integer.class).single() > 0) {
      TestPlans.planEverything(jdbc);
      return;
    }
    jdbc.sql("update village set rural_population = rural_population + 2000 where code = ?").param(VILLAGE).update();
    for (int n = 1; n <= HOUSEHOLDS; n++) {
      insert(jdbc, household(n), n);
    }
    for (int n = HOUSEHOLDS - 1; n <= HOUSEHOLDS; n++) {
      String id = household(n);
      register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-360424-office", null, EXIT_YEAR_OF_CHECK + "年度预退出（测试准备）"));
      register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
          new ChangeContext("county-360424-government", null, EXIT_YEAR_OF_CHECK + "年度脱贫退出（测试准备）"));
      jdbc.sql("update household set exit_year = ? where id = ?").params(EXIT_YEAR_OF_CHECK, id).update();
    }
    TestPlans.planEverything(jdbc);
  }

  private static void insert(JdbcClient jdbc, String id, int number) {
    jdbc.sql("""
            insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                   food_clothing_secure, registered_on)
            values (?, ?, ?, 'POOR', 'NONE', 'A', true, true, ?)""")
        .params(id, VILLAGE, "户主" + id.substring(12), Date.valueOf(LocalDate.of(2015, 10, 1)))
        .update();
    for (int member = 1; member <= 2; member++) {
      jdbc.sql("""
              insert into household_member (household_id, name, national_id, relation, birth_date, schooling, health,
                  serious_illness_assisted, medical_insurance_enrolled, labour_ability)
              values (?, ?, ?, ?, ?, 'FINISHED', 'HEALTHY', true, true, 'ORDINARY')""")
          .params(id, "成员" + number + "-" + member, "3604241970" + id.substring(12) + member + "009",
              member == 1 ? "HEAD" : "SPOUSE", Date.valueOf(LocalDate.of(1970, 3, member))).update();
    }
    for (int year = 2016; year <= 2020; year++) {
      jdbc.sql("""
              insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                            property_income, transfer_income)
              values (?, ?, 9000, 2000, 500, 0, 800)""").params(id, year).update();
    }
  }
}
