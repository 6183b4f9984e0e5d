package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.ListChoices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 设区市的退出规划报省扶贫开发领导小组 (seed 000 七): the city's version goes up carrying the county versions it passed. */
@Component
public class SubmitCityPlanDelegate implements JavaDelegate {

  private final ExitPlans plans;

  SubmitCityPlanDelegate(ExitPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cityPlanId = ((Number) execution.getVariable(CITY_PLAN_ID)).longValue();
    String situation = CaseVariables.text(execution, CITY_SITUATION, "全市贫困现状");
    String measures = CaseVariables.text(execution, CITY_MEASURES, "主要扶持措施");
    if (situation.length() > 4000 || measures.length() > 4000) {
      throw new CaseRefusedException("贫困现状和主要扶持措施各不能超过4000字");
    }
    plans.submit(cityPlanId, situation, measures, null, PlanStatus.PROVINCE_REVIEW);
    for (String id : ListChoices.ids(execution.getVariable("carriedCountyPlanIds"))) {
      plans.carry(Long.parseLong(id), cityPlanId);
    }
  }
}
