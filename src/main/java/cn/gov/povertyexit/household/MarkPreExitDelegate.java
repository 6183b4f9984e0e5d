package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.plan.PlanSelection;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.RegisterException;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 在建档立卡系统内作预退出处理: checks the household, that the county's approved plan lists it for the year and that it
 * has no case for the year yet, marks it 预退出
 * and loads what the following forms show. Anything wrong refuses the start, and nothing is kept.
 */
@Component
public class MarkPreExitDelegate implements JavaDelegate {

  private final HouseholdRecords records;
  private final StatusRegister register;
  private final ExitPolicy policy;
  private final HouseholdCaseData caseData;
  private final HouseholdExitStandard standard;
  private final PlanSelection planSelection;

  public MarkPreExitDelegate(HouseholdRecords records, StatusRegister register, ExitPolicy policy,
      HouseholdCaseData caseData, HouseholdExitStandard standard, PlanSelection planSelection) {
    this.records = records;
    this.register = register;
    this.policy = policy;
    this.caseData = caseData;
    this.standard = standard;
    this.planSelection = planSelection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, HOUSEHOLD_ID, "户编号");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "退出年度");
    // a year without a national line is refused before the household is looked up, whatever its standard
    policy.nationalPovertyLine(year);
    HouseholdRecord household = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        records.find(householdId, year), found -> found.place().villageCode(),
        Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.GOVERNMENT), "您的辖区内没有户编号为 " + householdId + " 的贫困户");
    // the survey form compares the per-capita income it computes as the team types with the household's own line
    execution.setVariable(POVERTY_LINE, standard.povertyLine(household.povertyStandard(), year,
        household.place().provinceCode()).doubleValue());

    String businessKey = businessKey(householdId, year);
    long existing = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey).count();
    if (existing > 0) {
      throw new CaseRefusedException("户编号 " + householdId + " 的" + year + "年度退出案件已经存在，不能重复发起");
    }
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable(EXIT_YEAR, year);
    try {
      register.changeStatus(SubjectType.HOUSEHOLD, householdId, HouseholdStatus.PRE_EXIT,
          new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(), year + "年度预退出对象"));
    } catch (RegisterException refused) {
      throw new CaseRefusedException(refused.getMessage());
    }
    // after the register's own refusals, which say more; a refusal here undoes the status change with the start
    planSelection.requireHousehold(household.place().countyCode(), household.place().countyName(), householdId, year);
    execution.setVariable(YEAR_END_SURVEY_DATE, policy.yearEndSurveyStart(year, household.place().provinceCode()));
    execution.setVariable(PROCEDURE_VARIANT, policy.province(household.place().provinceCode()).procedureVariant().name());
    caseData.load(execution, household, year);
  }
}
