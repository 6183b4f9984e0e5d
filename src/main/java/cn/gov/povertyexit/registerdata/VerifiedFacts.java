package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.registry.RegisterClock;
import cn.gov.povertyexit.household.HouseholdFacts;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the facts a township's home verification accepted back to the register (seed 000 五(1) "录入信息档案"; issue
 * of dynamic management, 001 二): the household's 低保, housing, water and food, and its income of the year, in the
 * transaction of the verification step. What changed is kept in the trail with its earlier value and the case; a
 * verification that confirms the register changes nothing. Member counts are facts about people the form does not
 * name one by one, so they stay as registered.
 */
@Repository
public class VerifiedFacts {


  private final JdbcClient jdbc;

  public VerifiedFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return what changed, as the trail states it; empty when the register already held these facts */
  public List<String> record(String householdId, int year, HouseholdFacts facts, String actor, String caseId,
      String step) {
    List<String> written = new ArrayList<>();
    Timestamp now = RegisterClock.now();
    household(householdId, facts).ifPresent(details -> {
      jdbc.sql("""
              update household set dibao = ?, housing_rating = ?, drinking_water_safe = ?, food_clothing_secure = ?
              where id = ?""")
          .params(facts.dibao().name(), facts.housingRating().name(), facts.drinkingWaterSafe(),
              facts.foodClothingSecure(), householdId).update();
      trail("HOUSEHOLD", householdId, householdId, "CHANGED", step + "：" + details, now, actor, caseId);
      written.add(details);
    });
    income(householdId, year, facts).ifPresent(details -> {
      boolean created = details.startsWith("新增");
      jdbc.sql(created ? """
              insert into household_income (wage_income, business_income, business_costs, property_income,
                                            transfer_income, household_id, income_year) values (?, ?, ?, ?, ?, ?, ?)"""
              : """
              update household_income set wage_income = ?, business_income = ?, business_costs = ?,
                     property_income = ?, transfer_income = ? where household_id = ? and income_year = ?""")
          .params(facts.wageIncome(), facts.businessIncome(), facts.businessCosts(), facts.propertyIncome(),
              facts.transferIncome(), householdId, year).update();
      trail("INCOME", householdId + "-" + year, householdId, created ? "CREATED" : "CHANGED", step + "：" + details,
          now, actor, caseId);
      written.add(details);
    });
    return written;
  }

  private Optional<String> household(String householdId, HouseholdFacts facts) {
    return jdbc.sql("""
            select dibao, housing_rating, drinking_water_safe, food_clothing_secure from household where id = ?""")
        .param(householdId)
        .query((rs, n) -> {
          List<String> changed = new ArrayList<>();
          compare(changed, "低保五保", RegisterCodes.DIBAO.labelOf(rs.getString(1)), RegisterCodes.DIBAO.labelOf(facts.dibao().name()));
          compare(changed, "住房安全等级", rs.getString(2).trim(), facts.housingRating().name());
          compare(changed, "饮水安全", RegisterRows.yesNo(rs.getBoolean(3)), RegisterRows.yesNo(facts.drinkingWaterSafe()));
          compare(changed, "吃穿不愁", RegisterRows.yesNo(rs.getBoolean(4)), RegisterRows.yesNo(facts.foodClothingSecure()));
          return String.join("；", changed);
        })
        .optional().filter(details -> !details.isEmpty());
  }

  private Optional<String> income(String householdId, int year, HouseholdFacts facts) {
    List<BigDecimal> verified = List.of(facts.wageIncome(), facts.businessIncome(), facts.businessCosts(),
        facts.propertyIncome(), facts.transferIncome());
    Optional<List<BigDecimal>> registered = jdbc.sql("""
            select wage_income, business_income, business_costs, property_income, transfer_income
            from household_income where household_id = ? and income_year = ?""")
        .params(householdId, year)
        .query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5)))
        .optional();
    if (registered.isEmpty()) {
      return Optional.of("新增" + year + "年收入");
    }
    List<String> changed = new ArrayList<>();
    List<String> names = RegisterSheet.INCOMES.headers().subList(ImportColumns.INCOME_FIRST_AMOUNT,
        ImportColumns.INCOME_LAST_AMOUNT + 1);
    for (int i = 0; i < names.size(); i++) {
      compare(changed, year + "年" + names.get(i), RegisterRows.amount(registered.get().get(i)),
          RegisterRows.amount(verified.get(i).setScale(2, java.math.RoundingMode.HALF_UP)));
    }
    return changed.isEmpty() ? Optional.empty() : Optional.of(String.join("；", changed));
  }

  private static void compare(List<String> changed, String name, String registered, String verified) {
    if (!registered.equals(verified)) {
      changed.add(name + "：" + registered + " → " + verified);
    }
  }

  private void trail(String subjectType, String subjectId, String householdId, String kind, String details,
      Timestamp at, String actor, String caseId) {
    jdbc.sql("""
            insert into register_change (subject_type, subject_id, household_id, change_kind, details, changed_at, actor,
                                         process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(subjectType, subjectId, householdId, kind, details.length() <= 4000 ? details : details.substring(0, 3999),
            at, actor, caseId).update();
  }
}
