package cn.gov.povertyexit.errors;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.FreshHouseholds;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refused and failed requests answer a 4xx (or a real 500) with a Chinese message, on Spring Boot's REST API and
 * on the webapps' engine API that Tasklist calls, and change nothing. Cases of 2019, each of a fresh household.
 */
class ChineseErrorResponsesIT extends PostgresApplicationTest {

  static final String VILLAGE = "360428101202";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRefuseACaseOfAnUnknownHouseholdWithItsChineseMessageOnBothEntryPoints() {
    Map<String, Object> start = startOf(VILLAGE + "9999", 2019);

    RestApi.Response rest = restAs(office(VILLAGE)).post("/process-definition/key/householdExit/start", start);
    RestApi.Response webapp = tasklist(office(VILLAGE)).engineApiPost("/process-definition/key/householdExit/start", start);

    for (RestApi.Response response : List.of(rest, webapp)) {
      assertChinese(response, 400);
      assertThat(message(response)).isEqualTo("登记册中没有户编号为 " + VILLAGE + "9999 的贫困户");
    }
  }

  @Test
  void shouldRefuseAYearWithoutAPovertyLineWith400() {
    String household = poorHousehold();
    Map<String, Object> start = startOf(household, 2030);

    RestApi.Response rest = restAs(office(household)).post("/process-definition/key/householdExit/start", start);
    RestApi.Response webapp = tasklist(office(household)).engineApiPost("/process-definition/key/householdExit/start", start);

    for (RestApi.Response response : List.of(rest, webapp)) {
      assertChinese(response, 400);
      assertThat(message(response)).startsWith("未配置2030年国家贫困标准");
    }
    assertThat(casesOf(household)).isZero();
  }

  @Test
  void shouldAnswerATaskCompletedTwiceOrUnknownWith404() {
    String household = poorHousehold();
    String caseId = startCase(household);
    String survey = onlyTask(caseId);
    RestApi workTeam = restAs(workTeam(household));
    assertThat(workTeam.post("/task/" + survey + "/complete", Map.of("variables", Map.of())).status()).isEqualTo(204);

    RestApi.Response again = workTeam.post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response webappAgain = tasklist(workTeam(household)).engineApiPost("/task/" + survey + "/complete",
        Map.of("variables", Map.of()));
    RestApi.Response unknown = workTeam.post("/task/no-such-task/complete", Map.of("variables", Map.of()));
    RestApi.Response unknownRead = workTeam.get("/task/no-such-task");

    for (RestApi.Response response : List.of(again, webappAgain, unknown, unknownRead)) {
      assertChinese(response, 404);
      assertThat(message(response)).isEqualTo(EngineErrorTranslation.NOT_FOUND);
    }
  }

  @Test
  void shouldAnswerTheLoserOfARaceWithAChineseRefusalAndCompleteTheTaskOnce() throws Exception {
    String household = poorHousehold();
    String caseId = startCase(household);
    String survey = onlyTask(caseId);
    CountDownLatch start = new CountDownLatch(1);
    Function<RestApi, CompletableFuture<RestApi.Response>> complete = official -> CompletableFuture.supplyAsync(() -> {
      try {
        start.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return official.post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    });
    CompletableFuture<RestApi.Response> one = complete.apply(restAs(workTeam(household)));
    CompletableFuture<RestApi.Response> other = complete.apply(restAs(workTeam(household)));
    start.countDown();

    List<RestApi.Response> answers = List.of(one.get(), other.get());
    assertThat(answers).extracting(RestApi.Response::status).containsOnlyOnce(204);
    RestApi.Response loser = answers.stream().filter(answer -> answer.status() != 204).findFirst().orElseThrow();
    assertThat(loser.status()).as(loser.body()).isIn(404, 409);
    assertChinese(loser, loser.status());
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(caseId)
        .taskDefinitionKey("Activity_YearEndSurvey").finished().count()).as("the survey completed once").isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("Activity_YearEndSurvey").count())
        .isZero();
  }

  @Test
  void shouldRefuseAnOfficialWithoutTheRightIn403WithoutTheEnginesText() {
    String household = poorHousehold();
    String caseId = startCase(household);
    String survey = onlyTask(caseId);
    String supervisor = "county-" + household.substring(0, 6) + "-supervisor";

    RestApi.Response rest = restAs(supervisor).post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response webapp = tasklist(supervisor).engineApiPost("/task/" + survey + "/complete", Map.of("variables", Map.of()));

    for (RestApi.Response response : List.of(rest, webapp)) {
      assertChinese(response, 403);
      assertThat(message(response)).isEqualTo(EngineErrorTranslation.FORBIDDEN);
    }
    assertThat(taskService.createTaskQuery().taskId(survey).count()).isEqualTo(1);
  }

  @Test
  void shouldAnswerATaskOfAnotherCountyExactlyLikeAnUnknownOne() {
    String household = poorHousehold();
    String caseId = startCase(household);
    String survey = onlyTask(caseId);
    String otherCountysWorkTeam = household.startsWith("360428") ? "village-360424100201-workteam" : "village-360428100201-workteam";
    RestApi otherCounty = restAs(otherCountysWorkTeam);

    RestApi.Response foreign = otherCounty.post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response unknown = otherCounty.post("/task/no-such-task/complete", Map.of("variables", Map.of()));
    RestApi.Response webappForeign = tasklist(otherCountysWorkTeam).engineApiPost("/task/" + survey + "/complete",
        Map.of("variables", Map.of()));

    assertChinese(foreign, 404);
    assertThat(foreign.body()).isEqualTo(unknown.body());
    assertThat(webappForeign.body()).isEqualTo(unknown.body());
    assertThat(taskService.createTaskQuery().taskId(survey).count()).isEqualTo(1);
  }

  @Test
  void shouldRefuseASerialisedJavaObjectAndStoreNothing() {
    Map<String, Object> javaObject = Map.of("type", "Object", "value", "rO0ABXQABGZpbGU=",
        "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/x-java-serialized-object"));
    String household = poorHousehold();
    RestApi office = restAs(office(household));

    RestApi.Response start = office.post("/process-definition/key/householdExit/start", Map.of("variables",
        Map.of("householdId", string(household), "exitYear", integer(2019), "attachment", javaObject)));
    assertChinese(start, 400);
    assertThat(message(start)).isEqualTo(EngineErrorTranslation.JAVA_OBJECT);
    assertThat(casesOf(household)).isZero();

    String caseId = startCase(household);
    RestApi.Response variable = restAs("admin", ADMIN_PASSWORD).post("/process-instance/" + caseId + "/variables",
        Map.of("modifications", Map.of("attachment", javaObject)));
    assertChinese(variable, 400);
    assertThat(runtimeService.getVariable(caseId, "attachment")).isNull();
  }

  @Test
  void shouldRefuseAnAppraisalWithoutOrWithAWrongVerdictAndKeepTheTask() {
    String caseId = caseAtAppraisal();
    String appraisal = onlyTask(caseId);
    RestApi committee = restAs("village-" + runtimeService.getVariable(caseId, "villageCode") + "-committee");

    RestApi.Response missing = committee.post("/task/" + appraisal + "/complete", Map.of("variables",
        Map.of("appraisalDate", string("2019-11-20"), "appraisalAttendance", longValue(30))));
    RestApi.Response notBoolean = committee.post("/task/" + appraisal + "/complete", Map.of("variables",
        Map.of("appraisalDate", string("2019-11-20"), "appraisalAttendance", longValue(30), "appraisalAgreed", string("同意"))));
    RestApi.Response notParsable = committee.post("/task/" + appraisal + "/complete", Map.of("variables",
        Map.of("appraisalAgreed", Map.of("value", "maybe", "type", "Boolean"))));

    for (RestApi.Response response : List.of(missing, notBoolean, notParsable)) {
      assertChinese(response, 400);
    }
    assertThat(taskService.createTaskQuery().taskId(appraisal).count()).as("the appraisal still open").isEqualTo(1);
    RestApi.Response agreed = committee.post("/task/" + appraisal + "/complete", Map.of("variables",
        Map.of("appraisalDate", string("2019-11-20"), "appraisalAttendance", longValue(30), "appraisalAgreed", bool(true))));
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(204);
  }

  @Test
  void shouldAnswerMalformedJsonWith400InChinese() {
    RestApi.Response response = restAs(office(VILLAGE)).postRaw("/process-definition/key/householdExit/start", "{\"variables\": {");

    assertChinese(response, 400);
    assertThat(message(response)).isEqualTo(EngineErrorTranslation.NOT_JSON);
  }

  private String startCase(String household) {
    RestApi.Response started = restAs(office(household)).post("/process-definition/key/householdExit/start", startOf(household, 2019));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String onlyTask(String caseId) {
    JsonNode tasks = waitForTasks(restAs("admin", ADMIN_PASSWORD), caseId);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private long casesOf(String household) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("householdExit")
        .variableValueEquals("householdId", household).count();
  }

  private WebappSession tasklist(String official) {
    WebappSession session = webapp();
    assertThat(session.login("tasklist", official, DEMO_PASSWORD)).as("Tasklist login of " + official).isIn(200, 403);
    return session;
  }

  private static Map<String, Object> startOf(String household, int year) {
    return Map.of("variables", Map.of("householdId", string(household), "exitYear", integer(year)));
  }

  private String poorHousehold() {
    return FreshHouseholds.copyOf(jdbc, FreshHouseholds.MEETS_THE_STANDARD);
  }

  /** A case whose household passed the year-end survey. */
  private String caseAtAppraisal() {
    String household = poorHousehold();
    String caseId = startCase(household);
    RestApi.Response surveyed = restAs(workTeam(household)).post("/task/" + onlyTask(caseId) + "/complete",
        Map.of("variables", Map.of()));
    assertThat(surveyed.status()).as(surveyed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("Activity_DemocraticAppraisal").count())
        .as("the appraisal of " + household).isEqualTo(1);
    return caseId;
  }

  private static String office(String householdOrVillage) {
    return "county-" + householdOrVillage.substring(0, 6) + "-office";
  }

  private static String workTeam(String household) {
    return "village-" + household.substring(0, 12) + "-workteam";
  }

  private static String message(RestApi.Response response) {
    return response.json().path("message").asText();
  }

  /** The status, a Chinese message, and none of the engine's English, class names or stack. */
  private static void assertChinese(RestApi.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    String message = message(response);
    assertThat(message).as(response.body()).containsPattern("\\p{IsHan}");
    assertThat(message).as(response.body()).doesNotContain("ENGINE-", "Exception", "Cannot ", "at org.", "java.");
  }
}
