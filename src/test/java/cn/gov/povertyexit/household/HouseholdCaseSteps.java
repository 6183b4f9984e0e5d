package cn.gov.povertyexit.household;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;

/** The steps of a household case as the officials complete them, for tests that walk cases through the procedure. */
public class HouseholdCaseSteps {

  private final ProcessEngine engine;

  public HouseholdCaseSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessInstance startCase(String householdId, int year) {
    return engine.getRuntimeService().startProcessInstanceByKey("householdExit",
        Map.of("householdId", householdId, "exitYear", year));
  }

  /** The year-end timer fires and the work team confirms the register's data unchanged. */
  public void passSurvey(ProcessInstance exit) {
    execute(job(exit));
    assertThat(exit).isWaitingAt("Activity_YearEndSurvey").task()
        .hasCandidateGroup("village-" + villageOf(exit) + "-workteam");
    complete(task(exit));
  }

  public void agreeInAppraisal(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_DemocraticAppraisal").task()
        .hasCandidateGroup("village-" + villageOf(exit) + "-committee");
    complete(task(exit), withVariables("appraisalDate", yearOf(exit) + "-11-20", "appraisalAttendance", 23L,
        "appraisalAgreed", true));
  }

  public void passNotice(ProcessInstance exit) {
    ProcessInstance notice = noticeOf(exit);
    assertThat(notice).isWaitingAt("Gateway_AwaitNoticeOutcome");
    execute(engine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult());
    assertThat(notice).isEnded().hasPassed("Event_NoticePassed");
  }

  public void verifyAtHome(ProcessInstance exit, Map<String, Object> findings) {
    assertThat(exit).isWaitingAt("Activity_TownshipVerification").task()
        .hasCandidateGroup("township-" + villageOf(exit).substring(0, 9) + "-government");
    Map<String, Object> variables = new HashMap<>(findings);
    variables.put("verifiers", team("王伟", "李娜", "张敏"));
    variables.put("verificationDate", yearOf(exit) + "-12-01");
    complete(task(exit), variables);
  }

  /** From the start to 报县审核: every step passed, waiting for the county's answer. */
  public ProcessInstance bringToCountyReview(String householdId, int year) {
    ProcessInstance exit = startCase(householdId, year);
    passSurvey(exit);
    agreeInAppraisal(exit);
    passNotice(exit);
    verifyAtHome(exit, Map.of());
    passNotice(exit);
    assertThat(exit).isWaitingAt("Activity_AwaitCountyDecision");
    return exit;
  }

  public void registerObjection(String householdId, int year, String content) {
    engine.getRuntimeService().startProcessInstanceByKey("objectionRegistration", Map.of("householdId", householdId,
        "exitYear", year, "objectorName", "村民甲", "objectionContent", content));
  }

  public ProcessInstance noticeOf(ProcessInstance exit) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
  }

  /** What a checker finds in a household of two that meets the standard but for the house, rated as given. */
  public static Map<String, Object> findings(String housingRating) {
    Map<String, Object> found = new HashMap<>();
    found.put("memberCount", 2L);
    found.put("wageIncome", 9000.0);
    found.put("businessIncome", 2000.0);
    found.put("businessCosts", 500.0);
    found.put("propertyIncome", 0.0);
    found.put("transferIncome", 800.0);
    found.put("dibao", "NONE");
    found.put("foodClothingSecure", true);
    found.put("childrenOutOfSchool", 0L);
    found.put("uninsuredMembers", 0L);
    found.put("seriousIllnessUnassisted", 0L);
    found.put("housingRating", housingRating);
    found.put("drinkingWaterSafe", true);
    return found;
  }

  public static Object team(String... names) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < names.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(names[i]).append("\"}");
    }
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  /** Dates of the appraisal and the home visit lie within the case's year, as the server requires. */
  private Object yearOf(ProcessInstance exit) {
    return engine.getRuntimeService().getVariable(exit.getId(), "exitYear");
  }

  private String villageOf(ProcessInstance exit) {
    return (String) engine.getRuntimeService().getVariable(exit.getId(), "villageCode");
  }
}
