package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts a household's register data into its case: where it lives (for addressing tasks and tenants), the members
 * as a read-only table for the forms, and the survey's starting values.
 */
@Component
public class HouseholdCaseData {

  private static final Map<String, String> RELATIONS = Map.of("HEAD", "户主", "SPOUSE", "配偶", "CHILD", "子女",
      "PARENT", "父母", "GRANDCHILD", "孙子女", "OTHER", "其他");
  private static final Map<String, String> SCHOOLING = Map.of("PRESCHOOL", "学龄前", "IN_SCHOOL", "在校生",
      "DROPPED_OUT", "辍学", "FINISHED", "已完成学业", "NONE", "未上学");
  private static final Map<String, String> DROPOUT_REASONS = Map.of("POVERTY", "因贫", "ILLNESS", "因病",
      "DISABILITY", "残疾", "INTELLECTUAL", "智力障碍", "OTHER", "其他");
  private static final Map<String, String> HEALTH = Map.of("HEALTHY", "健康", "CHRONIC", "长期慢性病",
      "SERIOUS", "大病", "DISABLED", "残疾");
  private static final Map<String, String> LABOUR = Map.of("SKILLED", "技能劳动力", "ORDINARY", "普通劳动力",
      "WEAK", "弱劳动力或半劳动力", "NONE", "无劳动力");

  public void load(VariableScope scope, HouseholdRecord household, int year) {
    HouseholdRecord.Place place = household.place();
    scope.setVariable(HEAD_NAME, household.headName());
    scope.setVariable(VILLAGE_CODE, place.villageCode());
    scope.setVariable(VILLAGE_NAME, place.villageName());
    scope.setVariable(TOWNSHIP_CODE, place.townshipCode());
    scope.setVariable(TOWNSHIP_NAME, place.townshipName());
    scope.setVariable(COUNTY_CODE, place.countyCode());
    scope.setVariable(COUNTY_NAME, place.countyName());
    scope.setVariable(CITY_CODE, place.cityCode());
    scope.setVariable(PROVINCE_CODE, place.provinceCode());
    scope.setVariable(MEMBERS, membersTable(household, year));
    loadFacts(scope, household, year);
  }

  /**
   * For one household's check visit (third-party assessment, spot check, re-verification): where the household lives
   * and its members, on the visit's own scope so that parallel visits keep theirs; and the register's facts as the
   * values the checker confirms or corrects, in the variables the visit declares for its findings.
   */
  public void loadForVisit(VariableScope visit, HouseholdRecord household, int year) {
    HouseholdRecord.Place place = household.place();
    visit.setVariableLocal(COUNTY_NAME, place.countyName());
    visit.setVariableLocal(VILLAGE_NAME, place.villageName());
    visit.setVariableLocal(TOWNSHIP_NAME, place.townshipName());
    visit.setVariableLocal(HOUSEHOLD_ADDRESS, place.countyName() + place.townshipName() + place.villageName());
    visit.setVariableLocal(MEMBERS, membersTable(household, year));
    loadFacts(visit, household, year);
  }

  private static Object membersTable(HouseholdRecord household, int year) {
    return SpinValues.jsonValue(Spin.JSON(members(household, year)).toString()).create();
  }

  private static void loadFacts(VariableScope scope, HouseholdRecord household, int year) {
    HouseholdRecord.Income income = household.income();
    scope.setVariable(MEMBER_COUNT, household.members().size());
    scope.setVariable(WAGE_INCOME, income.wages().doubleValue());
    scope.setVariable(BUSINESS_INCOME, income.business().doubleValue());
    scope.setVariable(BUSINESS_COSTS, income.businessCosts().doubleValue());
    scope.setVariable(PROPERTY_INCOME, income.property().doubleValue());
    scope.setVariable(TRANSFER_INCOME, income.transfers().doubleValue());
    scope.setVariable(DIBAO, household.dibao().name());
    scope.setVariable(FOOD_CLOTHING_SECURE, household.foodClothingSecure());
    scope.setVariable(CHILDREN_OUT_OF_SCHOOL, household.childrenOutOfSchool(year));
    scope.setVariable(UNINSURED_MEMBERS, household.uninsuredMembers());
    scope.setVariable(SERIOUS_ILLNESS_UNASSISTED, household.seriousIllnessUnassisted());
    scope.setVariable(HOUSING_RATING, household.housingRating().name());
    scope.setVariable(DRINKING_WATER_SAFE, household.drinkingWaterSafe());
  }

  private static List<Map<String, Object>> members(HouseholdRecord household, int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    return household.members().stream().map(member -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", member.name());
      row.put("relation", RELATIONS.getOrDefault(member.relation(), member.relation()));
      row.put("age", member.ageAt(yearEnd));
      String schooling = SCHOOLING.getOrDefault(member.schooling(), member.schooling());
      row.put("schooling", member.dropoutReason() == null ? schooling
          : schooling + "（" + DROPOUT_REASONS.getOrDefault(member.dropoutReason(), member.dropoutReason()) + "）");
      row.put("health", HEALTH.getOrDefault(member.health(), member.health()));
      row.put("insured", member.medicalInsuranceEnrolled() ? "已参保" : "未参保");
      row.put("labour", LABOUR.getOrDefault(member.labourAbility(), member.labourAbility()));
      return row;
    }).toList();
  }
}
