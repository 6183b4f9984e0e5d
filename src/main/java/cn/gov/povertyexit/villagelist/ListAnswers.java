package cn.gov.povertyexit.villagelist;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** Answers one household case of a list, if it still waits for this answer. */
final class ListAnswers {

  private ListAnswers() {}

  /** True if the household was waiting and has been answered; false if it has left the list's step. */
  static boolean answer(RuntimeService runtime, ListMember member, String message, Map<String, Object> variables) {
    return !runtime.createMessageCorrelation(message).processInstanceId(member.processInstanceId())
        .setVariables(variables).correlateAllWithResult().isEmpty();
  }
}
