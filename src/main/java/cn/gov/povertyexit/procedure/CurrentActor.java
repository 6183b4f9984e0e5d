package cn.gov.povertyexit.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in a process step: the logged-in official, or the engine itself for timers and jobs. */
public final class CurrentActor {

  public static final String ENGINE = "system";

  private CurrentActor() {}

  public static String of(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? ENGINE : authentication.getUserId();
  }
}
