package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.XIUSHUI_VILLAGE;
import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who may make which REST call, as a table: every demo role against every call that changes a case outside its
 * forms, and the calls each role needs for its work. A forbidden call answers 403 (404 only where the role cannot
 * even read the thing it names), an allowed one 2xx. A role or an endpoint added to the system belongs in this table.
 *
 * <p>The calls are made against real ids: a household case of 竹坪村 waiting at 年终摸底调查 and its task, a case in
 * its village notice with the notice's timer job, and a test model deployed for this purpose. Where a call that
 * should have been refused got through, the fixture is repaired (or rebuilt) before the next call, so that each
 * cell of the table is tried on the same state.
 */
class RestRightsMatrixIT extends CaseIntegrityTest {

  private static final String WORK_TEAM = "village-" + XIUSHUI_VILLAGE + "-workteam";
  private static final String PROBE = "securityProbeMatrix";
  private static final String PRIVATE_TASK = "私建任务";

  /** Every demo role, by level: the login that holds it. */
  private static final Map<String, String> ROLES = roles();

  private static Map<String, String> roles() {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("村·驻村工作队", WORK_TEAM);
    roles.put("村·村两委", "village-" + XIUSHUI_VILLAGE + "-committee");
    roles.put("乡镇人民政府", "township-360424101-government");
    roles.put("县扶贫办", "county-360424-office");
    roles.put("县扶贫开发领导小组", "county-360424-leadinggroup");
    roles.put("县人民政府", "county-360424-government");
    roles.put("县督查组", "county-360424-supervisor");
    roles.put("市扶贫开发领导小组", "city-360400-leadinggroup");
    roles.put("市督查组", "city-360400-supervisor");
    roles.put("省扶贫开发领导小组", "province-360000-leadinggroup");
    roles.put("省人民政府", "province-360000-government");
    roles.put("第三方评估机构", "province-360000-assessor");
    roles.put("流程分析员", ANALYST);
    roles.put("省督查组", "province-360000-supervisor");
    roles.put("国务院扶贫开发领导小组", "national-100000-leadinggroup");
    roles.put("国务院督查组", "national-100000-supervisor");
    return roles;
  }

  /** What a call names, so that a role which cannot read it may be answered 404 instead of 403. */
  enum Target { CASE, TASK, EXECUTION, JOB, DEFINITION, DEPLOYMENT, NONE }

  /**
   * One row: a call, the roles that may make it, the roles that may not (every other role: not this table's
   * concern, e.g. who reads what), and what it names.
   */
  record Call(String name, Set<String> allowedTo, Set<String> forbiddenTo, Target target,
      BiFunction<RestApi, Fixture, RestApi.Response> call) {

    /** Forbidden to every role: only {@code admin} repairs a case. */
    static Call forbidden(String name, Target target, BiFunction<RestApi, Fixture, RestApi.Response> call) {
      return new Call(name, NOBODY, EVERYBODY, target, call);
    }

    /** Allowed to some roles; the others' answer is not prescribed. */
    static Call readBy(Set<String> roles, String name, Target target, BiFunction<RestApi, Fixture, RestApi.Response> call) {
      return new Call(name, roles, NOBODY, target, call);
    }

    /** Allowed to some roles and forbidden to every other. */
    static Call onlyBy(Set<String> roles, String name, Target target, BiFunction<RestApi, Fixture, RestApi.Response> call) {
      Set<String> others = new HashSet<>(EVERYBODY);
      others.removeAll(roles);
      return new Call(name, roles, Set.copyOf(others), target, call);
    }
  }

  private static final Set<String> NOBODY = Set.of();
  private static final Set<String> EVERYBODY = Set.copyOf(ROLES.values());
  private static final Set<String> SUPERVISION = Set.of("county-360424-supervisor", "city-360400-supervisor",
      "province-360000-supervisor", "national-100000-supervisor", ANALYST);

  private static final List<Call> TABLE = List.of(
      // reading, as Tasklist and Cockpit do
      Call.readBy(EVERYBODY, "GET /task", Target.NONE, (rest, f) -> rest.get("/task")),
      Call.readBy(EVERYBODY, "GET /process-definition", Target.NONE, (rest, f) -> rest.get("/process-definition?latestVersion=true")),
      Call.readBy(EVERYBODY, "GET /filter", Target.NONE, (rest, f) -> rest.get("/filter?resourceType=Task")),
      Call.readBy(SUPERVISION, "GET /process-instance/{id}", Target.CASE, (rest, f) -> rest.get("/process-instance/" + f.caseId)),
      Call.readBy(SUPERVISION, "GET /history/process-instance", Target.NONE,
          (rest, f) -> rest.get("/history/process-instance?processInstanceId=" + f.caseId)),
      // the task's own work
      Call.onlyBy(Set.of(WORK_TEAM), "POST /task/{id}/claim + unclaim", Target.TASK, (rest, f) -> {
        RestApi.Response claimed = rest.post("/task/" + f.taskId + "/claim", Map.of("userId", f.currentLogin));
        return claimed.status() / 100 == 2 ? rest.post("/task/" + f.taskId + "/unclaim", Map.of()) : claimed;
      }),
      // remarks belong in the task's form, validated and kept with the case: nobody comments beside it
      Call.forbidden("POST /task/{id}/comment/create", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/comment/create", Map.of("message", "已电话联系户主"))),
      Call.onlyBy(Set.of(ANALYST), "POST /deployment/create", Target.NONE, (rest, f) -> f.deployProbe(rest, false)),
      // changing a case outside its forms
      Call.forbidden("POST /process-instance/{id}/modification", Target.CASE,
          (rest, f) -> rest.post("/process-instance/" + f.caseId + "/modification", Map.of("instructions",
              List.of(Map.of("type", "startBeforeActivity", "activityId", "Activity_YearEndSurvey"))))),
      Call.forbidden("POST /modification/execute", Target.NONE, (rest, f) -> rest.post("/modification/execute", f.modification())),
      Call.forbidden("POST /modification/executeAsync", Target.NONE,
          (rest, f) -> rest.post("/modification/executeAsync", f.modification())),
      Call.forbidden("DELETE /process-instance/{id}", Target.CASE, (rest, f) -> rest.delete("/process-instance/" + f.caseId)),
      Call.forbidden("POST /process-instance/delete", Target.NONE, (rest, f) -> rest.post("/process-instance/delete",
          Map.of("processInstanceIds", List.of(f.caseId), "deleteReason", "重复案件"))),
      Call.forbidden("PUT /process-instance/{id}/suspended", Target.CASE,
          (rest, f) -> rest.put("/process-instance/" + f.caseId + "/suspended", Map.of("suspended", true))),
      Call.forbidden("PUT /process-definition/{id}/suspended", Target.DEFINITION,
          (rest, f) -> rest.put("/process-definition/" + f.probeDefinition + "/suspended", Map.of("suspended", true))),
      Call.forbidden("PUT /process-definition/key/{key}/suspended", Target.DEFINITION,
          (rest, f) -> rest.put("/process-definition/key/" + PROBE + "/suspended", Map.of("suspended", true))),
      Call.forbidden("PUT /process-instance/{id}/variables/{name}", Target.CASE,
          (rest, f) -> rest.put("/process-instance/" + f.caseId + "/variables/villageCode", string("360424100201"))),
      Call.forbidden("POST /process-instance/{id}/variables", Target.CASE,
          (rest, f) -> rest.post("/process-instance/" + f.caseId + "/variables", modifications())),
      Call.forbidden("DELETE /process-instance/{id}/variables/{name}", Target.CASE,
          (rest, f) -> rest.delete("/process-instance/" + f.caseId + "/variables/householdHeadName")),
      Call.forbidden("PUT /task/{id}/variables/{name}", Target.TASK,
          (rest, f) -> rest.put("/task/" + f.taskId + "/variables/villageCode", string("360424100201"))),
      Call.forbidden("POST /task/{id}/variables", Target.TASK, (rest, f) -> rest.post("/task/" + f.taskId + "/variables", modifications())),
      Call.forbidden("DELETE /task/{id}/variables/{name}", Target.TASK,
          (rest, f) -> rest.delete("/task/" + f.taskId + "/variables/householdHeadName")),
      Call.forbidden("PUT /task/{id}/localVariables/{name}", Target.TASK,
          (rest, f) -> rest.put("/task/" + f.taskId + "/localVariables/villageCode", string("360424100201"))),
      Call.forbidden("POST /task/{id}/localVariables", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/localVariables", modifications())),
      Call.forbidden("DELETE /task/{id}/localVariables/{name}", Target.TASK,
          (rest, f) -> rest.delete("/task/" + f.taskId + "/localVariables/householdHeadName")),
      Call.forbidden("PUT /execution/{id}/localVariables/{name}", Target.EXECUTION,
          (rest, f) -> rest.put("/execution/" + f.executionId + "/localVariables/villageCode", string("360424100201"))),
      Call.forbidden("POST /execution/{id}/localVariables", Target.EXECUTION,
          (rest, f) -> rest.post("/execution/" + f.executionId + "/localVariables", modifications())),
      Call.forbidden("DELETE /execution/{id}/localVariables/{name}", Target.EXECUTION,
          (rest, f) -> rest.delete("/execution/" + f.executionId + "/localVariables/householdHeadName")),
      Call.forbidden("POST /message", Target.NONE, (rest, f) -> rest.post("/message", Map.of("messageName", "objectionRaised",
          "processInstanceId", f.noticeId, "processVariables", Map.of("objectionContent", string("绕过登记的异议"),
              "objectorName", string("匿名"))))),
      Call.forbidden("POST /signal", Target.NONE, (rest, f) -> rest.post("/signal", Map.of("name", "securityProbeSignal"))),
      Call.forbidden("PUT /job/{id}/duedate", Target.JOB,
          (rest, f) -> rest.put("/job/" + f.jobId + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0800"))),
      Call.forbidden("POST /job/{id}/execute", Target.JOB, (rest, f) -> rest.post("/job/" + f.jobId + "/execute", Map.of())),
      Call.forbidden("PUT /job/{id}/retries", Target.JOB, (rest, f) -> rest.put("/job/" + f.jobId + "/retries", Map.of("retries", 5))),
      Call.forbidden("PUT /task/{id}", Target.TASK, (rest, f) -> rest.put("/task/" + f.taskId, Map.of("name", "年终摸底调查（已改）",
          "tenantId", "county-360424"))),
      Call.forbidden("POST /task/{id}/assignee", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/assignee", Map.of("userId", "county-360424-office"))),
      Call.forbidden("POST /task/{id}/delegate", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/delegate", Map.of("userId", "county-360424-office"))),
      Call.forbidden("POST /task/{id}/resolve", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/resolve", Map.of("variables", Map.of()))),
      Call.forbidden("POST /task/{id}/bpmnError", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/bpmnError", Map.of("errorCode", "securityProbe"))),
      Call.forbidden("POST /task/{id}/bpmnEscalation", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/bpmnEscalation", Map.of("escalationCode", "securityProbe"))),
      Call.forbidden("POST /task/{id}/identity-links", Target.TASK, (rest, f) -> rest.post("/task/" + f.taskId + "/identity-links",
          Map.of("groupId", "village-360424100201-workteam", "type", "candidate"))),
      Call.forbidden("POST /task/{id}/identity-links/delete", Target.TASK,
          (rest, f) -> rest.post("/task/" + f.taskId + "/identity-links/delete", Map.of("groupId", WORK_TEAM, "type", "candidate"))),
      Call.forbidden("POST /task/create", Target.NONE, (rest, f) -> rest.post("/task/create", Map.of("name", PRIVATE_TASK))),
      Call.forbidden("DELETE /task/{id}", Target.TASK, (rest, f) -> rest.delete("/task/" + f.taskId)),
      Call.forbidden("POST /task/{id}/attachment/create", Target.TASK, (rest, f) -> rest.postMultipart(
          "/task/" + f.taskId + "/attachment/create", Map.of("attachment-name", "材料", "attachment-type", "link",
              "url", "http://example.invalid/"), Map.of())),
      Call.forbidden("DELETE /deployment/{id}", Target.DEPLOYMENT,
          (rest, f) -> rest.delete("/deployment/" + f.probeDeployment + "?cascade=true")));

  @Test
  @DisplayName("每个角色可以和不可以调用的REST接口")
  void shouldAnswerEveryRoleExactlyAsTheTableSays() throws IOException {
    Fixture fixture = new Fixture();
    Map<String, List<String>> differences = new LinkedHashMap<>();
    differences.put("got through", new ArrayList<>());
    differences.put("refused, but not with 403", new ArrayList<>());
    differences.put("403 without a Chinese message", new ArrayList<>());
    differences.put("allowed, but refused", new ArrayList<>());
    StringBuilder table = new StringBuilder("role\tlogin\tcall\texpected\tanswer\n");
    for (Map.Entry<String, String> role : ROLES.entrySet()) {
      RestApi official = restAs(role.getValue());
      for (Call call : TABLE) {
        boolean allowed = call.allowedTo().contains(role.getValue());
        boolean forbidden = call.forbiddenTo().contains(role.getValue());
        if (!allowed && !forbidden) {
          continue;
        }
        boolean canRead = fixture.canRead(official, call.target());
        fixture.currentLogin = role.getValue();
        RestApi.Response response = call.call().apply(official, fixture);
        boolean success = response.status() / 100 == 2;
        String cell = role.getKey() + " (" + role.getValue() + ") " + call.name() + ": " + describe(response);
        table.append(role.getKey()).append('\t').append(role.getValue()).append('\t').append(call.name()).append('\t')
            .append(allowed ? "allowed" : "403").append('\t').append(response.status()).append('\n');
        if (allowed && !success) {
          differences.get("allowed, but refused").add(cell);
        } else if (forbidden && success) {
          differences.get("got through").add(cell);
          fixture.repair();
        } else if (forbidden && response.status() == 403 && !hasChineseMessage(response)) {
          differences.get("403 without a Chinese message").add(cell);
        } else if (forbidden && response.status() != 403 && !(response.status() == 404 && call.target() != Target.NONE && !canRead)) {
          differences.get("refused, but not with 403").add(cell);
        }
      }
    }
    Path report = Path.of("target", "rest-rights-matrix.tsv");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table);

    StringBuilder summary = new StringBuilder();
    differences.forEach((kind, cells) -> summary.append(kind).append(": ").append(cells.size()).append('\n'));
    differences.forEach((kind, cells) -> cells.forEach(cell -> summary.append("  [").append(kind).append("] ").append(cell).append('\n')));
    assertThat(differences.values().stream().mapToInt(List::size).sum())
        .as("cells that differ from the table (all answers in " + report + "):\n" + summary).isZero();
  }

  private static boolean hasChineseMessage(RestApi.Response response) {
    try {
      return response.json().path("message").asText("").matches("(?s).*\\p{IsHan}.*");
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  private static String describe(RestApi.Response response) {
    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
    return response.status() + " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
  }

  private static Map<String, Object> modifications() {
    return Map.of("modifications", Map.of("villageCode", string("360424100201")));
  }

  /** The real ids the calls name, rebuilt where a call that got through changed them. */
  private final class Fixture {

    private int nextHousehold = 21;
    String currentLogin;
    String caseId;
    String taskId;
    String executionId;
    String definitionId;
    String noticeCaseId;
    String noticeId;
    String jobId;
    String probeDeployment;
    String probeDefinition;

    Fixture() {
      buildSurveyCase();
      buildNoticeCase();
      deployProbe(admin(), true);
    }


    Map<String, Object> modification() {
      return Map.of("processDefinitionId", definitionId, "processInstanceIds", List.of(caseId),
          "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Activity_YearEndSurvey")));
    }

    boolean canRead(RestApi official, Target target) {
      String path = switch (target) {
        case CASE -> "/process-instance/" + caseId;
        case TASK -> "/task/" + taskId;
        case EXECUTION -> "/execution/" + executionId;
        case JOB -> "/job/" + jobId;
        case DEFINITION -> "/process-definition/" + probeDefinition;
        case DEPLOYMENT -> "/deployment/" + probeDeployment;
        case NONE -> null;
      };
      return path != null && official.get(path).status() == 200;
    }

    /** Deploys the probe model (with duplicate filtering: unchanged, it is not deployed again); records it if told. */
    RestApi.Response deployProbe(RestApi official, boolean record) {
      String model;
      try {
        model = Files.readString(Path.of("src/test/resources/bpmn/accessProbe.bpmn"))
            .replace("id=\"accessProbe\"", "id=\"" + PROBE + "\"").replace("bpmnElement=\"accessProbe\"", "bpmnElement=\"" + PROBE + "\"");
        RestApi.Response response = official.postMultipart("/deployment/create",
            Map.of("deployment-name", PROBE, "enable-duplicate-filtering", "true", "deployment-source", "Camunda Modeler"),
            Map.of(PROBE + ".bpmn", model.getBytes(StandardCharsets.UTF_8),
                "accessProbeForm.form", Files.readAllBytes(Path.of("src/test/resources/forms/accessProbeForm.form"))));
        if (record) {
          assertThat(response.status()).as(response.body()).isEqualTo(200);
          probeDeployment = response.json().get("id").asText();
          probeDefinition = admin().get("/process-definition/key/" + PROBE).json().get("id").asText();
        }
        return response;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /** After a call that should have been refused: put back what the next call expects. */
    void repair() {
      awaitBatches();
      if (!surveyCaseIntact()) {
        admin().delete("/process-instance/" + caseId + "?skipCustomListeners=true&skipIoMappings=true");
        buildSurveyCase();
      } else if (!admin().get("/task/" + taskId).json().path("assignee").isNull()) {
        admin().post("/task/" + taskId + "/assignee", Collections.singletonMap("userId", null));
      }
      if (managementService.createJobQuery().jobId(jobId).count() == 0 || !caseState(noticeId).exists()
          || caseState(noticeId).suspended() || !caseState(noticeId).tasks().isEmpty()) {
        admin().delete("/process-instance/" + noticeCaseId + "?skipCustomListeners=true&skipIoMappings=true");
        buildNoticeCase();
      }
      if (admin().get("/deployment/" + probeDeployment).status() != 200) {
        deployProbe(admin(), true);
      }
      for (String definition : List.of(probeDefinition)) {
        if (admin().get("/process-definition/" + definition).json().path("suspended").asBoolean()) {
          admin().put("/process-definition/" + definition + "/suspended", Map.of("suspended", false));
        }
      }
      for (JsonNode task : admin().get("/task?name=" + URLEncoder.encode(PRIVATE_TASK, StandardCharsets.UTF_8)).json()) {
        admin().delete("/task/" + task.get("id").asText());
      }
    }

    private boolean surveyCaseIntact() {
      CaseState state = caseState(caseId);
      return state.exists() && !state.suspended() && state.activities().equals(List.of("Activity_YearEndSurvey"))
          && state.tasks().keySet().equals(Set.of(taskId)) && restAs(WORK_TEAM).get("/task/" + taskId).status() == 200;
    }

    private void awaitBatches() {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
      while (count("/batch/count") > 0 && Instant.now().isBefore(deadline)) {
        pause(250);
      }
    }

    private String nextHousehold() {
      assertThat(nextHousehold).as("households of the matrix: too many calls got through").isLessThanOrEqualTo(36);
      return xiushuiHousehold(nextHousehold++);
    }

    private void buildSurveyCase() {
      caseId = caseAtSurvey(nextHousehold());
      JsonNode task = admin().get("/task?processInstanceId=" + caseId).json().get(0);
      taskId = task.get("id").asText();
      executionId = task.get("executionId").asText();
      definitionId = task.get("processDefinitionId").asText();
    }

    private void buildNoticeCase() {
      noticeCaseId = caseInVillageNotice(nextHousehold());
      noticeId = noticeOf(noticeCaseId);
      jobId = managementService.createJobQuery().processInstanceId(noticeId).timers().singleResult().getId();
    }
  }
}
