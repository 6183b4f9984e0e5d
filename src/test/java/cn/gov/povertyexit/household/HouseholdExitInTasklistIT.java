package cn.gov.povertyexit.household;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * One household of 竹坪村 (修水县宁州镇) taken through the Jiangxi household procedure in the Chinese Tasklist, each
 * step by the official whose task it is, typing what that official would: the county office starts the case, the
 * work team surveys, the committee appraises it at the village's meeting, the township verifies the village's list
 * with a team of three; then the county's
 * review of the year: the county leading group, the city and the province file, the assessors visit, the county
 * government approves, and the register shows the household 已脱贫. Only the seven days of each notice are simulated
 * (the timer job is executed). The steps run in order in one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HouseholdExitInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360424101201";
  private static final String HOUSEHOLD = VILLAGE + "0005";
  private static final int YEAR = 2019;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StatusRegister register;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private ChineseBrowser browser;
  private String headName;

  @BeforeAll
  void openBrowser() {
    cn.gov.povertyexit.support.OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
    browser = new ChineseBrowser(port);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  @Order(1)
  void shouldLetTheCountyOfficeStartTheCaseFromTheStartForm() {
    // when
    assertThat(startFormKey("county-360424-office", "householdExit")).isEqualTo("householdExitStartForm");
    browser.logIntoTasklist("county-360424-office", DEMO_PASSWORD);
    browser.openStartForm("贫困户退出");
    browser.type("Field_HouseholdId", HOUSEHOLD);
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.start();

    // then
    ProcessInstance exit = waitForCase();
    headName = (String) runtimeService.getVariable(exit.getId(), "householdHeadName");
    assertThat(headName).isNotBlank();
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD)).contains(HouseholdStatus.PRE_EXIT);
  }

  @Test
  @Order(2)
  void shouldShowTheWorkTeamWhichHouseholdTheSurveyConcernsAndLetItComplete() {
    // given
    Task survey = waitForTask("Activity_YearEndSurvey");
    assertThat(formKeyOfTask("village-" + VILLAGE + "-workteam", survey.getId())).isEqualTo("yearEndSurveyForm");

    // when
    browser.logIntoTasklist("village-" + VILLAGE + "-workteam", DEMO_PASSWORD);
    browser.openFilter("本组待办");
    browser.waitForText(By.cssSelector(".tasks-list"), HOUSEHOLD);
    List<String> tasks = browser.taskList();
    browser.screenshot("household-worklist-named");
    browser.openTask(survey.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), headName);
    browser.claim();
    browser.waitForText(By.cssSelector(".fjs-container"), "按本表数据：人均可支配收入");
    String verdict = browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
    browser.screenshot("survey-live-verdict");
    browser.complete();

    // then: the list named the household, its village and year; the case went on to the appraisal
    assertThat(tasks).anySatisfy(task -> assertThat(task)
        .contains("年终摸底调查", headName + "（" + HOUSEHOLD + "）· 竹坪村", YEAR + "年"));
    assertThat(verdict).contains("高于2019年贫困标准", "两不愁三保障：按本表数据各项达标");
    waitForListTask("Activity_AppraisalMeeting");
  }

  @Test
  @Order(3)
  void shouldRefuseAnAppraisalDatedOutsideTheYearAndTakeAChineseDate() {
    // given
    Task appraisal = waitForListTask("Activity_AppraisalMeeting");
    assertThat(formKeyOfTask("village-" + VILLAGE + "-committee", appraisal.getId())).isEqualTo("villageAppraisalMeetingForm");
    browser.logIntoTasklist("village-" + VILLAGE + "-committee", DEMO_PASSWORD);
    browser.openTask(appraisal.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "本批评议名单");
    browser.waitForText(By.cssSelector(".fjs-container"), HOUSEHOLD);
    browser.claim();

    // when: first a date of the following year, then the right one typed the Chinese way
    browser.type("Field_AppraisalDate", "2020年1月5日");
    browser.type("Field_AppraisalAttendance", "27");
    browser.tick("Field_AgreedHouseholds", headName + "（" + HOUSEHOLD + "）");
    browser.type("Field_AppraisalRemarks", "全体参会人员同意该户退出");
    browser.complete();
    browser.waitForText(By.cssSelector(".page-notifications"), "评议日期应在2019年内");
    String refusal = browser.notifications();
    browser.screenshot("appraisal-date-refused");
    browser.type("Field_AppraisalDate", "2019年11月20日");
    browser.complete();

    // then
    assertThat(refusal).contains("评议日期应在2019年内（2020-01-05）").doesNotContain("Cannot", "ENGINE", "Exception");
    waitUntilGone(appraisal);
    ProcessInstance exit = waitForCase();
    assertThat(runtimeService.getVariable(exit.getId(), "appraisalDate")).isEqualTo("2019-11-20");
    assertThat(runtimeService.getVariable(exit.getId(), "appraisalAgreed")).isEqualTo(true);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(exit.getId())
        .activityId("Activity_InVillageListNotice").count()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void shouldLetTheTownshipCompleteTheHomeVerificationWithItsTeamOfThree() {
    // given: the village notice has run its seven days
    passNotice();
    Task verification = waitForListTask("Activity_TownshipListVerification");
    assertThat(formKeyOfTask("township-360424101-government", verification.getId())).isEqualTo("townshipListVerificationForm");

    // when
    browser.logIntoTasklist("township-360424101-government", DEMO_PASSWORD);
    browser.openFilter("本组待办");
    browser.waitForText(By.cssSelector(".tasks-list"), "竹坪村");
    browser.openTask(verification.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "核实人员");
    browser.claim();
    browser.type("Field_Verifiers", "王伟 宁州镇扶贫办主任\n李娜 宁州镇民政所干部\n张敏 竹坪村驻村第一书记");
    browser.type("Field_VerificationDate", "2019年12月5日");
    browser.tick("Field_ConfirmedHouseholds", headName + "（" + HOUSEHOLD + "）");
    browser.type("Field_VerificationRemarks", "经入户核实，各项数据属实");
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.field("Field_Verifiers"));
    browser.screenshot("township-verification-filled");
    browser.complete();

    // then: the case passed the verification and is on the second notice of the village's list
    waitUntilGone(verification);
    ProcessInstance exit = waitForCase();
    assertThat(runtimeService.getVariable(exit.getId(), "verificationDate")).isEqualTo("2019-12-05");
    assertThat(runtimeService.getVariable(exit.getId(), "standardMet")).isEqualTo(true);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(exit.getId())
        .activityId("Activity_InSecondListNotice").count()).isEqualTo(1);
  }

  @Test
  @Order(5)
  void shouldLetTheOfficialsOfATaskReadWhomItConcernsAndNothingElseOfTheCase() {
    // given
    runtimeService.startProcessInstanceByKey("householdExit", Map.of("householdId", VILLAGE + "0007", "exitYear", YEAR));
    Task survey = waitForAnyTaskOf("Activity_YearEndSurvey", VILLAGE + "0007");
    RestApi workTeam = restAs("village-" + VILLAGE + "-workteam");

    // when
    JsonNode own = workTeam.get("/task/" + survey.getId() + "/localVariables").json();
    RestApi.Response caseVariables = workTeam.get("/process-instance/" + survey.getProcessInstanceId() + "/variables");
    JsonNode supervisorView = restAs("county-360424-supervisor").get("/task/" + survey.getId() + "/localVariables").json();

    // then
    assertThat(own.get("caseSubject").get("value").asText()).endsWith("（" + VILLAGE + "0007）· 竹坪村");
    assertThat(own.get("caseYear").get("value").asText()).isEqualTo(YEAR + "年");
    assertThat(caseVariables.status()).isEqualTo(403);
    assertThat(supervisorView.get("caseSubject").get("value").asText()).contains(VILLAGE + "0007");
  }

  @Test
  @Order(6)
  void shouldNotOfferASupervisorToClaimATaskItMayOnlyRead() {
    // given
    Task survey = waitForAnyTaskOf("Activity_YearEndSurvey", VILLAGE + "0007");

    // when
    browser.logIntoTasklist("county-360424-supervisor", DEMO_PASSWORD);
    browser.openTask(survey.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "年终摸底调查");
    pause(1500);
    browser.screenshot("supervisor-task-read-only");

    // then: the form is shown, the claim button is not
    assertThat(browser.driver().findElements(By.cssSelector("button.claim"))).noneMatch(button -> button.isDisplayed());
    assertThat(browser.value("Field_HouseholdId")).isEqualTo(VILLAGE + "0007");
  }

  @Test
  @Order(7)
  void shouldTakeTheCountyReviewThroughEveryLevelInTheBrowserToExited() {
    // given: the second notice has run its seven days and the case waits for the county
    passNotice();
    waitUntilWaitingForCounty();

    // when: the county office starts the review of the year, each level does its part
    assertThat(startFormKey("county-360424-office", "countyHouseholdExitReview")).isEqualTo("countyReviewStartForm");
    browser.logIntoTasklist("county-360424-office", DEMO_PASSWORD);
    browser.openStartForm("县级贫困户退出审批");
    browser.type("Field_CountyCode", "360424");
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.start();

    work("county-360424-leadinggroup", "Activity_CountyReview", "countyReviewForm", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), HOUSEHOLD);
      browser.type("Field_ReviewDate", "2019年12月20日");
    });
    work("city-360400-leadinggroup", "Activity_CityFiling", "cityFilingForm", () -> {
      browser.type("Field_CityFilingDate", "2019年12月23日");
      browser.type("Field_CityFilingNumber", "九扶备〔2019〕15号");
      browser.type("Field_CityCommissionNumber", "浔扶委〔2019〕6号");
    });
    work("province-360000-leadinggroup", "Activity_ProvinceFiling", "provinceFilingForm", () -> {
      browser.type("Field_ProvinceFilingDate", "2019-12-25");
      browser.type("Field_ProvinceFilingNumber", "赣扶备〔2019〕8号");
      browser.type("Field_ProvinceCommissionNumber", "赣扶委〔2019〕12号");
      browser.type("Field_AssessmentAgency", "江西财经大学精准扶贫评估中心");
    });
    work("province-360000-assessor", "Activity_AssessmentVisit", "thirdPartyAssessmentForm", () -> {
      assertThat(browser.value("Field_AssessedHouseholdId")).isEqualTo(HOUSEHOLD);
      browser.type("Field_MemberCount", "4");
      browser.type("Field_WageIncome", "30000");
      browser.type("Field_BusinessIncome", "5000");
      browser.type("Field_BusinessCosts", "1000");
      browser.type("Field_PropertyIncome", "0");
      browser.type("Field_TransferIncome", "2000");
      browser.choose("Field_Dibao", "否");
      browser.check("Field_FoodClothingSecure");
      browser.type("Field_ChildrenOutOfSchool", "0");
      browser.type("Field_UninsuredMembers", "0");
      browser.type("Field_SeriousIllnessUnassisted", "0");
      browser.choose("Field_HousingRating", "A级（安全）");
      browser.check("Field_DrinkingWaterSafe");
      browser.type("Field_AssessmentRemarks", "入户核查属实");
    });
    work("county-360424-government", "Activity_ApproveAndAnnounce", "countyApprovalForm", () -> {
      // 000 五(1): the assessment was commissioned by city and province together; 八: what its pass rate means
      browser.waitForText(By.cssSelector(".fjs-container"), "样本户全部合格");
      assertThat(browser.formText()).contains("设区市委托文号浔扶委〔2019〕6号、省委托文号赣扶委〔2019〕12号，江西财经大学精准扶贫评估中心")
          .contains("合格率100.00%，高于90.00%");
      browser.type("Field_AnnouncementNumber", "修府〔2019〕30号");
      browser.type("Field_AnnouncementDate", "2019年12月30日");
    });

    // then: the household is off the register as exited
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD).equals(Optional.of(HouseholdStatus.EXITED))
        && Instant.now().isBefore(deadline)) {
      pause(250);
    }
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD)).contains(HouseholdStatus.EXITED);
  }

  @Test
  @Order(8)
  void shouldShowTheWorkTeamWhyASurveyFailsAndLetItSendTheSurveyBackForCorrection() {
    // given: a household of this test's own whose wages were typed one digit short in the survey
    TestHouseholds.ensure(jdbc, VILLAGE, 960, 1);
    String poor = TestHouseholds.id(VILLAGE, 960);
    runtimeService.startProcessInstanceByKey("householdExit", Map.of("householdId", poor, "exitYear", YEAR));
    taskService.complete(waitForAnyTaskOf("Activity_YearEndSurvey", poor).getId(), Map.of("wageIncome", 900.0));
    Task review = waitForAnyTaskOf("Activity_ReviewSurveyFailure", poor);
    assertThat(formKeyOfTask("village-" + VILLAGE + "-workteam", review.getId())).isEqualTo("surveyFailureForm");

    // when: the work team reads why, finds a figure mistyped and sends the survey back
    browser.logIntoTasklist("village-" + VILLAGE + "-workteam", DEMO_PASSWORD);
    browser.openTask(review.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "对照退出标准逐项评定");
    browser.waitForText(By.cssSelector(".fjs-container"), "未达标");
    String shown = browser.formText();
    String shownHead = browser.value("Field_HeadName");
    browser.claim();
    browser.pick("Field_SurveyFailureConfirmed", "录入有误，退回年终摸底调查更正");
    browser.type("Field_SurveyFailureRemarks", "工资性收入少录一位，退回更正");
    browser.screenshot("survey-failure-review");
    browser.complete();
    waitUntilGone(review);

    // then: the form named the failing criterion; the survey is open again and the register unchanged
    assertThat(shown).contains("收入稳定超过贫困标准", "未达标", "人均可支配收入");
    assertThat(shownHead).isEqualTo("户主0960");
    waitForAnyTaskOf("Activity_YearEndSurvey", poor);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, poor)).contains(HouseholdStatus.PRE_EXIT);
  }

  /** The official logs in, finds the task of the year's review in 本组待办, claims it, fills it in and completes it. */
  private void work(String official, String activityId, String formId, Runnable fillIn) {
    Task task = waitForReviewTask(activityId);
    assertThat(formKeyOfTask(official, task.getId())).isEqualTo(formId);
    browser.logIntoTasklist(official, DEMO_PASSWORD);
    browser.openFilter("本组待办");
    browser.waitForText(By.cssSelector(".tasks-list"), task.getName());
    browser.openTask(task.getId());
    browser.claim();
    fillIn.run();
    browser.screenshot("county-review-" + activityId);
    browser.complete();
    waitUntilGone(task);
  }

  private Task waitForReviewTask(String activityId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<Task> tasks = taskService.createTaskQuery().processDefinitionKey("countyHouseholdExitReview")
          .taskDefinitionKey(activityId).processVariableValueEquals("countyCode", "360424").list().stream()
          .filter(task -> String.valueOf(YEAR).equals(String.valueOf(
              runtimeService.getVariable(task.getExecutionId(), "exitYear")))).toList();
      if (tasks.size() == 1) {
        return tasks.get(0);
      }
      pause(250);
    }
    throw new AssertionError("no single task " + activityId + " of the county review of " + YEAR);
  }

  private void waitUntilWaitingForCounty() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (runtimeService.createExecutionQuery().processInstanceId(waitForCase().getId())
        .activityId("Activity_AwaitCountyDecision").count() == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the case of " + HOUSEHOLD + " does not wait for the county");
      }
      pause(250);
    }
  }

  private ProcessInstance waitForCase() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      ProcessInstance exit = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(HouseholdVariables.PROCESS_KEY)
          .processInstanceBusinessKey(HouseholdVariables.businessKey(HOUSEHOLD, YEAR)).singleResult();
      if (exit != null) {
        return exit;
      }
      pause(250);
    }
    throw new AssertionError("no case for " + HOUSEHOLD);
  }

  private Task waitForTask(String activityId) {
    return waitForAnyTaskOf(activityId, HOUSEHOLD);
  }

  private Task waitForAnyTaskOf(String activityId, String householdId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Task task = taskService.createTaskQuery().taskDefinitionKey(activityId)
          .processInstanceBusinessKey(HouseholdVariables.businessKey(householdId, YEAR)).singleResult();
      if (task != null) {
        return task;
      }
      pause(250);
    }
    throw new AssertionError("no task " + activityId + " for " + householdId);
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

  /** A task of the village list the household is on. */
  private Task waitForListTask(String activityId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Object list = runtimeService.getVariable(waitForCase().getId(), "villageListInstance");
      Task task = list == null ? null
          : taskService.createTaskQuery().processInstanceId(list.toString()).taskDefinitionKey(activityId).singleResult();
      if (task != null) {
        return task;
      }
      pause(250);
    }
    throw new AssertionError("no task " + activityId + " on the list of " + HOUSEHOLD);
  }

  /** The seven days of the notice of the household's list have passed. */
  private void passNotice() {
    ProcessInstance exit = waitForCase();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Object list = runtimeService.getVariable(exit.getId(), "villageListInstance");
      Job timer = list == null ? null
          : managementService.createJobQuery().processInstanceId(list.toString()).timers().singleResult();
      if (timer != null) {
        managementService.executeJob(timer.getId());
        return;
      }
      pause(250);
    }
    throw new AssertionError("no notice running for " + HOUSEHOLD);
  }
}
