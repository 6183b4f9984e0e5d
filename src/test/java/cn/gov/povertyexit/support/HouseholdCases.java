package cn.gov.povertyexit.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Where a household case stands beside its village's list, for tests that walk cases over REST while the job executor
 * runs: the list it is on, the options of the list's checklists, and the notice it is on.
 */
public final class HouseholdCases {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private HouseholdCases() {}

  /** The village list the case was last put on, once the step has put it there. */
  public static String listOf(RuntimeService runtime, String caseId) {
    Instant deadline = Instant.now().plus(PATIENCE);
    Object list = runtime.getVariable(caseId, "villageListInstance");
    while (list == null && Instant.now().isBefore(deadline)) {
      pause();
      list = runtime.getVariable(caseId, "villageListInstance");
    }
    if (list == null) {
      throw new AssertionError("no list for " + caseId);
    }
    return list.toString();
  }

  /** The 户编号 a list's checklist offers (appraisalCandidates, verificationCandidates). */
  public static List<String> candidates(RuntimeService runtime, String listId, String options) {
    SpinJsonNode values = (SpinJsonNode) runtime.getVariable(listId, options);
    return values.elements().stream().map(option -> option.prop("value").stringValue()).toList();
  }

  /**
   * The notice the case is on: its village list's while on the list's notice, else its own (after an objection or
   * its own verification), once it waits for its period or verifies an objection.
   */
  public static String noticeOf(RuntimeService runtime, ManagementService management, String caseId) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      boolean onListNotice = runtime.createProcessInstanceQuery().processInstanceId(caseId)
          .activityIdIn("Activity_InVillageListNotice", "Activity_InSecondListNotice").count() > 0;
      ProcessInstance own = runtime.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
      String notice = onListNotice ? (String) runtime.getVariable(caseId, "villageListInstance")
          : own == null ? null : own.getId();
      if (notice != null && (management.createJobQuery().processInstanceId(notice).timers().count() > 0
          || runtime.createExecutionQuery().processInstanceId(notice).activityId("Activity_VerifyObjection").count() > 0)) {
        return notice;
      }
      pause();
    }
    throw new AssertionError("no notice of " + caseId);
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
