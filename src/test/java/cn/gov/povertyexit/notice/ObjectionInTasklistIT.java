package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.HouseholdCases;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistSteps;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An objection during a household's village notice, in the Chinese Tasklist: the village committee of 南山村 registers
 * what a villager says (登记异议, from 发起流程) — first against a household that is not in notice, which is refused —
 * then verifies it (核实异议) and finds it groundless, so the household gets a full new period of its own while its
 * village's list keeps its period. The household reaches its list's notice over REST, each step by its official.
 */
class ObjectionInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360424100202";
  private static final String HOUSEHOLD = TestHouseholds.id(VILLAGE, 801);
  private static final String NOT_IN_NOTICE = TestHouseholds.id(VILLAGE, 802);
  private static final int YEAR = 2020;
  private static final String CASE = HOUSEHOLD + "-" + YEAR;
  private static final String COMMITTEE = "village-" + VILLAGE + "-committee";

  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void shouldLetTheCommitteeRegisterAnObjectionAndFindItGroundless() {
    // given: the household's case is in its village notice
    TestHouseholds.ensure(jdbc, VILLAGE, 801, 2);
    RestApi.Response started = restAs("county-360424-office").post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(HOUSEHOLD), "exitYear", integer(YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String exit = started.json().get("id").asText();
    OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
    completeOnlyTask(restAs("village-" + VILLAGE + "-workteam"), exit, Map.of());
    String list = HouseholdCases.listOf(runtimeService, exit);
    completeOnlyTask(restAs(COMMITTEE), list, Map.of("appraisalDate", string(YEAR + "-11-20"),
        "appraisalAttendance", longValue(28), "noticePostingPlace", string("本村村务公开栏"), "agreedHouseholds", json("[\"" + HOUSEHOLD + "\"]")));
    String listPeriodTimer = timerOf(list);

    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      TasklistSteps walk = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
      // when: the committee registers the objection, first under the wrong household id
      walk.logInAs(COMMITTEE);
      browser.openStartForm("登记异议");
      browser.type("Field_HouseholdId", NOT_IN_NOTICE);
      browser.type("Field_ExitYear", String.valueOf(YEAR));
      browser.type("Field_ObjectorName", "村民刘桂兰");
      browser.type("Field_ObjectionContent", "该户家中有人在县城经商，收入未如实申报");
      String refusal = browser.startRefused("当前不在公示期");
      browser.screenshot("registerObjectionForm-refused");
      browser.type("Field_HouseholdId", HOUSEHOLD);
      browser.start();

      ProcessInstance notice = noticeOfCase();
      Task verification = walk.waitForTask(() -> taskService.createTaskQuery().processInstanceId(notice.getId())
          .taskDefinitionKey("Activity_VerifyObjection"));
      walk.work(COMMITTEE, verification, "verifyObjectionForm", HOUSEHOLD, () -> {
        browser.waitForText(By.cssSelector(".fjs-container"), "核实情况");
        assertThat(browser.value("Field_ObjectorName")).isEqualTo("村民刘桂兰");
        assertThat(browser.value("Field_ObjectionContent")).isEqualTo("该户家中有人在县城经商，收入未如实申报");
        browser.type("Field_ObjectionFindings", "经走访核实，经商者为已分户的女婿，不属本户成员");
        browser.pick("Field_ObjectionUpheld", "不成立，重新公示");
      });

      // then: the refusal was Chinese; the objection was verified and the household's own notice runs a new full
      // period, while the list's period goes on for the rest of the village
      assertThat(refusal).contains("当前不在公示期，不能登记异议").doesNotContain("Exception", "ENGINE");
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("objectionRegistration")
          .variableValueEquals("householdId", HOUSEHOLD).finished().count()).isEqualTo(1);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(notice.getId())
          .variableName("objectionFindings").singleResult().getValue()).isEqualTo("经走访核实，经商者为已分户的女婿，不属本户成员");
      assertThat(noticeOfCase().getId()).isEqualTo(notice.getId());
      String newPeriodTimer = timerOf(notice.getId());
      assertThat(newPeriodTimer).isNotEqualTo(listPeriodTimer);
      assertThat(timerOf(list)).isEqualTo(listPeriodTimer);
    }
  }

  private ProcessInstance noticeOfCase() {
    for (int attempt = 0; attempt < 120; attempt++) {
      ProcessInstance notice = runtimeService.createProcessInstanceQuery().processDefinitionKey("publicNotice")
          .processInstanceBusinessKey(CASE).singleResult();
      if (notice != null) {
        return notice;
      }
      pause(250);
    }
    throw new AssertionError("no notice for " + CASE);
  }

  private String timerOf(String notice) {
    for (int attempt = 0; attempt < 120; attempt++) {
      var timer = managementService.createJobQuery().processInstanceId(notice).timers().singleResult();
      if (timer != null) {
        return timer.getId();
      }
      pause(250);
    }
    throw new AssertionError("no timer in the notice of " + CASE);
  }
}
