package cn.gov.povertyexit.deployment;

import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment that would reach beyond the procedure (engine services, scripts, foreign classes): nothing is deployed. */
public class ModelRefusedException extends BadUserRequestException {
  public ModelRefusedException(String message) {
    super(message);
  }
}
