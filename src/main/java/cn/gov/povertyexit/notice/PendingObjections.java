package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.deployment.UsableInModels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** For the notice model: {@code ${pendingObjections.any(execution)}} — are objections of this notice still to be verified? */
@Component("pendingObjections")
@UsableInModels
public class PendingObjections {

  public boolean any(DelegateExecution execution) {
    return !ObjectionQueue.read(execution.getProcessInstance()).isEmpty();
  }
}
