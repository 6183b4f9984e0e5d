package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 省扶贫开发领导小组将对市、县的贫困退出规划进行审批 (seed 000 七): approved, the city's version and every county version it
 * carries become their places' approved plans (the earlier approved ones kept as superseded), and from then on the
 * counties' procedures take their subjects from them; returned, each county's case goes back to its leading group with
 * the province's reason, and the city sends a new version once its counties have passed again.
 */
@Component
public class RecordProvincePlanDecisionDelegate implements JavaDelegate {

  private final ExitPlans plans;

  RecordProvincePlanDecisionDelegate(ExitPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long cityPlanId = ((Number) execution.getVariable(CITY_PLAN_ID)).longValue();
    PlanDecision decision = PlanDecision.read(execution, PROVINCE_APPROVED, PROVINCE_OPINION, PROVINCE_RETURN_REASON);
    String actor = CurrentActor.of(execution);
    if (decision.passed()) {
      plans.approve(cityPlanId, actor, decision.opinion());
    } else {
      plans.decide(cityPlanId, PlanStatus.RETURNED, "PROVINCE", actor, decision.reason());
    }
    for (ExitPlans.Version county : plans.carriedBy(cityPlanId)) {
      if (decision.passed()) {
        plans.approve(county.id(), actor, decision.opinion());
      } else {
        plans.decide(county.id(), PlanStatus.RETURNED, "PROVINCE", actor, decision.reason());
      }
      var correlation = execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(PROVINCE_DECISION_MESSAGE).processInstanceId(county.processInstanceId())
          .setVariable(PROVINCE_APPROVED, decision.passed());
      if (!decision.passed()) {
        correlation.setVariable(RETURN_REASON, "省扶贫开发领导小组审批退回：" + decision.reason());
      }
      correlation.correlateWithResult();
    }
  }
}
