package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.county.CountyRecords;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * 县扶贫开发领导小组编制（修订）退出规划及年度计划 (seed 000 七): opens the county's next version, listing to begin with
 * what its approved version lists, so that a revision names only what it changes. One version of a county is in
 * preparation or review at a time.
 */
@Component
public class OpenCountyPlanDelegate implements JavaDelegate {

  private final CountyRecords counties;
  private final ExitPlans plans;
  private final ExitPolicy policy;
  private final PlanCaseData caseData;

  OpenCountyPlanDelegate(CountyRecords counties, ExitPlans plans, ExitPolicy policy, PlanCaseData caseData) {
    this.counties = counties;
    this.plans = plans;
    this.policy = policy;
    this.caseData = caseData;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CaseVariables.text(execution, COUNTY_CODE, "县级行政区划代码");
    int year = CaseVariables.integer(execution, PLAN_YEAR, "计划年度");
    CountyRecords.County county = JurisdictionGuard.findWithin(
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(), counties.find(code),
        found -> code, Set.of(OfficialRole.LEADING_GROUP), "您的辖区内没有代码为 " + code + " 的县");
    // a year outside the policy's years has no standard the plan's subjects could be measured by
    policy.nationalPovertyLine(year);
    long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(COUNTY_PLAN_KEY).processInstanceBusinessKeyLike(code + "-plan-%").count();
    if (running > 0) {
      throw new CaseRefusedException(county.name() + "的退出规划已有一个版本正在编制或报批，待其批准或退回后再发起修订");
    }
    Optional<ExitPlans.Version> approved = plans.approved(ExitPlans.COUNTY, code);
    ExitPlans.Version draft;
    try {
      draft = plans.openDraft(ExitPlans.COUNTY, code, year, execution.getProcessInstanceId(), CurrentActor.of(execution),
          approved);
    } catch (DuplicateKeyException lostRace) {
      throw new CaseRefusedException(county.name() + "的退出规划刚由他人发起了新版本，请刷新后查看");
    }
    execution.setProcessBusinessKey(code + "-plan-" + draft.version());
    execution.setVariable(PLAN_YEAR, year);
    execution.setVariable(COUNTY_NAME, county.name());
    execution.setVariable(CITY_CODE, county.cityCode());
    execution.setVariable(PROVINCE_CODE, county.provinceCode());
    execution.setVariable(REVISION, approved.isPresent());
    caseData.loadVersion(execution, draft);
  }
}
