package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistSteps;
import cn.gov.povertyexit.support.TestHouseholds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spot checks of 都昌县's exits of 2019 (thirteen households of 西源村) in the Chinese Tasklist: the county office
 * starts the check from 发起流程 at 85%; the leading group finds one sampled house unsafe at its visit (the other visits
 * are done over REST, as the leading group would in its list) and names the unsampled exit to revoke in proportion;
 * then the city's own check of the same year fails every visit, and the township re-verifies an exit at home and
 * confirms it. The exits are set up as the household procedure records them, with their exit year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpotCheckInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360428100202";
  private static final int FIRST = 801;
  private static final int EXITS = 13;
  private static final int YEAR = 2019;
  private static final String LEADING_GROUP = "county-360428-leadinggroup";

  @Autowired JdbcClient jdbc;
  @Autowired StatusRegister register;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private ChineseBrowser browser;
  private TasklistSteps walk;
  private final List<String> revoked = new ArrayList<>();

  @BeforeAll
  void exitHouseholdsAndOpenBrowser() {
    TestHouseholds.ensure(jdbc, VILLAGE, FIRST, EXITS);
    for (int n = FIRST; n < FIRST + EXITS; n++) {
      String id = TestHouseholds.id(VILLAGE, n);
      if (register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.POOR) {
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
            new ChangeContext("county-360428-office", null, YEAR + "年度预退出（测试准备）"));
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
            new ChangeContext("county-360428-government", null, YEAR + "年度脱贫退出（测试准备）"));
      }
      jdbc.sql("update household set exit_year = ? where id = ?").params(YEAR, id).update();
    }
    browser = new ChineseBrowser(port);
    walk = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  @Order(1)
  void shouldRevokeTheFailedVisitAndTheNamedUnsampledExit() {
    // when: the county office starts the check of 2019 at 85% from 发起流程
    walk.logInAs("county-360428-office");
    browser.openStartForm("县级贫困户退出抽查");
    browser.type("Field_CountyCode", "360428");
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.type("Field_SampleRate", "0.85");
    browser.screenshot("spotCheckStartForm");
    browser.start();
    String check = waitForCheck(LEADING_GROUP);
    List<Task> visits = waitForVisits(check, 12);

    // the leading group finds the first sampled house dangerous; the other visits confirm the register
    Task failing = visits.get(0);
    String failed = (String) taskService.getVariable(failing.getId(), "assessedHouseholdId");
    walk.work(LEADING_GROUP, failing, "householdCheckForm", failed, () -> {
      assertThat(browser.value("Field_CheckName")).isEqualTo("县级抽查");
      assertThat(browser.value("Field_VillageName")).isEqualTo("西源村");
      assertThat(browser.chosen("Field_HousingRating")).isEqualTo("A级（安全）");
      browser.choose("Field_HousingRating", "D级（整体危险）");
      browser.type("Field_AssessmentRemarks", "入户抽查：主房墙体倒塌，鉴定为D级危房");
    });
    RestApi leadingGroup = restAs(LEADING_GROUP);
    for (Task visit : visits.subList(1, visits.size())) {
      RestApi.Response done = leadingGroup.post("/task/" + visit.getId() + "/complete",
          Map.of("variables", Map.of("assessmentRemarks", string("入户抽查属实"))));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    String unsampled = unsampledExit(check);
    StringBuilder namingRefusal = new StringBuilder();
    Task naming = walk.waitForTask(() -> taskService.createTaskQuery().processInstanceId(check)
        .taskDefinitionKey("Activity_NameUnsampled"));
    walk.work(LEADING_GROUP, naming, "revocationNamingForm", "都昌县", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), unsampled);
      assertThat(browser.value("Field_UnsampledToRevoke")).isEqualTo("1");
      // first with a remark after the id, which the list does not take
      browser.type("Field_NamedRevocations", unsampled + " 比照抽查不合格比例回退");
      browser.complete();
      browser.waitForText(By.cssSelector(".page-notifications"), "不是户编号");
      namingRefusal.append(browser.notifications());
      browser.screenshot("revocationNamingForm-refused");
      browser.type("Field_NamedRevocations", unsampled);
    });
    assertThat(namingRefusal.toString()).contains("回退名单只填户编号，每行一个：“比照抽查不合格比例回退”不是户编号")
        .doesNotContain("Exception");

    // then: the failed and the named exit are revoked, by the leading group, with the check linked
    waitForStatus(failed, HouseholdStatus.REVOKED);
    waitForStatus(unsampled, HouseholdStatus.REVOKED);
    var trail = register.history(SubjectType.HOUSEHOLD, unsampled);
    assertThat(trail.get(trail.size() - 1).actor()).isEqualTo(LEADING_GROUP);
    assertThat(trail.get(trail.size() - 1).processInstanceId()).isEqualTo(check);
    revoked.add(failed);
    revoked.add(unsampled);
  }

  private String waitForCheck(String checkers) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      var checks = runtimeService.createProcessInstanceQuery().processDefinitionKey("countyHouseholdSpotCheck")
          .variableValueEquals("countyCode", "360428").variableValueEquals("exitYear", YEAR)
          .variableValueEquals("checkerGroup", checkers).list();
      if (checks.size() == 1) {
        return checks.get(0).getId();
      }
      pause(250);
    }
    throw new AssertionError("no spot check of 360428 in " + YEAR);
  }

  private List<Task> waitForVisits(String check, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<Task> visits = List.of();
    while (Instant.now().isBefore(deadline)) {
      visits = taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_HomeCheck").list();
      if (visits.size() == count) {
        return visits;
      }
      pause(250);
    }
    throw new AssertionError("expected " + count + " visits, found " + visits.size());
  }

  private String unsampledExit(String check) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Object list = runtimeService.createProcessInstanceQuery().processInstanceId(check).count() == 0 ? null
          : runtimeService.getVariable(check, "unsampledList");
      if (list instanceof SpinJsonNode rows && rows.elements().size() == 1) {
        return rows.elements().get(0).prop("householdId").stringValue();
      }
      pause(250);
    }
    throw new AssertionError("no single unsampled exit in the check");
  }

  private void waitForStatus(String household, HouseholdStatus status) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (register.currentStatus(SubjectType.HOUSEHOLD, household).orElseThrow() != status && Instant.now().isBefore(deadline)) {
      pause(250);
    }
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household)).contains(status);
  }
}
