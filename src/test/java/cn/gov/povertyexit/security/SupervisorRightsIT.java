package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.DUCHANG_EXITED_VILLAGE;
import static cn.gov.povertyexit.security.SecurityTestRegister.DUCHANG_EXITED_VILLAGE_NAME;
import static cn.gov.povertyexit.security.SecurityTestRegister.EXIT_YEAR_OF_CHECKS;
import static cn.gov.povertyexit.security.SecurityTestRegister.XIUSHUI_VILLAGE;
import static cn.gov.povertyexit.security.SecurityTestRegister.XIUSHUI_VILLAGE_NAME;
import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Supervisors (督查组) read the cases of their jurisdiction and below, and write nothing; analysts neither. The city's
 * village spot check is read by each county supervisor only for that county's part.
 */
class SupervisorRightsIT extends CaseIntegrityTest {

  private static String surveyCase;
  private static String surveyTask;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"county-360424-supervisor", "city-360400-supervisor", "province-360000-supervisor",
      "national-100000-supervisor", ANALYST})
  @DisplayName("督查组和流程分析员不能在任务上添加评论")
  void shouldRefuseACommentByAnyoneWhoIsNotAWorkerOfTheTask(String official) {
    // given
    String task = surveyTask();
    CaseState before = caseState(surveyCase);
    int commentsBefore = admin().get("/task/" + task + "/comment").json().size();

    // when
    RestApi.Response response = restAs(official).post("/task/" + task + "/comment/create", Map.of("message", "请尽快办理"));

    // then
    assertThat(admin().get("/task/" + task + "/comment").json()).as("comments " + answered(response)).hasSize(commentsBefore);
    assertThat(caseState(surveyCase)).isEqualTo(before);
    assertRefused(response, 403);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"county-360424-supervisor", "city-360400-supervisor", "province-360000-supervisor",
      "national-100000-supervisor", ANALYST})
  @DisplayName("督查组和流程分析员不能在任务上添加附件（包括任意链接）")
  void shouldRefuseAnAttachmentByASupervisorOrAnalyst(String official) {
    // given
    String task = surveyTask();
    int attachmentsBefore = admin().get("/task/" + task + "/attachment").json().size();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("attachment-name", "核查材料");
    fields.put("attachment-description", "请查看");
    fields.put("attachment-type", "link");
    fields.put("url", "http://example.invalid/phishing");

    // when
    RestApi.Response response = restAs(official).postMultipart("/task/" + task + "/attachment/create", fields, Map.of());

    // then
    assertThat(admin().get("/task/" + task + "/attachment").json()).as("attachments " + answered(response))
        .hasSize(attachmentsBefore);
    assertRefused(response, 403);
  }

  @Test
  @DisplayName("设区市出列村抽查属于设区市：县督查组看不到（包括别县的抽查村），市督查组看到两县")
  void shouldKeepTheCitysVillageCheckFromCountySupervisors() {
    // given: 竹坪村 (修水县) and 港头村 (都昌县) exited in 2016; the city checks its villages of that year
    RestApi.Response started = restAs("city-360400-leadinggroup").post("/process-definition/key/cityVillageSpotCheck/start",
        Map.of("variables", Map.of("cityCode", string("360400"), "exitYear", integer(EXIT_YEAR_OF_CHECKS))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);

    // when
    String seenByDuchang = whatTheSupervisorSeesOfVillageChecks("county-360428-supervisor");
    String seenByXiushui = whatTheSupervisorSeesOfVillageChecks("county-360424-supervisor");
    String seenByCity = whatTheSupervisorSeesOfVillageChecks("city-360400-supervisor");

    // then: the check is tagged with the city; a county sees its outcome only where it reaches the county
    // (a village back on the list, re-verification cases tagged with the county)
    assertThat(seenByDuchang).doesNotContain(XIUSHUI_VILLAGE, XIUSHUI_VILLAGE_NAME, DUCHANG_EXITED_VILLAGE);
    assertThat(seenByXiushui).doesNotContain(DUCHANG_EXITED_VILLAGE, DUCHANG_EXITED_VILLAGE_NAME, XIUSHUI_VILLAGE);
    assertThat(seenByCity).contains(XIUSHUI_VILLAGE, DUCHANG_EXITED_VILLAGE);
    assertThat(admin().get("/process-instance/" + started.json().get("id").asText()).json()
        .get("tenantId").asText()).isEqualTo("city-360400");
  }

  /** Instances, their called instances, variables (runtime and history) and tasks of the city's village checks. */
  private String whatTheSupervisorSeesOfVillageChecks(String supervisor) {
    RestApi official = restAs(supervisor);
    StringBuilder seen = new StringBuilder();
    List<String> instances = new ArrayList<>();
    for (String query : List.of("/process-instance?processDefinitionKey=cityVillageSpotCheck",
        "/history/process-instance?processDefinitionKey=cityVillageSpotCheck")) {
      RestApi.Response response = official.get(query);
      seen.append(response.body());
      for (JsonNode instance : response.json()) {
        instances.add(instance.get("id").asText());
      }
    }
    for (String parent : List.copyOf(instances)) {
      RestApi.Response called = official.get("/history/process-instance?superProcessInstanceId=" + parent);
      seen.append(called.body());
      called.json().forEach(instance -> instances.add(instance.get("id").asText()));
    }
    for (String instance : instances) {
      seen.append(official.get("/variable-instance?processInstanceIdIn=" + instance + "&deserializeValues=false").body());
      seen.append(official.get("/history/variable-instance?processInstanceId=" + instance + "&deserializeValues=false").body());
      seen.append(official.get("/task?processInstanceId=" + instance).body());
    }
    seen.append(official.get("/task?processDefinitionKey=cityVillageSpotCheck").body());
    return seen.toString();
  }

  private String surveyTask() {
    if (surveyTask == null) {
      String household = xiushuiHousehold(15);
      surveyCase = caseAtSurvey(household);
      surveyTask = onlyTaskOf(restAs(workTeamOf(household)), surveyCase);
    }
    return surveyTask;
  }
}
