package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 设区市在此基础上，制定设区市的退出规划 (seed 000 七): the city's plan is drafted on the county versions it passed for the
 * year; opens the city's next version and lists them for the city leading group.
 */
@Component
public class CollectCountyPlansDelegate implements JavaDelegate {

  private final ExitPlans plans;
  private final JdbcClient jdbc;
  private final PlanCaseData caseData;

  CollectCountyPlansDelegate(ExitPlans plans, JdbcClient jdbc, PlanCaseData caseData) {
    this.plans = plans;
    this.jdbc = jdbc;
    this.caseData = caseData;
  }

  record City(String code, String name, String provinceCode) {}

  @Override
  public void execute(DelegateExecution execution) {
    String code = CaseVariables.text(execution, CITY_CODE, "设区市代码");
    int year = CaseVariables.integer(execution, PLAN_YEAR, "计划年度");
    City city = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        jdbc.sql("select code, name, province_code from city where code = ?").param(code)
            .query((row, n) -> new City(row.getString(1).trim(), row.getString(2), row.getString(3).trim())).optional(),
        found -> code, Set.of(OfficialRole.LEADING_GROUP), "您的辖区内没有代码为 " + code + " 的设区市");
    long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CITY_PLAN_KEY).processInstanceBusinessKeyLike(code + "-plan-%").count();
    if (running > 0) {
      throw new CaseRefusedException(city.name() + "的退出规划已有一个版本正在报省审批");
    }
    List<ExitPlans.Version> passed = plans.passedCountyPlans(code, year);
    if (passed.isEmpty()) {
      throw new CaseRefusedException(city.name() + "尚无设区市审核通过、待报省审批的" + year + "年度县级退出规划");
    }
    ExitPlans.Version draft;
    try {
      draft = plans.openDraft(ExitPlans.CITY, code, year, execution.getProcessInstanceId(), CurrentActor.of(execution),
          plans.approved(ExitPlans.CITY, code));
    } catch (DuplicateKeyException lostRace) {
      throw new CaseRefusedException(city.name() + "的退出规划刚由他人发起了新版本，请刷新后查看");
    }
    execution.setProcessBusinessKey(code + "-plan-" + draft.version());
    execution.setVariable(PLAN_YEAR, year);
    execution.setVariable(CITY_NAME, city.name());
    execution.setVariable(PROVINCE_CODE, city.provinceCode());
    execution.setVariable(CITY_PLAN_ID, draft.id());
    execution.setVariable(PLAN_VERSION, draft.version());
    if (draft.situation() != null) {
      execution.setVariable(CITY_SITUATION, draft.situation());
      execution.setVariable(CITY_MEASURES, draft.measures());
    }
    execution.setVariable(COUNTY_PLANS, String.join("\n", passed.stream().map(version ->
        jdbc.sql("select name from county where code = ?").param(version.placeCode()).query(String.class).single()
            + "：" + caseData.summary(version) + (version.countyExitYear() == null ? "" : "；计划" + version.countyExitYear() + "年摘帽"))
        .toList()));
    execution.setVariable("carriedCountyPlanIds", PlanCaseData.json(passed.stream().map(ExitPlans.Version::id).toList()));
  }
}
