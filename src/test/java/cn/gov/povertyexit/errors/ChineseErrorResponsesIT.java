package cn.gov.povertyexit.errors;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import cn.gov.povertyexit.support.TestHouseholds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refused and failed requests answer a 4xx (or a real 500) with a Chinese message, on Spring Boot's REST API and
 * on the webapps' engine API that Tasklist calls, and change nothing. Cases of 2019 of households of its own in
 * 青山村 (都昌县).
 */
class ChineseErrorResponsesIT extends PostgresApplicationTest {

  static final String VILLAGE = "360428101202";
  static final String OFFICE = "county-360428-office";
  static final String WORK_TEAM = "village-" + VILLAGE + "-workteam";
  static final String COMMITTEE = "village-" + VILLAGE + "-committee";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void shouldRefuseACaseOfAnUnknownHouseholdWithItsChineseMessageOnBothEntryPoints() {
    Map<String, Object> start = startOf(VILLAGE + "9999", 2019);

    RestApi.Response rest = restAs(OFFICE).post("/process-definition/key/householdExit/start", start);
    RestApi.Response webapp = tasklist(OFFICE).engineApiPost("/process-definition/key/householdExit/start", start);

    for (RestApi.Response response : List.of(rest, webapp)) {
      assertChinese(response, 400);
      assertThat(message(response)).isEqualTo("您的辖区内没有户编号为 " + VILLAGE + "9999 的贫困户");
    }
  }

  @Test
  void shouldRefuseAYearWithoutAPovertyLineWith400() {
    Map<String, Object> start = startOf(household(11), 2030);

    RestApi.Response rest = restAs(OFFICE).post("/process-definition/key/householdExit/start", start);
    RestApi.Response webapp = tasklist(OFFICE).engineApiPost("/process-definition/key/householdExit/start", start);

    for (RestApi.Response response : List.of(rest, webapp)) {
      assertChinese(response, 400);
      assertThat(message(response)).startsWith("未配置2030年国家贫困标准");
    }
    assertThat(casesOf(household(11))).isZero();
  }

  @Test
  void shouldAnswerATaskCompletedTwiceOrUnknownWith404() {
    String caseId = startCase(household(12));
    String survey = onlyTask(caseId);
    assertThat(restAs(WORK_TEAM).post("/task/" + survey + "/complete", Map.of("variables", Map.of())).status()).isEqualTo(204);

    RestApi.Response again = restAs(WORK_TEAM).post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response webappAgain = tasklist(WORK_TEAM).engineApiPost("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response unknown = restAs(WORK_TEAM).post("/task/no-such-task/complete", Map.of("variables", Map.of()));
    RestApi.Response unknownRead = restAs(WORK_TEAM).get("/task/no-such-task");

    for (RestApi.Response response : List.of(again, webappAgain, unknown, unknownRead)) {
      assertChinese(response, 404);
      assertThat(message(response)).isEqualTo(EngineErrorTranslation.NOT_FOUND);
    }
  }

  @Test
  void shouldAnswerTheLoserOfARaceWithAChineseRefusalAndCompleteTheTaskOnce() throws Exception {
    String caseId = startCase(household(13));
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
    CompletableFuture<RestApi.Response> one = complete.apply(restAs(WORK_TEAM));
    CompletableFuture<RestApi.Response> other = complete.apply(restAs(WORK_TEAM));
    start.countDown();

    List<RestApi.Response> answers = List.of(one.get(), other.get());
    assertThat(answers).extracting(RestApi.Response::status).containsOnlyOnce(204);
    RestApi.Response loser = answers.stream().filter(answer -> answer.status() != 204).findFirst().orElseThrow();
    assertThat(loser.status()).as(loser.body()).isIn(404, 409);
    assertChinese(loser, loser.status());
    assertThat(runtimeService.getActiveActivityIds(caseId)).as("the survey completed once")
        .containsExactly("Activity_AwaitAppraisal");
  }

  @Test
  void shouldRefuseAnOfficialWithoutTheRightIn403WithoutTheEnginesText() {
    String caseId = startCase(household(14));
    String survey = onlyTask(caseId);

    RestApi.Response rest = restAs("county-360428-supervisor").post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response webapp = tasklist("county-360428-supervisor").engineApiPost("/task/" + survey + "/complete",
        Map.of("variables", Map.of()));

    for (RestApi.Response response : List.of(rest, webapp)) {
      assertChinese(response, 403);
      assertThat(message(response)).isEqualTo(EngineErrorTranslation.FORBIDDEN);
    }
    assertThat(taskService.createTaskQuery().taskId(survey).count()).isEqualTo(1);
  }

  @Test
  void shouldAnswerATaskOfAnotherCountyExactlyLikeAnUnknownOne() {
    String caseId = startCase(household(15));
    String survey = onlyTask(caseId);
    RestApi otherCounty = restAs("village-360424100201-workteam");

    RestApi.Response foreign = otherCounty.post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
    RestApi.Response unknown = otherCounty.post("/task/no-such-task/complete", Map.of("variables", Map.of()));
    RestApi.Response webappForeign = tasklist("village-360424100201-workteam").engineApiPost("/task/" + survey + "/complete",
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
    RestApi office = restAs(OFFICE);

    // an official's start takes only its form's fields: an object where a field belongs is refused before the engine
    RestApi.Response start = office.post("/process-definition/key/householdExit/start", Map.of("variables",
        Map.of("householdId", javaObject, "exitYear", integer(2019))));
    assertChinese(start, 400);
    assertThat(message(start)).contains("户编号").contains("Object");
    assertThat(casesOf(household(16))).isZero();

    String caseId = startCase(household(17));
    RestApi.Response variable = restAs("admin", ADMIN_PASSWORD).post("/process-instance/" + caseId + "/variables",
        Map.of("modifications", Map.of("attachment", javaObject)));
    assertChinese(variable, 400);
    assertThat(runtimeService.getVariable(caseId, "attachment")).isNull();
  }

  @Test
  void shouldRefuseAMeetingWithoutOrWithAWrongVerdictAndKeepTheTask() {
    OpenVillageLists.end(runtimeService, household(18).substring(0, 12), 2019);
    String caseId = startCase(household(18));
    assertThat(restAs(WORK_TEAM).post("/task/" + onlyTask(caseId) + "/complete", Map.of("variables", Map.of())).status())
        .isEqualTo(204);
    String list = (String) runtimeService.getVariable(caseId, "villageListInstance");
    String meeting = onlyTask(list);
    RestApi committee = restAs(COMMITTEE);

    RestApi.Response missing = committee.post("/task/" + meeting + "/complete", Map.of("variables",
        Map.of("appraisalDate", string("2019-11-20"), "appraisalAttendance", longValue(30), "noticePostingPlace", string("本村村务公开栏"))));
    RestApi.Response notAList = committee.post("/task/" + meeting + "/complete", Map.of("variables",
        Map.of("appraisalDate", string("2019-11-20"), "appraisalAttendance", longValue(30), "noticePostingPlace", string("本村村务公开栏"), "agreedHouseholds", string("同意"))));
    RestApi.Response notParsable = committee.post("/task/" + meeting + "/complete", Map.of("variables",
        Map.of("agreedHouseholds", Map.of("value", "[maybe", "type", "Json"))));

    for (RestApi.Response response : List.of(missing, notAList, notParsable)) {
      assertChinese(response, 400);
    }
    assertThat(message(missing)).contains("尚未评议", household(18));
    assertThat(taskService.createTaskQuery().taskId(meeting).count()).as("the meeting still open").isEqualTo(1);
    RestApi.Response agreed = committee.post("/task/" + meeting + "/complete", Map.of("variables",
        Map.of("appraisalDate", string("2019-11-20"), "appraisalAttendance", longValue(30), "noticePostingPlace", string("本村村务公开栏"),
            "agreedHouseholds", json("[\"" + household(18) + "\"]"))));
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(204);
  }

  @Test
  void shouldAnswerMalformedJsonWith400InChinese() {
    RestApi.Response response = restAs(OFFICE).postRaw("/process-definition/key/householdExit/start", "{\"variables\": {");

    assertChinese(response, 400);
    assertThat(message(response)).isEqualTo(EngineErrorTranslation.NOT_JSON);
  }

  private String startCase(String household) {
    RestApi.Response started = restAs(OFFICE).post("/process-definition/key/householdExit/start", startOf(household, 2019));
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

  /** Households of this class alone, from 0901 of 青山村: every demo household of 都昌县 is taken by another test. */
  private static String household(int number) {
    return TestHouseholds.id(VILLAGE, 900 + number);
  }

  @BeforeEach
  void ownHouseholds(@Autowired JdbcClient jdbc) {
    TestHouseholds.ensure(jdbc, VILLAGE, 901, 20);
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
