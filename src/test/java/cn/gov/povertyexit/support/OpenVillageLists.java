package cn.gov.povertyexit.support;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Tests of one shared database that hold a village's meeting first end the lists an earlier test left waiting for
 * theirs in the same village and year (a refused meeting stays open on purpose), with the cases on them: a new
 * household would otherwise join that list, and the meeting would have to decide the earlier test's households too.
 */
public final class OpenVillageLists {

  /** Every province's village list model; each waits for its meeting at the same activity. */
  private static final String[] LIST_MODELS = {
      "villageHouseholdExitList", "villageHouseholdExitListHunan", "villageHouseholdExitListHeilongjiang"};

  private OpenVillageLists() {}

  public static void end(RuntimeService runtime, String villageCode, int year) {
    for (ProcessInstance list : runtime.createProcessInstanceQuery().processDefinitionKeyIn(LIST_MODELS)
        .variableValueEquals("villageCode", villageCode).variableValueEquals("exitYear", year)
        .activityIdIn("Activity_AppraisalMeeting").list()) {
      if (runtime.getVariable(list.getId(), "appraisalList") instanceof SpinJsonNode members) {
        for (SpinJsonNode member : members.elements()) {
          String caseId = member.prop("processInstanceId").stringValue();
          if (runtime.createProcessInstanceQuery().processInstanceId(caseId).count() > 0) {
            runtime.deleteProcessInstance(caseId, "test clean-up: a list left open by an earlier test");
          }
        }
      }
      runtime.deleteProcessInstance(list.getId(), "test clean-up: a list left open by an earlier test");
    }
  }
}
