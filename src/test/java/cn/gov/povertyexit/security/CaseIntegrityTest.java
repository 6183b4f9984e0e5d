package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.support.HouseholdCases;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The security suite: officials attack the case integrity through {@code /engine-rest} as Tasklist and Modeler
 * call it (HTTP Basic), and each test asserts the refusal and that nothing changed — the register (status and
 * trail), the case (activities, variables, tenant, tasks) and the counts of instances and deployments.
 */
@Tag(CaseIntegrityTest.TAG)
abstract class CaseIntegrityTest extends PostgresApplicationTest {

  static final String TAG = "case-integrity";
  static final int YEAR = 2020;
  static final String XIUSHUI_OFFICE = "county-360424-office";
  static final String ANALYST = "province-360000-analyst";

  @Autowired protected JdbcClient jdbc;
  @Autowired protected StatusRegister register;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected ManagementService managementService;

  @BeforeEach
  void ensureOwnRegisterEntries() {
    SecurityTestRegister.ensure(jdbc, register);
  }

  protected RestApi admin() {
    return restAs("admin", ADMIN_PASSWORD);
  }

  // ---- the register, read straight from its tables

  /** A subject's status and the number of rows of its trail. */
  record RegisterEntry(String status, long trailRows) {}

  protected RegisterEntry household(String id) {
    return entry("household", "id", "HOUSEHOLD", id);
  }

  protected RegisterEntry village(String code) {
    return entry("village", "code", "VILLAGE", code);
  }

  protected RegisterEntry county(String code) {
    return entry("county", "code", "COUNTY", code);
  }

  private RegisterEntry entry(String table, String key, String subjectType, String id) {
    String status = jdbc.sql("select status from " + table + " where " + key + " = ?").param(id).query(String.class).single();
    long trail = jdbc.sql("select count(*) from status_change where subject_type = ? and subject_id = ?")
        .params(subjectType, id).query(Long.class).single();
    return new RegisterEntry(status, trail);
  }

  // ---- the process state, as the administrator sees it

  /** What an official would notice of a case: where it stands, what it holds, whose it is, who works on it. */
  record CaseState(boolean exists, boolean suspended, String tenantId, String businessKey, List<String> activities,
      Map<String, JsonNode> variables, Map<String, String> tasks) {}

  protected CaseState caseState(String processInstanceId) {
    RestApi admin = admin();
    RestApi.Response instance = admin.get("/process-instance/" + processInstanceId);
    if (instance.status() == 404) {
      return new CaseState(false, false, null, null, List.of(), Map.of(), Map.of());
    }
    JsonNode body = instance.json();
    List<String> activities = new ArrayList<>();
    collectActivities(admin.get("/process-instance/" + processInstanceId + "/activity-instances").json(), activities);
    activities.sort(String::compareTo);
    Map<String, JsonNode> variables = new TreeMap<>();
    admin.get("/process-instance/" + processInstanceId + "/variables?deserializeValues=false").json().fields()
        .forEachRemaining(field -> variables.put(field.getKey(), field.getValue()));
    Map<String, String> tasks = new TreeMap<>();
    for (JsonNode task : admin.get("/task?processInstanceId=" + processInstanceId).json()) {
      tasks.put(task.get("id").asText(), task.get("taskDefinitionKey").asText() + " / "
          + (task.get("assignee").isNull() ? "-" : task.get("assignee").asText()));
    }
    return new CaseState(true, body.get("suspended").asBoolean(), text(body, "tenantId"), text(body, "businessKey"),
        activities, variables, tasks);
  }

  private static void collectActivities(JsonNode activityInstance, List<String> activities) {
    for (JsonNode child : activityInstance.path("childActivityInstances")) {
      activities.add(child.get("activityId").asText());
      collectActivities(child, activities);
    }
    for (JsonNode transition : activityInstance.path("childTransitionInstances")) {
      activities.add(transition.get("activityId").asText());
    }
  }

  private static String text(JsonNode node, String field) {
    return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
  }

  /** A count answered by the administrator, e.g. {@code /process-instance/count?processDefinitionKey=householdExit}. */
  protected long count(String path) {
    RestApi.Response response = admin().get(path);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    return response.json().get("count").asLong();
  }

  // ---- walking a household case of 2020 as the officials of its place do

  static String officeOf(String householdId) {
    return "county-" + householdId.substring(0, 6) + "-office";
  }

  static String workTeamOf(String householdId) {
    return "village-" + householdId.substring(0, 12) + "-workteam";
  }

  static String committeeOf(String householdId) {
    return "village-" + householdId.substring(0, 12) + "-committee";
  }

  static String townshipOf(String householdId) {
    return "township-" + householdId.substring(0, 9) + "-government";
  }

  protected String startHouseholdCase(String householdId) {
    RestApi.Response started = restAs(officeOf(householdId)).post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(householdId), "exitYear", integer(YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** The single task the official sees in the case (the job executor may still be opening it). */
  protected String onlyTaskOf(RestApi official, String processInstanceId) {
    JsonNode tasks = waitForTasks(official, processInstanceId);
    assertThat(tasks).as("tasks of " + processInstanceId).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** Started, and waiting at 年终摸底调查 for the work team. */
  protected String caseAtSurvey(String householdId) {
    String exit = startHouseholdCase(householdId);
    onlyTaskOf(restAs(workTeamOf(householdId)), exit);
    return exit;
  }

  /**
   * Surveyed (register data confirmed unchanged) and put on its village's list, whose 召开民主评议会 waits for the
   * committee: the list's id, where the committee's task is.
   */
  protected String caseAtAppraisal(String householdId) {
    String exit = caseAtSurvey(householdId);
    cn.gov.povertyexit.support.OpenVillageLists.end(runtimeService, householdId.substring(0, 12), YEAR);
    completeOnlyTask(restAs(workTeamOf(householdId)), exit, Map.of());
    String list = listOf(exit);
    onlyTaskOf(restAs(committeeOf(householdId)), list);
    return list;
  }

  /** The village list the household case was last put on (waiting for the step to put it there). */
  protected String listOf(String exit) {
    return HouseholdCases.listOf(runtimeService, exit);
  }

  /** The household case of a list's household (by the list's only or first household). */
  protected String caseOf(String householdId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("householdExit")
        .processInstanceBusinessKey(householdId + "-" + YEAR).singleResult().getId();
  }

  /** Appraised at its village's meeting, on the village's notice: the household case's id. */
  protected String caseInVillageNotice(String householdId) {
    String list = caseAtAppraisal(householdId);
    completeOnlyTask(restAs(committeeOf(householdId)), list, appraisal(list));
    String exit = caseOf(householdId);
    noticeOf(exit);
    return exit;
  }

  /** Through both notices and the township's verification: waiting for the county's answer. */
  protected String caseAwaitingCountyDecision(String householdId) {
    String exit = caseInVillageNotice(householdId);
    passNotice(exit);
    String list = listOf(exit);
    completeOnlyTask(restAs(townshipOf(householdId)), list, Map.of("verificationDate", string("2020-12-01"),
        "verifiers", string("刘洋 镇扶贫办主任\n陈静 村支书\n黄磊 驻村第一书记"),
        "secondNoticePostingPlace", string("本村村务公开栏"), "confirmedHouseholds", json(candidates(list, "verificationCandidates"))));
    passNotice(exit);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!caseState(exit).activities().contains("Activity_AwaitCountyDecision") && Instant.now().isBefore(deadline)) {
      pause(250);
    }
    assertThat(caseState(exit).activities()).containsExactly("Activity_AwaitCountyDecision");
    return exit;
  }

  /** The committee's meeting of a list: every household meeting the standard agreed. */
  protected Map<String, Object> appraisal(String list) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("appraisalDate", string("2020-11-20"));
    fields.put("appraisalAttendance", longValue(27));
    fields.put("noticePostingPlace", string("本村村务公开栏"));
    fields.put("agreedHouseholds", json(candidates(list, "appraisalCandidates")));
    return fields;
  }

  /** The 户编号 a list's checklist offers, as a JSON array. */
  protected String candidates(String list, String options) {
    return org.camunda.spin.Spin.JSON(HouseholdCases.candidates(runtimeService, list, options)).toString();
  }

  /** The notice the case is on: its village list's, or its own after an objection. */
  protected String noticeOf(String caseId) {
    return HouseholdCases.noticeOf(runtimeService, managementService, caseId);
  }

  /** The seven days of the notice pass without objection: its timer fires. */
  protected void passNotice(String caseId) {
    String notice = noticeOf(caseId);
    Job timer = managementService.createJobQuery().processInstanceId(notice).timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  // ---- what a refusal looks like

  /** The status, and a JSON body whose message is Chinese. */
  protected static String assertRefused(RestApi.Response response, int status) {
    assertThat(response.status()).as("status, body: " + response.body()).isEqualTo(status);
    String message = response.json().path("message").asText("");
    assertThat(message).as("message of " + response.body()).containsPattern("\\p{IsHan}");
    return message;
  }

  /** 400 with a Chinese message naming the field: its key or its Chinese label. */
  protected static String assertRefusedNaming(RestApi.Response response, String key, String... labels) {
    String message = assertRefused(response, 400);
    List<String> names = new ArrayList<>(List.of(labels));
    names.add(key);
    assertThat(names).as("the message names the field " + key + ": " + message).anyMatch(message::contains);
    return message;
  }

  /** What the call answered, to describe the state assertions that precede the refusal's: the symptom of a hole. */
  protected static String answered(RestApi.Response response) {
    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
    return "after the call answered " + response.status() + (body.isEmpty() ? "" : " " + (body.length() > 300
        ? body.substring(0, 300) + "…" : body));
  }

  /** Cleans up after a hole that let the call through, so that the following tests find the database as before. */
  protected void deleteIfStarted(RestApi.Response response) {
    if (response.status() == 200 && response.json().hasNonNull("id")) {
      admin().delete("/process-instance/" + response.json().get("id").asText() + "?skipCustomListeners=true&skipIoMappings=true");
    }
  }
}
