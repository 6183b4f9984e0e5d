package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.registry.RegisterClock;
import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.registerdata.VerifiedFacts;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an admitted household to the register in the transaction of the county's approval: a new household with
 * its members and the surveyed year's income, status 未脱贫 and its first trail entry; a fallen-back household's
 * status 已脱贫 → 返贫 with the facts its survey found. Every record written gets a trail entry naming the case.
 */
@Component
public class InclusionRegister {


  private final JdbcClient jdbc;
  private final StatusRegister register;
  private final VerifiedFacts verifiedFacts;

  public InclusionRegister(JdbcClient jdbc, StatusRegister register, VerifiedFacts verifiedFacts) {
    this.jdbc = jdbc;
    this.register = register;
    this.verifiedFacts = verifiedFacts;
  }

  public void registerNew(String householdId, String villageCode, String headName, int year, HouseholdFacts facts,
      List<MemberLine> members, ChangeContext context) {
    Timestamp now = RegisterClock.now();
    jdbc.sql("""
            insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                   food_clothing_secure, registered_on)
            values (?, ?, ?, 'POOR', ?, ?, ?, ?, ?)""")
        .params(householdId, villageCode, headName, facts.dibao().name(), facts.housingRating().name(),
            facts.drinkingWaterSafe(), facts.foodClothingSecure(), now.toLocalDateTime().toLocalDate())
        .update();
    trail("HOUSEHOLD", householdId, householdId, "新识别纳入：户主" + headName + "，家庭人口" + members.size() + "人", now, context);
    for (MemberLine member : members) {
      // the survey counts the uninsured and the untreated over the household, not per member
      jdbc.sql("""
              insert into household_member (household_id, name, national_id, relation, birth_date, schooling,
                                            dropout_reason, health, serious_illness_assisted,
                                            medical_insurance_enrolled, labour_ability)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(householdId, member.name(), member.nationalId(), member.relation(), member.birthDate(),
              member.schooling(), member.dropoutReason(), member.health(), facts.seriousIllnessUnassisted() == 0,
              facts.uninsuredMembers() == 0, member.labourAbility())
          .update();
      trail("MEMBER", member.nationalId(), householdId, "新识别纳入：家庭成员" + member.name(), now, context);
    }
    jdbc.sql("""
            insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                          property_income, transfer_income) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(householdId, year, facts.wageIncome(), facts.businessIncome(), facts.businessCosts(),
            facts.propertyIncome(), facts.transferIncome())
        .update();
    trail("INCOME", householdId + "-" + year, householdId, "新识别纳入：" + year + "年收入", now, context);
    register.recordRegistration(SubjectType.HOUSEHOLD, householdId, HouseholdStatus.POOR, context);
  }

  /** Members typed for a new household who are already on the register, with the household they belong to. */
  public List<String> alreadyRegistered(List<MemberLine> members) {
    List<String> found = new java.util.ArrayList<>();
    for (MemberLine member : members) {
      jdbc.sql("select household_id from household_member where national_id = ?").param(member.nationalId())
          .query(String.class).optional()
          .ifPresent(household -> found.add("第" + member.line() + "行" + member.name() + "的身份证号已登记在户编号 "
              + household.trim() + " 中"));
    }
    return found;
  }

  public void registerReturn(String householdId, int year, HouseholdFacts facts, ChangeContext context) {
    register.changeStatus(SubjectType.HOUSEHOLD, householdId, HouseholdStatus.RETURNED, context);
    verifiedFacts.record(householdId, year, facts, context.actor(), context.processInstanceId(), "返贫入户调查");
  }

  private void trail(String subjectType, String subjectId, String householdId, String details, Timestamp now,
      ChangeContext context) {
    jdbc.sql("""
            insert into register_change (subject_type, subject_id, household_id, change_kind, details, changed_at, actor,
                                         process_instance_id)
            values (?, ?, ?, 'CREATED', ?, ?, ?, ?)""")
        .params(subjectType, subjectId, householdId, details, now, context.actor(),
            context.processInstanceId())
        .update();
  }
}
