package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 设区市扶贫开发领导小组审核 (seed 000 七): the city passes the county's version, which then waits for the city's own plan
 * to carry it to the province, or returns it with its reason to the county leading group.
 */
@Component
public class RecordCityPlanReviewDelegate implements JavaDelegate {

  private final ExitPlans plans;

  RecordCityPlanReviewDelegate(ExitPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
    PlanDecision decision = PlanDecision.read(execution, CITY_PASSED, CITY_OPINION, CITY_RETURN_REASON);
    if (decision.passed()) {
      plans.decide(planId, PlanStatus.CITY_PASSED, "CITY", CurrentActor.of(execution), decision.opinion());
      return;
    }
    plans.decide(planId, PlanStatus.RETURNED, "CITY", CurrentActor.of(execution), decision.reason());
    execution.setVariable(RETURN_REASON, "设区市扶贫开发领导小组审核退回：" + decision.reason());
    // the next round's decision must give its own reason
    execution.removeVariable(CITY_RETURN_REASON);
  }
}
