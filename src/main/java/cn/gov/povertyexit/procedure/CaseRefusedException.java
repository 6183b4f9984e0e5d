package cn.gov.povertyexit.procedure;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the procedure refuses (unknown household, duplicate case, a team of two, an objection outside a
 * notice...): the whole step is rolled back, and Tasklist or the REST client shows the Chinese message.
 */
public class CaseRefusedException extends BadUserRequestException {
  public CaseRefusedException(String message) {
    super(message);
  }
}
