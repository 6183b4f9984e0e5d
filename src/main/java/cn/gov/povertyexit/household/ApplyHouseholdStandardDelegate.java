package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 对照退出标准评定 (survey) and 对照退出标准复核 (home verification, where the team is checked first): applies the standard to the facts the survey or the home verification recorded and
 * writes the verdict, criterion by criterion, for the next forms and for the register's trail.
 */
@Component
public class ApplyHouseholdStandardDelegate implements JavaDelegate {

  /** The step after the township's home verification, which must have been made by a full team. */
  static final String VERIFIED_STANDARD_STEP = "Activity_ApplyVerifiedStandard";

  private final HouseholdExitStandard standard;
  private final VerificationTeamCheck teamCheck;

  public ApplyHouseholdStandardDelegate(HouseholdExitStandard standard, VerificationTeamCheck teamCheck) {
    this.standard = standard;
    this.teamCheck = teamCheck;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (VERIFIED_STANDARD_STEP.equals(execution.getCurrentActivityId())) {
      teamCheck.requireFullTeam(execution);
    }
    HouseholdFacts facts = factsOf(execution);
    StandardVerdict verdict = standard.assess(facts, CaseVariables.integer(execution, EXIT_YEAR, "退出年度"),
        CaseVariables.text(execution, COUNTY_CODE, "县"), CaseVariables.text(execution, PROVINCE_CODE, "省"));
    List<Map<String, Object>> rows = verdict.results().stream().map(result -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("criterion", result.criterion().name());
      row.put("name", result.name());
      row.put("result", result.passed() ? "达标" : "未达标");
      row.put("reason", result.reason());
      return row;
    }).toList();
    execution.setVariable(STANDARD_MET, verdict.met());
    execution.setVariable(STANDARD_CRITERIA, SpinValues.jsonValue(Spin.JSON(rows).toString()).create());
    execution.setVariable(STANDARD_SUMMARY, verdict.results().stream()
        .map(result -> (result.passed() ? "✔ " : "✘ ") + result.name() + "：" + result.reason())
        .collect(Collectors.joining("\n")));
    if (!verdict.met()) {
      execution.setVariable(FAILURE_REASON, execution.getCurrentActivityName() + "未达标：" + verdict.failureReasons());
    }
  }

  /** The facts as entered in the survey or verification form; impossible values refuse the step. */
  static HouseholdFacts factsOf(DelegateExecution execution) {
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
