package cn.gov.povertyexit.villagelist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.ChineseDates;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.support.WebappSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * A village of 24 households due in one year (竹坪村, 修水县宁州镇; households of this test alone), walked in the Chinese Tasklist as its officials
 * would: the committee holds one meeting for all of them, one household receives an objection during the list's
 * notice, the township verifies the list once and corrects one household. Only the seven days of each notice are
 * simulated (the timer job is executed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VillageListInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360424101201";
  private static final String TOWNSHIP = "360424101";
  private static final int YEAR = 2018;
  private static final int FIRST = 971;
  private static final int COUNT = 24;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  private ChineseBrowser browser;

  @BeforeAll
  void surveyTheVillage() {
    TestHouseholds.ensure(jdbc, VILLAGE, FIRST, COUNT);
    cn.gov.povertyexit.support.OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
    for (int n = FIRST; n < FIRST + COUNT; n++) {
      ProcessInstance exit = runtimeService.startProcessInstanceByKey(HouseholdVariables.PROCESS_KEY,
          Map.of("householdId", household(n), "exitYear", YEAR));
      // a past year: the year-end date has passed and the job executor opens the survey at once
      taskService.complete(waitForTask(exit, "Activity_YearEndSurvey").getId());
    }
    browser = new ChineseBrowser(port);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  @Order(1)
  void shouldLetTheCommitteeHoldOneMeetingForAllTwentyFourHouseholds() {
    // given
    ProcessInstance list = list();
    Task meeting = waitForTask(list, "Activity_AppraisalMeeting");
    assertThat(formKeyOfTask("village-" + VILLAGE + "-committee", meeting.getId())).isEqualTo("villageAppraisalMeetingForm");
    int clicks = 0;
    Instant started = Instant.now();

    // when: the committee finds one task for the village, opens it, records the meeting once and votes each household
    browser.logIntoTasklist("village-" + VILLAGE + "-committee", DEMO_PASSWORD);
    browser.openFilter("本组待办");
    clicks++;
    browser.waitForText(By.cssSelector(".tasks-list"), "第1批名单 24户");
    List<String> tasks = browser.taskList().stream().filter(task -> task.contains("召开民主评议会") && task.contains("办理对象"))
        .toList();
    // the official clicks the task in the list; the test opens it by its id, which is the same page
    browser.openTask(meeting.getId());
    clicks++;
    browser.waitForText(By.cssSelector(".fjs-container"), "本批评议名单");
    browser.claim();
    clicks++;
    browser.screenshot("village-appraisal-meeting-list");
    browser.type("Field_AppraisalDate", "2018年11月20日");
    browser.type("Field_AppraisalAttendance", "31");
    clicks += 2;
    for (int n = FIRST; n < FIRST + COUNT - 1; n++) {
      browser.tick("Field_AgreedHouseholds", label(n));
      clicks++;
    }
    browser.type("Field_RefusedHouseholds", household(FIRST + COUNT - 1) + " 家庭收入来源单一，不稳定，建议继续帮扶");
    clicks++;
    browser.screenshot("village-appraisal-meeting");
    browser.complete();
    clicks++;
    waitUntilGone(meeting);
    Duration took = Duration.between(started, Instant.now());

    // then: one task; 23 households on the village's notice, one kept with its reason
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0)).contains("竹坪村（" + VILLAGE + "）· 宁州镇 · 第1批名单 24户", YEAR + "年");
    assertThat(runtimeService.getVariable(list.getId(), "proposedCount")).isEqualTo(COUNT - 1);
    assertThat(runtimeService.getVariable(list.getId(), "appraisalDate")).isEqualTo("2018-11-20");
    assertThat(caseAt(FIRST, "Activity_InVillageListNotice")).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        HouseholdVariables.businessKey(household(FIRST + COUNT - 1), YEAR)).count()).isZero();
    assertThat(managementService.createJobQuery().timers().processInstanceId(list.getId()).count()).isEqualTo(1);
    System.out.printf("committee's meeting for %d households: %d clicks, 2 typed fields and 1 line, %d s%n",
        COUNT, clicks, took.toSeconds());
  }

  @Test
  @Order(2)
  void shouldLetTheCommitteePrintTheListsNoticeFromTasklist() {
    // given: the list is in its notice period
    ProcessInstance list = list();
    Job period = managementService.createJobQuery().processInstanceId(list.getId()).timers().singleResult();
    // posted today: the period runs from tomorrow to 24:00 of the 7th day, when the timer fires (seed 000 五(1))
    LocalDate endsOn = LocalDate.now(CHINA).plusDays(7);
    assertThat(period.getDuedate().toInstant()).isEqualTo(endsOn.plusDays(1).atStartOfDay(CHINA).toInstant());
    String firstDay = ChineseDates.of(LocalDate.now(CHINA).plusDays(1));
    String lastDay = ChineseDates.of(endsOn);
    List<String> nationalIds = jdbc.sql("select national_id from household_member where household_id = ?")
        .param(household(FIRST)).query(String.class).list();

    // when: the committee opens 公示栏 from Tasklist's header and the list's printable notice
    browser.logIntoTasklist("village-" + VILLAGE + "-committee", DEMO_PASSWORD);
    browser.click(browser.waitFor(By.linkText("公示栏")));
    browser.switchToNewestWindow();
    browser.waitForText(By.tagName("h1"), "公示栏");
    browser.screenshot("notice-board");
    String board = browser.pageText();
    browser.click(browser.waitFor(By.cssSelector("a[href='/notices/" + list.getId() + "/village']")));
    browser.switchToNewestWindow();
    browser.waitForText(By.tagName("h1"), "拟退出贫困户名单公示");
    browser.screenshot("village-list-notice-print");
    String notice = browser.pageText();
    List<String> heads = browser.driver().findElements(By.cssSelector("td.head")).stream().map(cell -> cell.getText()).toList();
    browser.closeExtraWindows();

    // then: the board shows the list; the notice names the 23 agreed heads, the period and who takes objections,
    // and nothing beyond the name (no 户编号 or 身份证号)
    assertThat(board).contains("竹坪村（" + VILLAGE + "）", "2018年 第1批", "村级公示（民主评议后）");
    assertThat(notice).contains("2018年度拟退出贫困户名单公示", "修水县宁州镇竹坪村", "经民主评议",
        "公示期为" + firstDay + "至" + lastDay, "共23户", "竹坪村村民委员会", "张贴地点：本村村务公开栏");
    assertThat(heads).hasSize(COUNT - 1).contains(head(FIRST), head(FIRST + COUNT - 2))
        .doesNotContain(head(FIRST + COUNT - 1));
    assertThat(notice).doesNotContain(household(FIRST), VILLAGE + "0");
    assertThat(nationalIds).isNotEmpty().allSatisfy(id -> assertThat(notice).doesNotContain(id, id.substring(6, 14)));
  }

  @Test
  @Order(3)
  void shouldShowTheNoticeOnlyToOfficialsOfItsPlaceAndOnlyAfterLogin() {
    // given
    String page = "/notices/" + list().getId() + "/village";
    WebappSession county = webapp();
    WebappSession otherVillage = webapp();
    WebappSession otherCounty = webapp();
    assertThat(county.login("tasklist", "county-360424-office", DEMO_PASSWORD)).isEqualTo(200);
    assertThat(otherVillage.login("tasklist", "village-360424100201-committee", DEMO_PASSWORD)).isEqualTo(200);
    assertThat(otherCounty.login("tasklist", "county-360428-office", DEMO_PASSWORD)).isEqualTo(200);

    // when
    RestApi.Response anonymous = webapp().page(page);
    RestApi.Response ofCounty = county.page(page);
    RestApi.Response ofOtherVillage = otherVillage.page(page);
    RestApi.Response ofOtherCounty = otherCounty.page(page);
    RestApi.Response unknown = county.page("/notices/no-such-list/village");
    long noticeId = jdbc.sql("select id from public_notice where case_instance_id = ? and kind = 'VILLAGE_LIST'")
        .param(list().getId()).query(Long.class).single();
    RestApi.Response byNumber = county.page("/notices/" + noticeId);
    RestApi.Response byNumberOfOtherCounty = otherCounty.page("/notices/" + noticeId);
    RestApi.Response badPlace = county.page("/notices?place=36042'--");

    // then: the county sees its village's notice; another village, another county and an unknown id get the same
    // Chinese 404, a visitor without login a 401, and a malformed place code a 400
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).contains("请先登录");
    assertThat(ofCounty.status()).isEqualTo(200);
    assertThat(ofCounty.body()).contains(head(FIRST));
    assertThat(byNumber.status()).isEqualTo(200);
    assertThat(byNumber.body()).contains(head(FIRST), "拟退出贫困户名单公示");
    assertThat(List.of(ofOtherVillage, ofOtherCounty, unknown, byNumberOfOtherCounty)).allSatisfy(refused -> {
      assertThat(refused.status()).isEqualTo(404);
      assertThat(refused.body()).contains("没有找到这份公示，或它不在您的辖区内").doesNotContain(head(FIRST));
    });
    assertThat(otherVillage.page("/notices").body()).doesNotContain("竹坪村");
    assertThat(county.page("/notices?place=" + VILLAGE).body()).contains("竹坪村（" + VILLAGE + "）");
    assertThat(badPlace.status()).isEqualTo(400);
    assertThat(badPlace.body()).contains("地区代码应为2至12位数字");
  }

  @Test
  @Order(3)
  void shouldHoldOnlyTheHouseholdAnObjectionConcernsAndGiveItAFullPeriodOfItsOwn() {
    // given: a villager's objection against household 952, received by the committee during the notice
    String objected = household(FIRST + 1);
    assertThat(startFormKey("village-" + VILLAGE + "-committee", "objectionRegistration")).isEqualTo("registerObjectionForm");
    browser.logIntoTasklist("village-" + VILLAGE + "-committee", DEMO_PASSWORD);
    browser.openStartForm("登记异议");
    browser.type("Field_HouseholdId", objected);
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.type("Field_ObjectorName", "村民李四");
    browser.type("Field_ObjectionContent", "该户家中新购小轿车，收入未如实申报");
    browser.start();
    ProcessInstance exit = householdCase(FIRST + 1);
    ProcessInstance notice = waitForNotice(exit);

    // when: the committee verifies it and finds it not upheld
    Task verification = waitForTask(notice, "Activity_VerifyObjection");
    assertThat(formKeyOfTask("village-" + VILLAGE + "-committee", verification.getId())).isEqualTo("verifyObjectionForm");
    browser.openTask(verification.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "核实异议");
    String shownContent = browser.value("Field_ObjectionContent");
    String shownHousehold = browser.value("Field_HouseholdId");
    browser.claim();
    browser.type("Field_ObjectionFindings", "经核实，车辆为其在外务工的儿子购买，家庭收入属实");
    browser.pick("Field_ObjectionUpheld", "不成立，重新公示");
    browser.screenshot("list-objection-verification");
    Instant decided = Instant.now();
    browser.complete();
    waitUntilGone(verification);

    // then: the form showed the objection and its household; its own notice runs a full period from the decision,
    // and the rest of the list keeps its period
    assertThat(shownContent).isEqualTo("该户家中新购小轿车，收入未如实申报");
    assertThat(shownHousehold).isEqualTo(objected);
    Job ownPeriod = managementService.createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    LocalDate ownLastDay = decided.atZone(CHINA).toLocalDate().plusDays(7);
    assertThat(ownPeriod.getDuedate().toInstant()).isEqualTo(ownLastDay.plusDays(1).atStartOfDay(CHINA).toInstant());
    Job listPeriod = managementService.createJobQuery().processInstanceId(list().getId()).timers().singleResult();
    assertThat(listPeriod.getDuedate()).isBeforeOrEqualTo(ownPeriod.getDuedate());
    WebappSession committee = webapp();
    assertThat(committee.login("tasklist", "village-" + VILLAGE + "-committee", DEMO_PASSWORD)).isEqualTo(200);
    assertThat(committee.page("/notices").body()).contains("单户公示", "/notices/" + notice.getId() + "/household");
    RestApi.Response ownNotice = committee.page("/notices/" + notice.getId() + "/household");
    assertThat(textOf(ownNotice)).contains("2018年度拟退出贫困户公示（单户）", head(FIRST + 1), "共1户",
        "公示期为" + ChineseDates.of(decided.atZone(CHINA).toLocalDate().plusDays(1)) + "至" + ChineseDates.of(ownLastDay),
        "张贴地点：本村村务公开栏");

    // when: the list's period ends
    managementService.executeJob(listPeriod.getId());

    // then: the 22 others go to the township together, the objected household is not among them
    assertThat(caseAt(FIRST, "Activity_AwaitTownshipListVerification")).isTrue();
    assertThat(runtimeService.getVariable(list().getId(), "verificationCount")).isEqualTo(COUNT - 2);
    assertThat(runtimeService.getVariable(list().getId(), "verificationList").toString()).doesNotContain(objected);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(exit.getId())
        .activityId("Activity_VillageNotice").count()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void shouldLetTheTownshipVerifyTheListOnceAndCorrectOneHousehold() {
    // given
    ProcessInstance list = list();
    Task verification = waitForTask(list, "Activity_TownshipListVerification");
    assertThat(formKeyOfTask("township-" + TOWNSHIP + "-government", verification.getId())).isEqualTo("townshipListVerificationForm");
    int corrected = FIRST + 2;

    // when: one team of three for the list; 21 confirmed, one to be corrected
    browser.logIntoTasklist("township-" + TOWNSHIP + "-government", DEMO_PASSWORD);
    browser.openTask(verification.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "本村公示无异议的农户");
    browser.claim();
    browser.type("Field_Verifiers", "王伟 宁州镇扶贫办主任\n李娜 宁州镇民政所所长\n张敏 竹坪村驻村第一书记");
    browser.type("Field_VerificationDate", "2018年12月3日");
    List<Integer> confirmed = new ArrayList<>();
    for (int n = FIRST; n < FIRST + COUNT - 1; n++) {
      if (n == FIRST + 1) {
        continue;
      }
      if (n == corrected) {
        browser.tick("Field_HouseholdsToCorrect", label(n));
      } else {
        browser.tick("Field_ConfirmedHouseholds", label(n));
        confirmed.add(n);
      }
    }
    browser.screenshot("township-list-verification");
    browser.complete();
    waitUntilGone(verification);

    // then
    assertThat(confirmed).hasSize(COUNT - 3);
    assertThat(caseAt(FIRST, "Activity_InSecondListNotice")).isTrue();
    assertThat(runtimeService.getVariable(list.getId(), "confirmedCount")).isEqualTo(COUNT - 3);
    ProcessInstance correctedCase = householdCase(corrected);
    Task own = waitForTask(correctedCase, "Activity_TownshipVerification");
    assertThat(formKeyOfTask("township-" + TOWNSHIP + "-government", own.getId())).isEqualTo("townshipVerificationForm");

    // when: the corrected household's own verification, the team already filled in; the house is found rated C
    browser.openTask(own.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "核实人员");
    String team = browser.value("Field_Verifiers");
    browser.claim();
    browser.choose("Field_HousingRating", "C级（局部危险）");
    browser.waitForText(By.cssSelector(".fjs-container"), "住房安全：鉴定为C级，不达标");
    browser.screenshot("township-correction-verdict");
    browser.complete();
    waitUntilGone(own);

    // then: the standard applied to the corrected facts keeps it on the register
    assertThat(team).contains("王伟", "李娜", "张敏");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(correctedCase.getId()).count()).isZero();
    assertThat(jdbc.sql("select status from household where id = ?").param(household(corrected)).query(String.class)
        .single()).isEqualTo("POOR");
  }

  @Test
  @Order(5)
  void shouldReportTheVillagesPartOfTheTownshipListToTheCountyAfterOneSecondNotice() {
    ProcessInstance list = list();
    Job secondNotice = managementService.createJobQuery().processInstanceId(list.getId()).timers().singleResult();
    WebappSession township = webapp();
    assertThat(township.login("tasklist", "township-" + TOWNSHIP + "-government", DEMO_PASSWORD)).isEqualTo(200);
    RestApi.Response printed = township.page("/notices/" + list.getId() + "/township");

    managementService.executeJob(secondNotice.getId());

    // the township's list, posted again in the village: the 21 households left after the objection and the correction
    assertThat(printed.status()).isEqualTo(200);
    assertThat(textOf(printed)).contains("2018年度贫困户退出名单公示", "经乡镇人民政府逐户入户核实", "共" + (COUNT - 3) + "户",
        "宁州镇人民政府");

    assertThat(caseAt(FIRST, "Activity_AwaitCountyDecision")).isTrue();
    assertThat(runtimeService.createExecutionQuery().processDefinitionKey(HouseholdVariables.PROCESS_KEY)
        .activityId("Activity_AwaitCountyDecision").processVariableValueEquals("villageCode", VILLAGE)
        .processVariableValueEquals("exitYear", YEAR).count()).isEqualTo(COUNT - 3);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(list.getId()).count()).isZero();
  }

  // --- helpers

  private ProcessInstance list() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(VillageListVariables.PROCESS_KEY)
        .processInstanceBusinessKey(VILLAGE + "-" + YEAR + "-1").singleResult();
  }

  private ProcessInstance householdCase(int n) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseholdVariables.PROCESS_KEY)
        .processInstanceBusinessKey(HouseholdVariables.businessKey(household(n), YEAR)).singleResult();
  }

  private boolean caseAt(int n, String activityId) {
    return runtimeService.createExecutionQuery().processInstanceId(householdCase(n).getId()).activityId(activityId)
        .count() == 1;
  }

  private ProcessInstance waitForNotice(ProcessInstance exit) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
      if (notice != null) {
        return notice;
      }
      pause(250);
    }
    throw new AssertionError("no objection verification for " + exit.getBusinessKey());
  }

  private Task waitForTask(ProcessInstance instance, String activityId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
      if (task != null) {
        return task;
      }
      pause(250);
    }
    throw new AssertionError("no task " + activityId + " in " + instance.getBusinessKey());
  }

  private void waitUntilGone(Task task) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        browser.screenshot("not-completed-" + task.getTaskDefinitionKey());
        throw new AssertionError(task.getName() + " was not completed in the browser:\n" + browser.pageText());
      }
      pause(250);
    }
  }

  private static String household(int n) {
    return TestHouseholds.id(VILLAGE, n);
  }

  /** A page as it reads, without its markup. */
  private static String textOf(RestApi.Response page) {
    return page.body().replaceAll("<[^>]+>", "");
  }

  private static String head(int n) {
    return "户主" + String.format("%04d", n);
  }

  private static String label(int n) {
    return "户主" + String.format("%04d", n) + "（" + household(n) + "）";
  }
}
