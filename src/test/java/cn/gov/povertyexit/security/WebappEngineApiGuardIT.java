package cn.gov.povertyexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist and Cockpit do not use {@code /engine-rest} but the webapps' own engine API: the same guard stands in
 * front of it, so a logged-in official cannot do in the browser's session what REST refuses.
 */
class WebappEngineApiGuardIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360428101201";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void shouldTakeOnlyTheFormsFieldsThroughTheTasklistSession() {
    // given: a task of 港头村's committee, and the committee logged into Tasklist
    ProcessInstance probe = runtimeService.startProcessInstanceByKey("accessProbe", "probe-webapp-" + System.nanoTime(),
        Map.of("villageCode", VILLAGE, "countyCode", "360428"));
    String taskId = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult().getId();
    WebappSession tasklist = webapp();
    assertThat(tasklist.login("tasklist", "village-" + VILLAGE + "-committee", DEMO_PASSWORD)).isEqualTo(200);

    // when: the form is submitted with a variable that is no field of it, and the case's variables are written directly
    RestApi.Response extra = tasklist.postToEngine("/task/" + taskId + "/submit-form",
        "{\"variables\":{\"probeChecked\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"villageCode\":{\"value\":\"360424100201\",\"type\":\"String\"}}}");
    RestApi.Response write = tasklist.postToEngine("/process-instance/" + probe.getId() + "/variables",
        "{\"modifications\":{\"villageCode\":{\"value\":\"360424100201\",\"type\":\"String\"}}}");

    // then: both refused in Chinese, nothing changed, and the form's own field still completes the task
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().get("message").asText()).contains("villageCode").contains("表单中没有");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.json().get("message").asText()).contains("不允许的操作");
    assertThat(runtimeService.getVariable(probe.getId(), "villageCode")).isEqualTo(VILLAGE);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    RestApi.Response done = tasklist.postToEngine("/task/" + taskId + "/submit-form",
        "{\"variables\":{\"probeChecked\":{\"value\":true,\"type\":\"Boolean\"}}}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void shouldLetNoSupervisorCommentOrCompleteInCockpitsSession() {
    ProcessInstance probe = runtimeService.startProcessInstanceByKey("accessProbe", "probe-webapp-" + System.nanoTime(),
        Map.of("villageCode", VILLAGE, "countyCode", "360428"));
    String taskId = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult().getId();
    WebappSession cockpit = webapp();
    assertThat(cockpit.login("cockpit", "county-360428-supervisor", DEMO_PASSWORD)).isEqualTo(200);

    RestApi.Response comment = cockpit.postToEngine("/task/" + taskId + "/comment/create", "{\"message\":\"已督办\"}");
    RestApi.Response complete = cockpit.postToEngine("/task/" + taskId + "/submit-form",
        "{\"variables\":{\"probeChecked\":{\"value\":true,\"type\":\"Boolean\"}}}");

    assertThat(comment.status()).isEqualTo(403);
    assertThat(complete.status()).isEqualTo(403);
    assertThat(taskService.getTaskComments(taskId)).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }
}
