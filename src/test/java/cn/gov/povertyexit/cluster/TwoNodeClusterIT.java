package cn.gov.povertyexit.cluster;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.povertyexit.support.EmbeddedPostgresDatabase;
import cn.gov.povertyexit.support.PackagedApplication;
import cn.gov.povertyexit.support.ProjectModels;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A homogeneous cluster: two nodes of the packaged jar started at the same moment on one empty PostgreSQL
 * database. Both start; the models, the demo register and the officials exist once; the notice timers of cases
 * worked through both nodes each fire exactly once; a webapp login lives on one node only (sticky sessions).
 */
class TwoNodeClusterIT {

  private static final Logger LOG = LoggerFactory.getLogger(TwoNodeClusterIT.class);
  static final String ADMIN_PASSWORD = "cluster-admin-password";
  static final String VILLAGE = "360424100201";
  static final int CASES = 8;

  @Test
  void shouldStartTwoNodesTogetherOnAnEmptyDatabaseAndFireEveryNoticeTimerOnce() throws Exception {
    String database = EmbeddedPostgresDatabase.createDatabase("poverty_exit_cluster");
    JdbcClient jdbc = JdbcClient.create(EmbeddedPostgresDatabase.server().getDatabase("postgres", database));
    Map<String, String> settings = Map.of("POVERTY_EXIT_ADMIN_PASSWORD", ADMIN_PASSWORD, "POVERTY_EXIT_DEMO", "true");

    try (PackagedApplication first = PackagedApplication.start("cluster-node-1", database, settings);
         PackagedApplication second = PackagedApplication.start("cluster-node-2", database, settings)) {
      first.awaitUp(Duration.ofMinutes(5));
      second.awaitUp(Duration.ofMinutes(5));

      // once: schema, deployment, demo register, officials, filters
      assertThat(jdbc.sql("select count(*) from act_re_deployment where name_ = 'poverty-exit'").query(Integer.class).single())
          .as("deployments").isEqualTo(1);
      assertThat(jdbc.sql("select count(*) from act_re_procdef").query(Integer.class).single())
          .as("process definitions").isEqualTo(ProjectModels.files("bpmn", ".bpmn").size());
      assertThat(jdbc.sql("select count(*) - count(distinct subject_type || subject_id) from status_change where actor = 'demo-loader'")
          .query(Integer.class).single()).as("demo registrations recorded twice").isZero();
      assertThat(jdbc.sql("select count(*) from status_change where actor = 'demo-loader' and subject_type = 'HOUSEHOLD'")
          .query(Integer.class).single()).as("demo households").isEqualTo(jdbc.sql("select count(*) from household")
          .query(Integer.class).single());
      assertThat(jdbc.sql("select count(*) from act_ru_filter group by name_, owner_ having count(*) > 1").query(Integer.class).list())
          .as("Tasklist filters created twice").isEmpty();
      assertThat(first.log() + second.log()).doesNotContain("duplicate key");

      // the cases are started on one node and worked on the other
      RestApi office = first.restAs("county-360424-office", PackagedApplication.DEMO_PASSWORD);
      RestApi workTeam = second.restAs("village-" + VILLAGE + "-workteam", PackagedApplication.DEMO_PASSWORD);
      RestApi committee = first.restAs("village-" + VILLAGE + "-committee", PackagedApplication.DEMO_PASSWORD);
      RestApi admin = second.restAs("admin", ADMIN_PASSWORD);
      Map<String, String> cases = new LinkedHashMap<>();
      for (int number = 1; number <= CASES; number++) {
        String household = VILLAGE + String.format("%04d", number);
        RestApi.Response started = office.post("/process-definition/key/householdExit/start",
            Map.of("variables", Map.of("householdId", string(household), "exitYear", integer(2020))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        cases.put(household, started.json().get("id").asText());
      }
      for (String caseId : cases.values()) {
        completeOnlyTask(workTeam, caseId, Map.of());
      }
      // the surveyed households of the village are on one list: the committee holds one meeting for them
      JsonNode meetings = committee.get("/task?processDefinitionKey=villageHouseholdExitList").json();
      assertThat(meetings).as("one meeting for the village").hasSize(1);
      String list = meetings.get(0).get("processInstanceId").asText();
      JsonNode candidates = admin.get("/process-instance/" + list + "/variables/appraisalCandidates?deserializeValue=false").json().get("value");
      List<String> agreed = new ArrayList<>();
      JsonNode options = candidates.isTextual() ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(candidates.asText())
          : candidates;
      options.forEach(option -> agreed.add(option.get("value").asText()));
      completeOnlyTask(committee, list, Map.of("appraisalDate", string("2020-11-20"), "appraisalAttendance", longValue(31), "noticePostingPlace", string("本村村务公开栏"),
          "agreedHouseholds", Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(agreed),
              "type", "Json")));
      Map<String, String> noticeOfCase = new LinkedHashMap<>();
      for (Map.Entry<String, String> exit : cases.entrySet()) {
        if (agreed.contains(exit.getKey())) {
          noticeOfCase.put(exit.getValue(), list);
        }
      }
      List<String> notices = List.of(list);
      assertThat(noticeOfCase).as("cases on the village's notice").isNotEmpty();

      // every notice period ends now: the job executors of both nodes compete for the timers
      for (String notice : notices) {
        JsonNode timer = admin.get("/job?timers=true&processInstanceId=" + notice).json();
        assertThat(timer).hasSize(1);
        RestApi.Response moved = admin.put("/job/" + timer.get(0).get("id").asText() + "/duedate",
            Map.of("duedate", "2020-11-28T00:00:00.000+0800"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(204);
      }
      String firedQuery = "select count(*) from act_hi_actinst where act_id_ = 'Event_VillageNoticeEnded' and end_time_ is not null";
      await("every notice timer fired").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
          .until(() -> jdbc.sql(firedQuery).query(Integer.class).single() >= notices.size());
      // and no timer fires a second time on the other node
      await("the count of fired notice timers to stay").during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(30))
          .until(() -> jdbc.sql(firedQuery).query(Integer.class).single() == notices.size());

      int fired = jdbc.sql(firedQuery).query(Integer.class).single();
      int noticesFiredTwice = jdbc.sql("select count(*) from (select proc_inst_id_ from act_hi_actinst"
          + " where act_id_ = 'Event_VillageNoticeEnded' and end_time_ is not null group by proc_inst_id_ having count(*) > 1) twice")
          .query(Integer.class).single();
      int successfulTimerRuns = jdbc.sql("select count(*) from act_hi_job_log where job_def_type_ = 'timer-intermediate-transition'"
          + " and act_id_ = 'Event_VillageNoticeEnded' and job_state_ = 2").query(Integer.class).single();
      LOG.info("Notice timers: {} expected, {} fired, {} successful timer jobs, {} fired twice",
          notices.size(), fired, successfulTimerRuns, noticesFiredTwice);
      assertThat(fired).as("notice timers fired").isEqualTo(notices.size());
      assertThat(noticesFiredTwice).isZero();
      assertThat(successfulTimerRuns).as("successful runs of notice timer jobs").isEqualTo(notices.size());
      for (String caseId : noticeOfCase.keySet()) {
        assertThat(jdbc.sql("select count(*) from act_ru_execution where proc_inst_id_ = ? and act_id_ = 'Activity_AwaitTownshipListVerification'")
            .param(caseId).query(Integer.class).single()).as("township's list verification of " + caseId).isEqualTo(1);
      }
      assertThat(jdbc.sql("select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'Activity_TownshipListVerification'")
          .param(list).query(Integer.class).single()).as("one township verification for the list").isEqualTo(1);

      // a webapp login is a session of the node that made it: the load balancer must keep an official on that node
      WebappSession tasklist = new WebappSession(first.baseUrl());
      assertThat(tasklist.login("tasklist", "village-" + VILLAGE + "-workteam", PackagedApplication.DEMO_PASSWORD)).isEqualTo(200);
      assertThat(tasklist.authenticationStatusOn(first.baseUrl())).as("on the node of the login").isEqualTo(200);
      assertThat(tasklist.authenticationStatusOn(second.baseUrl())).as("on the other node").isNotEqualTo(200);

      // a node restarted on the populated database deploys nothing new
      second.close();
      try (PackagedApplication restarted = PackagedApplication.start("cluster-node-2-restarted", database, settings)) {
        restarted.awaitUp(Duration.ofMinutes(5));
        assertThat(jdbc.sql("select count(*) from act_re_deployment where name_ = 'poverty-exit'").query(Integer.class).single())
            .as("deployments after a restart").isEqualTo(1);
      }
    }
  }

  private static void completeOnlyTask(RestApi official, String caseId, Map<String, Object> variables) {
    JsonNode tasks = await("a task of " + caseId).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
        .until(() -> official.get("/task?processInstanceId=" + caseId).json(), found -> found.size() > 0);
    assertThat(tasks).hasSize(1);
    RestApi.Response completed = official.post("/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", variables));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }
}
