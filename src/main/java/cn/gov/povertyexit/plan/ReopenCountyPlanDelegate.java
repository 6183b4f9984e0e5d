package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a return, the county redrafts in a new version that starts from the returned one; the returned version stays
 * as it was sent, with its reason (修订…保留每一版).
 */
@Component
public class ReopenCountyPlanDelegate implements JavaDelegate {

  private final ExitPlans plans;
  private final PlanCaseData caseData;

  ReopenCountyPlanDelegate(ExitPlans plans, PlanCaseData caseData) {
    this.plans = plans;
    this.caseData = caseData;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExitPlans.Version returned = plans.byId(((Number) execution.getVariable(PLAN_ID)).longValue()).orElseThrow();
    ExitPlans.Version draft = plans.openDraft(ExitPlans.COUNTY, returned.placeCode(), returned.planYear(),
        execution.getProcessInstanceId(), CurrentActor.of(execution), Optional.of(returned));
    caseData.loadVersion(execution, draft);
  }
}
