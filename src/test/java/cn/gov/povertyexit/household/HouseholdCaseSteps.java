package cn.gov.povertyexit.household;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
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

  /** The committee's meeting of the household's list agrees to every household of the list that meets the standard. */
  public void agreeInAppraisal(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_AwaitAppraisal");
    ProcessInstance list = listOf(exit);
    assertThat(list).isWaitingAt("Activity_AppraisalMeeting").task()
        .hasCandidateGroup("village-" + villageOf(exit) + "-committee");
    holdMeeting(list, candidatesOf(list), "");
  }

  /** The committee's one meeting: the households agreed, and the refused ones with their reasons, one a line. */
  public void holdMeeting(ProcessInstance list, List<String> agreed, String refused) {
    Map<String, Object> meeting = new HashMap<>();
    meeting.put("appraisalDate", yearOf(list) + "-11-20");
    meeting.put("appraisalAttendance", 23L);
    meeting.put("noticePostingPlace", "本村村务公开栏");
    meeting.put("agreedHouseholds", SpinValues.jsonValue(Spin.JSON(agreed).toString()).create());
    meeting.put("refusedHouseholds", refused);
    complete(task(list), meeting);
  }

  /** The notice the household is on ends: its list's period, or its own after an objection. */
  public void passNotice(ProcessInstance exit) {
    ProcessInstance notice = noticeOf(exit);
    if (notice != null) {
      assertThat(notice).isWaitingAt("Gateway_AwaitNoticeOutcome");
      execute(engine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult());
      assertThat(notice).isEnded().hasPassed("Event_NoticePassed");
      return;
    }
    ProcessInstance list = listOf(exit);
    execute(engine.getManagementService().createJobQuery().processInstanceId(list.getId()).singleResult());
  }

  /**
   * The township's home verification: with no findings the household's list is confirmed as surveyed; with findings
   * the list sends it to its own verification, where the findings are entered.
   */
  public void verifyAtHome(ProcessInstance exit, Map<String, Object> findings) {
    if (engine.getRuntimeService().createExecutionQuery().processInstanceId(exit.getId())
        .activityId("Activity_AwaitTownshipListVerification").count() > 0) {
      ProcessInstance list = listOf(exit);
      assertThat(list).isWaitingAt("Activity_TownshipListVerification").task()
          .hasCandidateGroup("township-" + villageOf(exit).substring(0, 9) + "-government");
      String household = (String) engine.getRuntimeService().getVariable(exit.getId(), "householdId");
      List<String> others = new java.util.ArrayList<>(candidatesOf(list, "verificationCandidates"));
      others.remove(household);
      List<String> confirmed = findings.isEmpty() ? candidatesOf(list, "verificationCandidates") : others;
      List<String> corrected = findings.isEmpty() ? List.of() : List.of(household);
      verifyList(list, confirmed, corrected);
      if (findings.isEmpty()) {
        return;
      }
    }
    assertThat(exit).isWaitingAt("Activity_TownshipVerification").task()
        .hasCandidateGroup("township-" + villageOf(exit).substring(0, 9) + "-government");
    Map<String, Object> variables = new HashMap<>(findings);
    variables.put("verifiers", team("王伟", "李娜", "张敏"));
    variables.put("verificationDate", yearOf(exit) + "-12-01");
    complete(task(exit), variables);
  }

  /** The township's one verification of a village's list. */
  public void verifyList(ProcessInstance list, List<String> confirmed, List<String> corrected) {
    complete(task(list), Map.of("verifiers", "王伟 义宁镇扶贫办主任\n李娜 义宁镇民政所所长\n张敏 驻村第一书记",
        "verificationDate", yearOf(list) + "-12-01", "secondNoticePostingPlace", "本村村务公开栏",
        "confirmedHouseholds", SpinValues.jsonValue(Spin.JSON(confirmed).toString()).create(),
        "householdsToCorrect", SpinValues.jsonValue(Spin.JSON(corrected).toString()).create()));
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

  /** The village list the household was last put on. */
  public ProcessInstance listOf(ProcessInstance exit) {
    String listId = (String) engine.getRuntimeService().getVariable(exit.getId(), "villageListInstance");
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(listId).singleResult();
  }

  public List<String> candidatesOf(ProcessInstance list) {
    return candidatesOf(list, "appraisalCandidates");
  }

  public List<String> candidatesOfVerification(ProcessInstance list) {
    return candidatesOf(list, "verificationCandidates");
  }

  private List<String> candidatesOf(ProcessInstance list, String variable) {
    org.camunda.spin.json.SpinJsonNode options =
        (org.camunda.spin.json.SpinJsonNode) engine.getRuntimeService().getVariable(list.getId(), variable);
    return options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
  }

  public void registerObjection(String householdId, int year, String content) {
    engine.getRuntimeService().startProcessInstanceByKey("objectionRegistration", Map.of("householdId", householdId,
        "exitYear", year, "objectorName", "村民甲", "objectionContent", content));
  }

  /**
   * The verifiers find the objection not upheld at the given moment: the household's own notice starts a full period
   * of its own, whose timer this returns.
   */
  public org.camunda.bpm.engine.runtime.Job objectionNotUpheldAt(ProcessInstance notice, java.time.Instant decidedAt,
      String findings) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(decidedAt));
    complete(task(notice), withVariables("objectionFindings", findings, "objectionUpheld", false));
    return engine.getManagementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
  }

  /** The household's own notice, after an objection or a correction; null while it is on its list's notice. */
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
