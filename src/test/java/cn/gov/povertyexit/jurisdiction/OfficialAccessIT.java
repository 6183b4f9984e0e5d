package cn.gov.povertyexit.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import cn.gov.povertyexit.support.ProjectModels;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees and completes what, through the REST API with the demo officials' own logins and authorization on.
 * Uses the test model {@code accessProbe}: one task for the committee of the case's village.
 */
class OfficialAccessIT extends PostgresApplicationTest {

  private static final String DONGLING = "360424100201";
  private static final String NANSHAN = "360424100202";
  private static final String HUBIN = "360428100201";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;

  /** The test model is not part of the application's deployment; it is deployed here, once, as Modeler would. */
  @BeforeEach
  void deployProbe() throws Exception {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("accessProbe").count() == 0) {
      repositoryService.createDeployment().name("accessProbe").enableDuplicateFiltering(true)
          .addString("accessProbe.bpmn", Files.readString(Path.of("src/test/resources/bpmn/accessProbe.bpmn")))
          .addString("accessProbeForm.form", Files.readString(Path.of("src/test/resources/forms/accessProbeForm.form")))
          .deploy();
    }
  }

  @Test
  void shouldShowVillageTaskOnlyToThatVillagesCommittee() {
    // given
    ProcessInstance probe = startProbe(DONGLING);
    String taskId = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult().getId();
    RestApi otherVillage = restAs("village-" + NANSHAN + "-committee");
    RestApi ownVillage = restAs("village-" + DONGLING + "-committee");

    // when / then: another village's committee neither sees nor completes it
    assertThat(otherVillage.get("/task?processInstanceId=" + probe.getId()).json()).isEmpty();
    assertThat(otherVillage.post("/task/" + taskId + "/complete", Map.of()).status()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    // the same village's work team is another group: no access either
    assertThat(restAs("village-" + DONGLING + "-workteam").get("/task?processInstanceId=" + probe.getId()).json()).isEmpty();

    // and the committee of the village sees and completes it
    assertThat(ids(ownVillage.get("/task?processInstanceId=" + probe.getId()).json())).containsExactly(taskId);
    assertThat(ownVillage.post("/task/" + taskId + "/complete",
        Map.of("variables", Map.of("probeChecked", Map.of("value", true)))).status()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(probe.getId()).count()).isZero();
  }

  @Test
  void shouldShowCountySupervisorOnlyTheInstancesOfTheirCounty() {
    // given
    ProcessInstance xiushui = startProbe(DONGLING);
    ProcessInstance duchang = startProbe(HUBIN);

    // when
    List<String> seenByXiushui = ids(restAs("county-360424-supervisor").get("/process-instance?processDefinitionKey=accessProbe").json());
    List<String> seenByDuchang = ids(restAs("county-360428-supervisor").get("/process-instance?processDefinitionKey=accessProbe").json());
    List<String> seenByCity = ids(restAs("city-360400-supervisor").get("/process-instance?processDefinitionKey=accessProbe").json());
    List<String> seenByStateCouncil = ids(restAs("national-100000-supervisor").get("/process-instance?processDefinitionKey=accessProbe").json());

    // then
    assertThat(seenByXiushui).contains(xiushui.getId()).doesNotContain(duchang.getId());
    assertThat(seenByDuchang).contains(duchang.getId()).doesNotContain(xiushui.getId());
    assertThat(seenByCity).contains(xiushui.getId(), duchang.getId());
    assertThat(seenByStateCouncil).contains(xiushui.getId(), duchang.getId());
    assertThat(restAs("county-360424-supervisor").get("/process-instance/" + duchang.getId()).status()).isEqualTo(404);
    assertThat(xiushui.getTenantId()).isEqualTo("county-360424");
  }

  @Test
  void shouldLetSupervisorReadButNotCompleteTasks() {
    // given
    ProcessInstance probe = startProbe(DONGLING);
    String taskId = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult().getId();
    RestApi supervisor = restAs("county-360424-supervisor");

    // then
    assertThat(ids(supervisor.get("/task?processInstanceId=" + probe.getId()).json())).containsExactly(taskId);
    assertThat(supervisor.post("/task/" + taskId + "/complete", Map.of()).status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void shouldGiveEveryOfficialTheChineseTasklistFiltersNarrowedToTheirGroups() {
    // given
    ProcessInstance probe = startProbe(DONGLING);
    RestApi ownVillage = restAs("village-" + DONGLING + "-committee");
    RestApi otherVillage = restAs("village-" + NANSHAN + "-committee");

    // when
    JsonNode filters = ownVillage.get("/filter?resourceType=Task").json();
    String groupFilter = idOfFilter(filters, "本组待办");

    // then
    assertThat(names(filters)).contains("我的待办", "本组待办", "全部可见任务");
    assertThat(processInstanceIds(ownVillage.get("/filter/" + groupFilter + "/list").json())).contains(probe.getId());
    assertThat(processInstanceIds(otherVillage.get("/filter/" + groupFilter + "/list").json())).doesNotContain(probe.getId());
  }

  @Test
  void shouldLetAnalystsDeployModelsButNotOtherOfficials() throws Exception {
    // given: a model with its form, as Camunda Modeler sends them (forms bind to their own deployment)
    Map<String, byte[]> files = Map.of(
        "accessProbe.bpmn", Files.readAllBytes(Path.of("src/test/resources/bpmn/accessProbe.bpmn")),
        "accessProbeForm.form", Files.readAllBytes(Path.of("src/test/resources/forms/accessProbeForm.form")));
    Map<String, String> fields = Map.of("deployment-name", "accessProbe", "deployment-source", "Camunda Modeler");

    // when
    RestApi.Response byVillage = restAs("village-" + DONGLING + "-committee").postMultipart("/deployment/create", fields, files);
    RestApi.Response byAnalyst = restAs("province-360000-analyst").postMultipart("/deployment/create", fields, files);

    // then
    assertThat(byVillage.status()).isEqualTo(403);
    assertThat(byAnalyst.status()).as(byAnalyst.body()).isEqualTo(200);
    String deploymentId = byAnalyst.json().get("id").asText();
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
        .isEqualTo("accessProbe");
    ProjectModels.assertAllDeployedWithResolvableForms(repositoryService);
  }

  private ProcessInstance startProbe(String villageCode) {
    return runtimeService.startProcessInstanceByKey("accessProbe", "probe-" + villageCode + "-" + System.nanoTime(),
        Map.of("villageCode", villageCode, "countyCode", villageCode.substring(0, 6)));
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  private static List<String> processInstanceIds(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(node -> ids.add(node.get("processInstanceId").asText()));
    return ids;
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.get("name").asText()));
    return names;
  }

  private static String idOfFilter(JsonNode filters, String name) {
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name + " in " + filters);
  }
}
