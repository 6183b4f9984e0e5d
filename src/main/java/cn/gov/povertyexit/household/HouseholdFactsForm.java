package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the indicators of the survey, home verification and assessment forms (the same fields in each). */
public final class HouseholdFactsForm {

  private HouseholdFactsForm() {}

  /** The facts as entered in the form; impossible values refuse the step with the field's Chinese name. */
  public static HouseholdFacts read(VariableScope execution) {
    try {
      return new HouseholdFacts(
          CaseVariables.integer(execution, MEMBER_COUNT, "家庭人口数"),
          CaseVariables.decimal(execution, WAGE_INCOME, "工资性收入"),
          CaseVariables.decimal(execution, BUSINESS_INCOME, "生产经营性收入"),
          CaseVariables.decimal(execution, BUSINESS_COSTS, "生产经营费用支出"),
          CaseVariables.decimal(execution, PROPERTY_INCOME, "财产性收入"),
          CaseVariables.decimal(execution, TRANSFER_INCOME, "转移性收入"),
          CaseVariables.choice(execution, DIBAO, "低保情况", DibaoStatus.class),
          CaseVariables.flag(execution, FOOD_CLOTHING_SECURE, "吃穿不愁"),
          CaseVariables.integer(execution, CHILDREN_OUT_OF_SCHOOL, "义务教育阶段辍学人数"),
          CaseVariables.integer(execution, UNINSURED_MEMBERS, "未参加基本医疗保险人数"),
          CaseVariables.integer(execution, SERIOUS_ILLNESS_UNASSISTED, "大病未得到救治人数"),
          CaseVariables.choice(execution, HOUSING_RATING, "住房安全等级", HousingRating.class),
          CaseVariables.flag(execution, DRINKING_WATER_SAFE, "饮水安全"));
    } catch (IllegalArgumentException impossible) {
      throw new CaseRefusedException(impossible.getMessage());
    }
  }
}
