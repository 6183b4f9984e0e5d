package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistSteps;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.villagelist.HeilongjiangListVariables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Five households of 新兴村 (黑龙江省黑河市逊克县奇克镇; households of this test alone) through the Heilongjiang procedure
 * (seed 004 四(一)) in the Chinese Tasklist, on the village's list, each step by the official whose task it is: the
 * committee holds one villager representatives' assembly for all five (one refused), the work team verifies the list
 * once with the households (one disputes its exit and is re-verified on its own by the representatives), the list is
 * posted once and an objection holds only its household, the committee announces the list once and each household is
 * 已脱贫. Only the seven days of each notice are simulated (the timer job is executed). The place and its officials
 * are added to the register for this class (the demo has none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeilongjiangHouseholdExitInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = OtherProvinceRegister.HEILONGJIANG_VILLAGE;
  private static final int YEAR = 2019;
  private static final int FIRST = 941;
  private static final int COUNT = 5;
  private static final int REFUSED = FIRST + 4;
  private static final int DISPUTES = FIRST + 3;
  private static final int OBJECTED = FIRST + 1;
  private static final String WORK_TEAM = "village-" + VILLAGE + "-workteam";
  private static final String COMMITTEE = "village-" + VILLAGE + "-committee";

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StatusRegister register;

  private ChineseBrowser browser;
  private TasklistSteps walk;

  @BeforeAll
  void addHeilongjiangAndOpenBrowser() {
    OtherProvinceRegister.ensure(jdbc);
    TestHouseholds.ensure(jdbc, VILLAGE, FIRST, COUNT);
    access.synchronise();
    demo.createOfficials();
    OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
    browser = new ChineseBrowser(port);
    walk = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  @Order(1)
  void shouldLetTheCommitteeAppraiseTheWholeListInOneAssembly() {
    // given: the county office has chosen the five households; the work team surveys the first in Tasklist
    for (int n = FIRST; n < FIRST + COUNT; n++) {
      RestApi.Response started = restAs("county-231123-office").post("/process-definition/key/householdExit/start",
          Map.of("variables", Map.of("householdId", string(household(n)), "exitYear", integer(YEAR))));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
    }
    walk.work(WORK_TEAM, caseTask(FIRST, "Activity_HouseholdSurvey"), "yearEndSurveyForm", household(FIRST),
        () -> browser.waitForText(By.cssSelector(".fjs-container"), "成员" + FIRST + "-1"));
    for (int n = FIRST + 1; n < FIRST + COUNT; n++) {
      taskService.complete(caseTask(n, "Activity_HouseholdSurvey").getId());
    }
    ProcessInstance list = list();
    Task assembly = listTask("Activity_AppraisalMeeting");

    // when: one task for the village: the date and the representatives once, four ticks and one line
    Instant started = Instant.now();
    walk.work(COMMITTEE, assembly, "heilongjiangAppraisalMeetingForm", "新兴村（" + VILLAGE + "）· 奇克镇 · 第1批名单 5户", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), "本批评议名单");
      browser.type("Field_AppraisalDate", "2019年11月25日");
      browser.type("Field_AppraisalAttendance", "35");
      for (int n = FIRST; n < REFUSED; n++) {
        browser.tick("Field_AgreedHouseholds", label(n));
      }
      browser.type("Field_RefusedHouseholds", household(REFUSED) + " 家庭收入来源单一，建议继续帮扶");
    });
    System.out.printf("representatives' assembly for %d households in Tasklist: %d s%n", COUNT,
        Duration.between(started, Instant.now()).toSeconds());

    // then: one assembly task in all; four wait for the verification, the refused one stays poor with its reason
    assertThat(taskService.createTaskQuery().processInstanceId(list.getId()).taskDefinitionKey("Activity_AppraisalMeeting")
        .count()).isZero();
    assertThat(runtimeService.getVariable(list.getId(), "appraisalDate")).isEqualTo("2019-11-25");
    assertThat(caseAt(FIRST, HeilongjiangListVariables.AWAITING_CONFIRMATION)).isTrue();
    assertThat(caseAt(DISPUTES, HeilongjiangListVariables.AWAITING_CONFIRMATION)).isTrue();
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(REFUSED))).contains(HouseholdStatus.POOR);
    assertThat(lastChange(REFUSED).reason()).isEqualTo("民主评议未同意退出：家庭收入来源单一，建议继续帮扶");
  }

  @Test
  @Order(2)
  void shouldLetTheWorkTeamVerifyTheListOnceAndReVerifyTheDisputingHouseholdOnItsOwn() {
    // when: the verifiers once; three households agree, one disputes its exit
    walk.work(WORK_TEAM, listTask("Activity_ListConfirmation"), "heilongjiangListConfirmationForm",
        "新兴村（" + VILLAGE + "）· 奇克镇 · 第1批名单 4户", () -> {
          browser.waitForText(By.cssSelector(".fjs-container"), "拟退出贫困户名单");
          browser.type("Field_ConfirmationVerifiers", "村党支部书记孙立军、驻村第一书记高峰、驻村工作队员马丽");
          for (int n = FIRST; n < DISPUTES; n++) {
            browser.tick("Field_AgreeingHouseholds", label(n));
          }
          browser.type("Field_DisagreeingHouseholds", household(DISPUTES) + " 户主认为务工收入不稳定，不同意退出");
        });

    // then: one notice with one timer for the three, printable for the village board with drinking water among the
    // criteria (seed 004 三); the disputing household's re-verification is its own task
    assertThat(caseAt(FIRST, "Activity_InVillageListNotice")).isTrue();
    assertThat(managementService.createJobQuery().timers().processInstanceId(list().getId()).count()).isEqualTo(1);
    WebappSession committee = webapp();
    committee.login("tasklist", COMMITTEE, DEMO_PASSWORD);
    RestApi.Response printed = committee.page("/notices/" + list().getId() + "/village");
    assertThat(printed.status()).isEqualTo(200);
    assertThat(printed.body().replaceAll("<[^>]+>", "")).contains("2019年度拟退出贫困户名单公示", "逊克县奇克镇新兴村",
        "住房安全、饮水安全有保障", "共3户", head(FIRST), head(FIRST + 2), "新兴村村民委员会")
        .doesNotContain(head(DISPUTES));
    Task reVerification = caseTask(DISPUTES, "Activity_RepresentativeReVerification");
    walk.work(COMMITTEE, reVerification, "representativeReVerificationForm", household(DISPUTES), () -> {
      browser.type("Field_RepresentativeCount", "9");
      browser.type("Field_ReVerificationFindings", "村民代表逐项再核实：两人常年在县城务工，收入稳定，达到退出标准");
      browser.pick("Field_ExitConfirmed", "确认退出");
    });
    assertThat(caseValue(DISPUTES, "householdAgrees")).isEqualTo(false);
    assertThat(caseValue(DISPUTES, "confirmationRemarks")).isEqualTo("户主认为务工收入不稳定，不同意退出");
    assertThat(caseAt(DISPUTES, "Activity_VillageNotice")).isTrue();
  }

  @Test
  @Order(3)
  void shouldHoldOnlyTheObjectedHouseholdAndGiveItAFullPeriodOfItsOwn() {
    // given: a villager's objection against one household of the list, received by the committee
    walk.logInAs(COMMITTEE);
    browser.openStartForm("登记异议");
    browser.type("Field_HouseholdId", household(OBJECTED));
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.type("Field_ObjectorName", "村民李四");
    browser.type("Field_ObjectionContent", "该户家中新购小轿车，收入未如实申报");
    browser.start();
    ProcessInstance notice = waitForNotice(OBJECTED);

    // when: the committee verifies it and finds it not upheld
    Task verification = walk.waitForTask(() -> taskService.createTaskQuery().processInstanceId(notice.getId())
        .taskDefinitionKey("Activity_VerifyObjection"));
    Instant[] decided = new Instant[1];
    walk.work(COMMITTEE, verification, "verifyObjectionForm", household(OBJECTED), () -> {
      assertThat(browser.value("Field_ObjectionContent")).isEqualTo("该户家中新购小轿车，收入未如实申报");
      browser.type("Field_ObjectionFindings", "经核实，车辆为其在外务工的儿子购买，家庭收入属实");
      browser.pick("Field_ObjectionUpheld", "不成立，重新公示");
      decided[0] = Instant.now();
    });

    // then: its own notice runs a full period from the decision; the list keeps its earlier one
    Job ownPeriod = managementService.createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    assertThat(ownPeriod.getDuedate().toInstant()).isEqualTo(decided[0].atZone(cn.gov.povertyexit.notice.NoticePeriod.CHINA).toLocalDate().plusDays(8)
        .atStartOfDay(cn.gov.povertyexit.notice.NoticePeriod.CHINA).toInstant());
    Job listPeriod = managementService.createJobQuery().processInstanceId(list().getId()).timers().singleResult();
    assertThat(listPeriod.getDuedate()).isBeforeOrEqualTo(ownPeriod.getDuedate());

    // when: the list's period ends
    managementService.executeJob(listPeriod.getId());

    // then: the two others wait for the announcement, the objected household is not among them
    assertThat(caseAt(FIRST, HeilongjiangListVariables.AWAITING_ANNOUNCEMENT)).isTrue();
    assertThat(caseAt(FIRST + 2, HeilongjiangListVariables.AWAITING_ANNOUNCEMENT)).isTrue();
    assertThat(runtimeService.getVariable(list().getId(), "verificationList").toString()).doesNotContain(household(OBJECTED));
    assertThat(caseAt(OBJECTED, "Activity_VillageNotice")).isTrue();
  }

  @Test
  @Order(4)
  void shouldLetTheCommitteeAnnounceTheListOnceAndRecordEachExit() {
    // when
    walk.work(COMMITTEE, listTask("Activity_AnnounceExit"), "heilongjiangListAnnouncementForm",
        "新兴村（" + VILLAGE + "）· 奇克镇 · 第1批名单 2户", () -> {
          browser.waitForText(By.cssSelector(".fjs-container"), "公示无异议的农户");
          assertThat(browser.value("Field_VillageName")).isEqualTo("新兴村");
          browser.type("Field_AnnouncementNumber", "新兴村公告〔2019〕3号");
          browser.type("Field_AnnouncementDate", "2019年12月20日");
        });

    // then: both households are 已脱贫 at once, by the committee, with the announcement; the list is done
    for (int n : List.of(FIRST, FIRST + 2)) {
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(n))).contains(HouseholdStatus.EXITED);
      assertThat(lastChange(n).actor()).isEqualTo(COMMITTEE);
      assertThat(lastChange(n).reason()).isEqualTo(YEAR + "年度脱贫退出：公告退出（新兴村公告〔2019〕3号）");
    }
    assertThat(list()).isNull();
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(OBJECTED))).contains(HouseholdStatus.PRE_EXIT);
  }

  @Test
  @Order(5)
  void shouldAnnounceTheReVerifiedHouseholdOnItsOwnAfterItsOwnNotice() {
    // when: its own seven days pass and the committee announces it
    walk.passNotice(caseKey(DISPUTES));
    walk.work(COMMITTEE, caseTask(DISPUTES, "Activity_AnnounceExit"), "exitAnnouncementForm", household(DISPUTES), () -> {
      assertThat(browser.value("Field_HouseholdId")).isEqualTo(household(DISPUTES));
      browser.type("Field_AnnouncementNumber", "新兴村公告〔2019〕4号");
      browser.type("Field_AnnouncementDate", "2019年12月28日");
    });

    // then
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(DISPUTES))).contains(HouseholdStatus.EXITED);
    assertThat(lastChange(DISPUTES).reason()).isEqualTo(YEAR + "年度脱贫退出：公告退出（新兴村公告〔2019〕4号）");
  }

  // --- helpers

  /** The village's first list of the year, while it runs. */
  private ProcessInstance list() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(HeilongjiangListVariables.PROCESS_KEY)
        .processInstanceBusinessKey(VILLAGE + "-" + YEAR + "-1").singleResult();
  }

  private Task listTask(String activityId) {
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceId(list().getId()).taskDefinitionKey(activityId));
  }

  private Task caseTask(int n, String activityId) {
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseKey(n))
        .taskDefinitionKey(activityId));
  }

  /** The household's Heilongjiang procedure (the instance its tasks and its list's answers belong to). */
  private ProcessInstance procedure(int n) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("householdExitHeilongjiang")
        .processInstanceBusinessKey(caseKey(n)).singleResult();
  }

  private boolean caseAt(int n, String activityId) {
    return runtimeService.createExecutionQuery().processInstanceId(procedure(n).getId()).activityId(activityId).count() == 1;
  }

  private Object caseValue(int n, String name) {
    return runtimeService.getVariable(procedure(n).getId(), name);
  }

  private ProcessInstance waitForNotice(int n) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      ProcessInstance notice = runtimeService.createProcessInstanceQuery().processDefinitionKey("publicNotice")
          .processInstanceBusinessKey(caseKey(n)).singleResult();
      if (notice != null) {
        return notice;
      }
      pause(250);
    }
    throw new AssertionError("no objection verification for " + caseKey(n));
  }

  private StatusChange lastChange(int n) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, household(n));
    return trail.get(trail.size() - 1);
  }

  private static String caseKey(int n) {
    return HouseholdVariables.businessKey(household(n), YEAR);
  }

  private static String household(int n) {
    return TestHouseholds.id(VILLAGE, n);
  }

  private static String head(int n) {
    return String.format("户主%04d", n);
  }

  private static String label(int n) {
    return "户主" + String.format("%04d", n) + "（" + household(n) + "）";
  }
}
