package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.PLAN_ID;
import static cn.gov.povertyexit.plan.PlanVariables.PLAN_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the county leading group's 编制退出规划及年度计划 opens, its summary says what the villages have just listed — once,
 * after all of them, rather than as each village completes (their completions may run at the same moment).
 */
@Component
public class PlanSummaryListener implements TaskListener {

  private final ExitPlans plans;
  private final PlanCaseData caseData;

  PlanSummaryListener(ExitPlans plans, PlanCaseData caseData) {
    this.plans = plans;
    this.caseData = caseData;
  }

  @Override
  public void notify(DelegateTask task) {
    long planId = ((Number) task.getVariable(PLAN_ID)).longValue();
    task.getExecution().setVariable(PLAN_SUMMARY, caseData.summary(plans.byId(planId).orElseThrow()));
  }
}
