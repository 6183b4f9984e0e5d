package cn.gov.povertyexit.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * New households 未脱贫 for tests that need one no other test of the shared register has touched: a copy of a
 * template household's facts (members, incomes, housing, 低保) under a new id in 青山村 (都昌县), numbered from 9000.
 */
public final class FreshHouseholds {

  /** 东岭村's household 0001, which meets the household standard. */
  public static final String MEETS_THE_STANDARD = "3604241002010001";
  public static final String VILLAGE = "360428101202";
  private static final AtomicInteger SERIAL = new AtomicInteger(9000);

  private FreshHouseholds() {}

  public static synchronized String copyOf(JdbcClient jdbc, String templateId) {
    String id = VILLAGE + SERIAL.getAndIncrement();
    while (jdbc.sql("select count(*) from household where id = ?").param(id).query(Integer.class).single() > 0) {
      id = VILLAGE + SERIAL.getAndIncrement();
    }
    jdbc.sql("""
            insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                   food_clothing_secure, registered_on)
            select ?, ?, head_name, 'POOR', dibao, housing_rating, drinking_water_safe, food_clothing_secure, registered_on
            from household where id = ?""")
        .params(id, VILLAGE, templateId).update();
    jdbc.sql("""
            insert into household_member (household_id, name, national_id, relation, birth_date, schooling, dropout_reason,
                                          health, serious_illness_assisted, medical_insurance_enrolled, labour_ability)
            select ?, name, 'T' || ? || (row_number() over (order by id) % 10), relation, birth_date, schooling,
                   dropout_reason, health, serious_illness_assisted, medical_insurance_enrolled, labour_ability
            from household_member where household_id = ?""")
        .params(id, id, templateId).update();
    jdbc.sql("""
            insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                          property_income, transfer_income)
            select ?, income_year, wage_income, business_income, business_costs, property_income, transfer_income
            from household_income where household_id = ?""")
        .params(id, templateId).update();
    return id;
  }
}
