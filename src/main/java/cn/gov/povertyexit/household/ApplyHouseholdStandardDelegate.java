package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.registerdata.VerifiedFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import cn.gov.povertyexit.dossier.DossierRecorder;
import cn.gov.povertyexit.dossier.DossierStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 对照退出标准评定 (survey) and 对照退出标准复核 (home verification, where the team is checked first): applies the standard to the facts the survey or the home verification recorded and
 * writes the verdict, criterion by criterion, for the next forms and for the register's trail. The facts a township's
 * home verification recorded are the register's from then on: they are written back in the same step.
 */
@Component
public class ApplyHouseholdStandardDelegate implements JavaDelegate {

  /**
   * Input parameter of the step after a township's home verification: that verification must have been made by a
   * full team, and the facts it recorded become the register's.
   */
  static final String TOWNSHIP_VERIFICATION = "townshipVerification";

  private final HouseholdExitStandard standard;
  private final VerificationTeamCheck teamCheck;
  private final VerifiedFacts verifiedFacts;
  private final DossierRecorder dossier;

  public ApplyHouseholdStandardDelegate(HouseholdExitStandard standard, VerificationTeamCheck teamCheck,
      VerifiedFacts verifiedFacts, DossierRecorder dossier) {
    this.dossier = dossier;
    this.standard = standard;
    this.teamCheck = teamCheck;
    this.verifiedFacts = verifiedFacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean townshipVerification = Boolean.parseBoolean(String.valueOf(execution.getVariableLocal(TOWNSHIP_VERIFICATION)));
    if (townshipVerification) {
      teamCheck.requireFullTeam(execution);
    }
    HouseholdFacts facts = HouseholdFactsForm.read(execution);
    StandardVerdict verdict = standard.assess(CaseVariables.text(execution, HOUSEHOLD_ID, "户编号"), facts,
        CaseVariables.integer(execution, EXIT_YEAR, "退出年度"),
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
    dossier.recordSystemStep(execution, verdict.results().stream()
        .map(result -> new DossierStep.Entry(result.name(), (result.passed() ? "达标：" : "未达标：") + result.reason()))
        .toList());
    if (!verdict.met()) {
      execution.setVariable(FAILURE_REASON, execution.getCurrentActivityName() + "未达标：" + verdict.failureReasons());
    }
    if (townshipVerification) {
      verifiedFacts.record(CaseVariables.text(execution, HOUSEHOLD_ID, "户编号"),
          CaseVariables.integer(execution, EXIT_YEAR, "退出年度"), facts, CurrentActor.of(execution),
          execution.getProcessInstanceId(), "乡镇单独入户核实");
    }
  }
}
