package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.duchangHousehold;
import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process analyst (流程分析员) deploys new model versions and reads everything, and changes no case: no task,
 * modification, deletion, suspension or message; no deletion of a deployment with its cases; and no model that
 * reaches beyond the project's delegates and plain variables, which could raise anyone's rights.
 */
class AnalystRightsIT extends CaseIntegrityTest {

  private static final String ADMINISTRATORS = "camunda-admin";

  @Autowired IdentityService identityService;

  private final List<String> deployments = new ArrayList<>();
  private final List<String> cases = new ArrayList<>();

  @AfterEach
  void undoWhatAHoleLetThrough() {
    if (identityService.createUserQuery().userId(ANALYST).memberOfGroup(ADMINISTRATORS).count() > 0) {
      identityService.deleteMembership(ANALYST, ADMINISTRATORS);
    }
    for (String exit : cases) {
      admin().delete("/process-instance/" + exit + "?skipCustomListeners=true&skipIoMappings=true");
    }
    for (String deployment : deployments) {
      admin().delete("/deployment/" + deployment + "?cascade=true&skipCustomListeners=true&skipIoMappings=true");
    }
  }

  @Test
  @DisplayName("流程分析员不能完成任务")
  void shouldRefuseTheAnalystCompletingATask() {
    // given
    String household = xiushuiHousehold(16);
    String exit = caseAtSurvey(household);
    String survey = onlyTaskOf(restAs(workTeamOf(household)), exit);
    CaseState before = caseState(exit);

    // when
    RestApi.Response response = restAs(ANALYST).post("/task/" + survey + "/complete", Map.of("variables", Map.of()));

    // then
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefused(response, 403);
  }

  @Test
  @DisplayName("流程分析员不能修改流程实例（直接跳到录入脱贫）")
  void shouldRefuseTheAnalystModifyingACase() {
    // given
    String household = xiushuiHousehold(17);
    String exit = caseAtSurvey(household);
    CaseState before = caseState(exit);
    RegisterEntry registerBefore = household(household);

    // when
    RestApi.Response response = restAs(ANALYST).post("/process-instance/" + exit + "/modification", Map.of(
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Activity_RecordExit"))));

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(registerBefore);
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefused(response, 403);
  }

  @Test
  @DisplayName("流程分析员不能删除案件")
  void shouldRefuseTheAnalystDeletingACase() {
    // given
    String household = xiushuiHousehold(18);
    String exit = caseAtSurvey(household);
    CaseState before = caseState(exit);
    RegisterEntry registerBefore = household(household);

    // when
    RestApi.Response response = restAs(ANALYST).delete("/process-instance/" + exit);

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(registerBefore);
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefused(response, 403);
  }

  @Test
  @DisplayName("流程分析员不能挂起案件")
  void shouldRefuseTheAnalystSuspendingACase() {
    // given
    String household = xiushuiHousehold(19);
    String exit = caseAtSurvey(household);
    CaseState before = caseState(exit);

    // when
    RestApi.Response response = restAs(ANALYST).put("/process-instance/" + exit + "/suspended", Map.of("suspended", true));

    // then
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefused(response, 403);
  }

  @Test
  @DisplayName("流程分析员不能发送县级审批结果消息，使农户以其名义脱贫")
  void shouldRefuseTheAnalystCorrelatingTheCountysDecision() {
    // given: a case of 都昌县 waiting for the county's answer
    String household = duchangHousehold(2);
    String exit = caseAwaitingCountyDecision(household);
    // no 都昌县 case is to be left waiting for the county review of another test
    cases.add(exit);
    CaseState before = caseState(exit);
    RegisterEntry registerBefore = household(household);

    // when
    RestApi.Response response = restAs(ANALYST).post("/message", Map.of("messageName", "countyDecision",
        "processInstanceId", exit, "processVariables", Map.of("countyApproved", bool(true),
            "countyDecisionReason", string("同意退出"))));

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(registerBefore);
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefused(response, 403);
  }

  @Test
  @DisplayName("流程分析员不能连同案件删除部署")
  void shouldRefuseTheAnalystDeletingADeploymentWithItsCases() throws IOException {
    // given: a model version the analyst deployed, with a running case
    RestApi analyst = restAs(ANALYST);
    RestApi.Response deployed = deploy(analyst, "securityProbeDeletion", probeModel("securityProbeDeletion"));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    String deployment = deployed.json().get("id").asText();
    String running = runtimeService.startProcessInstanceByKey("securityProbeDeletion",
        Map.of("villageCode", "360424101201", "countyCode", "360424")).getId();

    // when
    RestApi.Response response = analyst.delete("/deployment/" + deployment + "?cascade=true");

    // then
    assertThat(caseState(running).exists()).as("the running case " + answered(response)).isTrue();
    assertThat(admin().get("/deployment/" + deployment).status()).as("the deployment " + answered(response)).isEqualTo(200);
    assertRefused(response, 403);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"identityServiceBean", "engineServicesThroughExecution", "engineServicesThroughTask",
      "scriptTask", "classOutsideTheProject"})
  @DisplayName("部署的模型不能调用引擎服务、脚本或项目以外的类：拒绝部署，无人获得权限")
  void shouldRefuseAModelThatReachesBeyondTheProjectsDelegates(String variant) throws Exception {
    // given
    String key = "securityProbe" + Character.toUpperCase(variant.charAt(0)) + variant.substring(1);
    long definitionsBefore = count("/process-definition/count?key=" + key);

    // when
    RestApi.Response response = deploy(restAs(ANALYST), key, dangerousModel(key, variant));

    // then
    assertThat(analystIsAdministratorWithin(Duration.ofSeconds(5))).as("the analyst is an administrator " + answered(response))
        .isFalse();
    assertThat(count("/process-definition/count?key=" + key)).as(answered(response)).isEqualTo(definitionsBefore);
    assertRefused(response, 400);
  }

  @Test
  @DisplayName("干净的模型（项目模型的副本，换新编号）照常部署")
  void shouldStillDeployACleanModel() throws IOException {
    // given
    long definitionsBefore = count("/process-definition/count?key=securityProbeClean");

    // when
    RestApi.Response response = deploy(restAs(ANALYST), "securityProbeClean", probeModel("securityProbeClean"));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(count("/process-definition/count?key=securityProbeClean")).isEqualTo(definitionsBefore + 1);
  }

  @Test
  @DisplayName("流程分析员可以读取案件及其历史")
  void shouldLetTheAnalystReadCasesAndTheirHistory() {
    String exit = caseAtSurvey(xiushuiHousehold(20));
    RestApi analyst = restAs(ANALYST);

    assertThat(analyst.get("/process-instance/" + exit).status()).isEqualTo(200);
    assertThat(analyst.get("/process-instance/" + exit + "/variables").status()).isEqualTo(200);
    assertThat(analyst.get("/history/process-instance?processInstanceId=" + exit).json()).hasSize(1);
  }

  private boolean analystIsAdministratorWithin(Duration wait) {
    Instant deadline = Instant.now().plus(wait);
    do {
      if (identityService.createUserQuery().userId(ANALYST).memberOfGroup(ADMINISTRATORS).count() > 0) {
        return true;
      }
      pause(250);
    } while (Instant.now().isBefore(deadline));
    return false;
  }

  private RestApi.Response deploy(RestApi official, String name, String model) throws IOException {
    RestApi.Response response = official.postMultipart("/deployment/create",
        Map.of("deployment-name", name, "deployment-source", "Camunda Modeler"),
        Map.of(name + ".bpmn", model.getBytes(StandardCharsets.UTF_8),
            "accessProbeForm.form", Files.readAllBytes(Path.of("src/test/resources/forms/accessProbeForm.form"))));
    if (response.status() == 200) {
      deployments.add(response.json().get("id").asText());
    }
    return response;
  }

  /** The test model {@code accessProbe} under another id: nothing but a task for a village committee. */
  private static String probeModel(String key) throws IOException {
    return Files.readString(Path.of("src/test/resources/bpmn/accessProbe.bpmn"))
        .replace("id=\"accessProbe\"", "id=\"" + key + "\"")
        .replace("bpmnElement=\"accessProbe\"", "bpmnElement=\"" + key + "\"");
  }

  /**
   * A model whose start timer is already due, so that the job executor runs it at once: each variant tries to make
   * the analyst an administrator in its own way.
   */
  private static String dangerousModel(String key, String variant) {
    String grant = "createMembership('" + ANALYST + "', '" + ADMINISTRATORS + "')";
    String step = switch (variant) {
      case "identityServiceBean" -> "<bpmn:serviceTask id=\"Activity_Step\" name=\"处理\" camunda:expression=\"${identityService."
          + grant + "}\">";
      case "engineServicesThroughExecution" -> "<bpmn:serviceTask id=\"Activity_Step\" name=\"处理\" "
          + "camunda:expression=\"${execution.processEngineServices.identityService." + grant + "}\">";
      case "engineServicesThroughTask" -> "<bpmn:userTask id=\"Activity_Step\" name=\"处理\" camunda:candidateGroups=\"admin\">"
          + "<bpmn:extensionElements><camunda:taskListener event=\"create\" expression=\"${task.execution.processEngineServices"
          + ".identityService." + grant + "}\" /></bpmn:extensionElements>";
      case "scriptTask" -> "<bpmn:scriptTask id=\"Activity_Step\" name=\"处理\" scriptFormat=\"javascript\">";
      case "classOutsideTheProject" -> "<bpmn:serviceTask id=\"Activity_Step\" name=\"处理\" "
          + "camunda:class=\"com.example.backdoor.GrantAdministratorDelegate\">";
      default -> throw new IllegalArgumentException(variant);
    };
    String body = variant.equals("scriptTask")
        ? "<bpmn:script>execution.getProcessEngineServices().getIdentityService()." + grant + ";</bpmn:script>"
        : "";
    String element = step.substring(1, step.indexOf(' '));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="Definitions_%1$s" targetNamespace="http://povertyexit.gov.cn/bpmn/test">
          <bpmn:process id="%1$s" name="模型检查测试" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Started" name="已到期">
              <bpmn:outgoing>Flow_ToStep</bpmn:outgoing>
              <bpmn:timerEventDefinition><bpmn:timeDate>2020-01-01T00:00:00</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            %2$s
              <bpmn:incoming>Flow_ToStep</bpmn:incoming>
              <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
              %4$s
            </%3$s>
            <bpmn:endEvent id="Event_Ended" name="已办结"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_ToStep" sourceRef="Event_Started" targetRef="Activity_Step" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Activity_Step" targetRef="Event_Ended" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, step, element, body);
  }
}
