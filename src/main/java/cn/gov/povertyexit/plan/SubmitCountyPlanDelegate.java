package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.ListChoices;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 以县扶贫开发领导小组的名义报设区市扶贫开发领导小组审核 (seed 000 七): the county's 贫困现状, 主要扶持措施, the villages it
 * plans to exit in the year and — for a poor county — its planned exit year go into the version, which goes to the
 * city. The households are those the villages listed.
 */
@Component
public class SubmitCountyPlanDelegate implements JavaDelegate {

  private final ExitPlans plans;
  private final JdbcClient jdbc;
  private final ExitPolicy policy;
  private final PlanCaseData caseData;

  SubmitCountyPlanDelegate(ExitPlans plans, JdbcClient jdbc, ExitPolicy policy, PlanCaseData caseData) {
    this.plans = plans;
    this.jdbc = jdbc;
    this.policy = policy;
    this.caseData = caseData;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
    ExitPlans.Version version = plans.byId(planId).orElseThrow();
    String situation = bounded(CaseVariables.text(execution, SITUATION, "贫困现状"), "贫困现状");
    String measures = bounded(CaseVariables.text(execution, MEASURES, "主要扶持措施"), "主要扶持措施");
    Set<String> villages = ListChoices.ids(execution.getVariable(PLANNED_VILLAGES));
    for (String code : villages) {
      boolean poorVillageOfCounty = jdbc.sql("""
              select count(*) from village v join township t on t.code = v.township_code
               where v.code = ? and t.county_code = ? and v.status = 'POOR_VILLAGE'""")
          .params(code, version.placeCode()).query(Integer.class).single() > 0;
      if (!poorVillageOfCounty) {
        throw new CaseRefusedException("代码 " + code + " 不是本县的贫困村，不能列入退出规划");
      }
    }
    Integer countyExitYear = countyExitYear(execution, version);
    plans.replaceVillages(planId, version.planYear(), villages, CurrentActor.of(execution));
    plans.submit(planId, situation, measures, countyExitYear, PlanStatus.CITY_REVIEW);
    execution.setVariable(PLAN_SUMMARY, caseData.summary(plans.byId(planId).orElseThrow()));
    execution.removeVariable(RETURN_REASON);
  }

  private Integer countyExitYear(DelegateExecution execution, ExitPlans.Version version) {
    Object given = execution.getVariable(COUNTY_EXIT_YEAR);
    if (given == null || given.toString().isBlank()) {
      return null;
    }
    String status = jdbc.sql("select status from county where code = ?").param(version.placeCode())
        .query(String.class).single();
    if (!"POOR_COUNTY".equals(status)) {
      throw new CaseRefusedException("本县不是贫困县，退出规划不列摘帽年度");
    }
    int year = CaseVariables.integer(execution, COUNTY_EXIT_YEAR, "计划摘帽年度");
    // the county's exit is measured by the standards of its year: a year without them cannot be planned
    policy.nationalPovertyLine(year);
    return year;
  }

  private static String bounded(String text, String label) {
    if (text.length() > 4000) {
      throw new CaseRefusedException(label + "不能超过4000字");
    }
    return text;
  }
}
