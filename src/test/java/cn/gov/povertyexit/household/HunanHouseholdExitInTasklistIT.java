package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistSteps;
import cn.gov.povertyexit.support.WebappSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
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
 * Four households of 白龙潭村 (湖南省衡阳市南岳区南岳镇) through the Hunan procedure (seed 003 三(四)) in the Chinese
 * Tasklist, each step by the official of 南岳区 whose task it is, typing what they would: data collection; one
 * appraisal for the village's list with its four signatures (three agreed, one refused with its reason); one
 * confirmation task for the list (a wrong signer refused first); the list's village notice, where an objection holds
 * only its household, which gets a full period of its own; one township verification of the list with one household
 * corrected and verified on its own; the township's one notice, posted by the township government; then, for the
 * first household, the district's review: the start from 发起流程, the sector comparison, the 100% home check, the
 * district government's marking, the city's field check that finds the house unsafe, the township's rectification,
 * the district leading group's re-check and the district government's approval, after which the register shows the
 * household 已脱贫. The place and its officials are added to the register for this class (the demo has none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HunanHouseholdExitInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = OtherProvinceRegister.HUNAN_VILLAGE;
  private static final String HOUSEHOLD = OtherProvinceRegister.household(VILLAGE, 1);
  private static final String DISTRICT = "430412";
  private static final int YEAR = 2020;
  private static final String CASE = HouseholdVariables.businessKey(HOUSEHOLD, YEAR);
  private static final String LIST_MODEL = "villageHouseholdExitListHunan";

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired StatusRegister register;

  private ChineseBrowser browser;
  private TasklistSteps walk;

  @BeforeAll
  void addHunanAndOpenBrowser() {
    OtherProvinceRegister.ensure(jdbc);
    access.synchronise();
    demo.createOfficials();
    browser = new ChineseBrowser(port);
    walk = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  @Order(1)
  void shouldLetTheVillageCollectTheDataAndHoldOneAppraisalWithFourSignaturesForTheList() {
    // given: the district office has chosen four households of the village for the year's exits
    OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
    for (int n = 1; n <= 4; n++) {
      RestApi.Response started = restAs("county-" + DISTRICT + "-office").post("/process-definition/key/householdExit/start",
          Map.of("variables", Map.of("householdId", string(household(n)), "exitYear", integer(YEAR))));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
    }

    // when: the work team confirms the register's data (the first in the browser), the committee holds one appraisal
    walk.work("village-" + VILLAGE + "-workteam", caseTask(1, "Activity_CollectHouseholdData"), "yearEndSurveyForm", HOUSEHOLD,
        () -> browser.waitForText(By.cssSelector(".fjs-container"), "成员1-1"));
    for (int n = 2; n <= 4; n++) {
      taskService.complete(caseTask(n, "Activity_CollectHouseholdData").getId());
    }
    Task appraisal = listTask("Activity_AppraisalMeeting");
    walk.work("village-" + VILLAGE + "-committee", appraisal, "hunanAppraisalForm", "白龙潭村（" + VILLAGE + "）· 南岳镇 · 第1批名单 4户", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), "本批评议名单");
      browser.type("Field_AppraisalDate", "2020年11月18日");
      browser.type("Field_AppraisalAttendance", "19");
      browser.type("Field_AppraisalPanel", "周建国 村支两委委员\n陈志远 驻村工作队队员\n刘桂英 村民代表");
      browser.type("Field_AppraisalLeaderSignature", "周建国");
      browser.type("Field_PartySecretarySignature", "李红梅");
      browser.type("Field_VillageDirectorSignature", "王德胜");
      browser.type("Field_WorkTeamLeaderSignature", "陈志远");
      for (int n = 1; n <= 3; n++) {
        browser.tick("Field_AgreedHouseholds", label(n));
      }
      browser.type("Field_RefusedHouseholds", household(4) + " 务工收入不稳定，建议继续帮扶");
    });

    // then: one task for the four; the three agreed carry the four signatures on their 验收表, the fourth stays poor
    assertThat(caseValue(1, "appraisalDate")).isEqualTo("2020-11-18");
    assertThat(caseValue(1, "appraisalAgreed")).isEqualTo(true);
    assertThat(caseValue(1, "workTeamLeaderSignature")).isEqualTo("陈志远");
    assertThat(caseValue(3, "partySecretarySignature")).isEqualTo("李红梅");
    assertThat(caseValue(4, "appraisalAgreed")).isEqualTo(false);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(4))).contains(HouseholdStatus.POOR);
    assertThat(taskService.createTaskQuery().processDefinitionKey(LIST_MODEL).taskDefinitionKey("Activity_AppraisalMeeting")
        .processVariableValueEquals("villageCode", VILLAGE).count()).isZero();
  }

  @Test
  @Order(2)
  void shouldConfirmTheListInOneTaskRefusingASignatureByNoMemberFirst() {
    // given
    Task confirmation = listTask("Activity_HouseholdConfirmation");
    String official = "village-" + VILLAGE + "-workteam";
    walk.logInAs(official);
    assertThat(walk.formKey(official, confirmation)).isEqualTo("householdSignatureForm");
    browser.openFilter("本组待办");
    browser.waitForText(By.cssSelector(".tasks-list"), "白龙潭村（" + VILLAGE + "）· 南岳镇 · 第1批名单 3户");
    browser.openTask(confirmation.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "本批拟脱贫户名单");
    browser.claim();

    // when: two heads sign; for the second household first a neighbour is written as its signer, then the spouse
    browser.tick("Field_SignedByHead", label(1));
    browser.tick("Field_SignedByHead", label(3));
    browser.type("Field_MemberSignatures", household(2) + " 赵六");
    browser.type("Field_HelperSignatures", household(1) + " 刘建华\n" + household(2) + " 刘建华\n" + household(3) + " 谭小兰");
    browser.complete();
    browser.waitForText(By.cssSelector(".page-notifications"), "严禁代签");
    String refusal = browser.notifications();
    browser.screenshot("householdSignatureForm-refused");
    browser.type("Field_MemberSignatures", household(2) + " 成员2-2");
    browser.screenshot("householdSignatureForm-list");
    browser.complete();
    walk.waitUntilGone(confirmation);

    // then: the refusal was Chinese and named the household and the signer; the three are on one village notice
    assertThat(refusal).contains("户主2（" + household(2) + "）：签字人“赵六”不是本户年满18岁的家庭成员，严禁代签")
        .doesNotContain("Exception", "ENGINE");
    assertThat(caseValue(2, "signerName")).isEqualTo("成员2-2");
    assertThat(caseValue(2, "signerRole")).isEqualTo("ADULT_MEMBER");
    assertThat(caseValue(1, "signerRole")).isEqualTo("HEAD");
    assertThat(caseValue(3, "helperName")).isEqualTo("谭小兰");
    assertThat(managementService.createJobQuery().timers().processInstanceId(list().getId()).count()).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("publicNotice")
        .processInstanceBusinessKey(CASE).count()).isZero();
  }

  @Test
  @Order(3)
  void shouldHoldOnlyTheObjectedHouseholdAndGiveItAFullPeriodOfItsOwn() {
    // given: a villager's objection against the third household, registered by the committee during the notice
    String committee = "village-" + VILLAGE + "-committee";
    walk.logInAs(committee);
    browser.openStartForm("登记异议");
    browser.type("Field_HouseholdId", household(3));
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.type("Field_ObjectorName", "村民谭某");
    browser.type("Field_ObjectionContent", "该户在外务工收入未如实申报");
    browser.start();
    String objected = HouseholdVariables.businessKey(household(3), YEAR);
    Task verification = walk.waitForTask(() -> taskService.createTaskQuery().processDefinitionKey("publicNotice")
        .processInstanceBusinessKey(objected).taskDefinitionKey("Activity_VerifyObjection"));

    // when: the committee verifies it and finds it not upheld
    Instant decided = Instant.now();
    walk.work(committee, verification, "verifyObjectionForm", household(3), () -> {
      browser.type("Field_ObjectionFindings", "经核实，务工收入已计入，家庭收入属实");
      browser.pick("Field_ObjectionUpheld", "不成立，重新公示");
    });

    // then: its own notice runs a full period from the decision; the list keeps its own, earlier period
    String notice = runtimeService.createProcessInstanceQuery().processDefinitionKey("publicNotice")
        .processInstanceBusinessKey(objected).singleResult().getId();
    Job ownPeriod = timerOf(notice);
    assertThat(ownPeriod.getDuedate().toInstant()).isEqualTo(decided.atZone(cn.gov.povertyexit.notice.NoticePeriod.CHINA).toLocalDate().plusDays(8)
        .atStartOfDay(cn.gov.povertyexit.notice.NoticePeriod.CHINA).toInstant());
    Job listPeriod = managementService.createJobQuery().processInstanceId(list().getId()).timers().singleResult();
    assertThat(listPeriod.getDuedate()).isBeforeOrEqualTo(ownPeriod.getDuedate());

    // when: the list's period ends
    managementService.executeJob(listPeriod.getId());

    // then: the two others go to the township together, without the objected household
    caseTask(1, null);
    assertThat(runtimeService.getVariable(list().getId(), "verificationCount")).isEqualTo(2);
    assertThat(runtimeService.getVariable(list().getId(), "verificationList").toString()).doesNotContain(household(3));
  }

  @Test
  @Order(4)
  void shouldLetTheTownshipVerifyTheListOnceAndCorrectOneHousehold() {
    // when: one team of three for the village's list; the first confirmed, the second to be corrected
    Task verification = listTask("Activity_TownshipListVerification");
    walk.work("township-430412100-government", verification, "townshipListVerificationForm", "白龙潭村（" + VILLAGE + "）", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), "本村公示无异议的农户");
      browser.type("Field_Verifiers", "黄伟 南岳镇扶贫办主任\n罗敏 南岳镇民政办干部\n谭军 白龙潭村驻村第一书记");
      browser.type("Field_VerificationDate", "2020/12/3");
      browser.tick("Field_ConfirmedHouseholds", label(1));
      browser.tick("Field_HouseholdsToCorrect", label(2));
    });

    // and the corrected household is verified on its own, the team filled in: its house is found rated D
    walk.work("township-430412100-government", caseTask(2, "Activity_TownshipCheck"), "townshipVerificationForm", household(2), () -> {
      assertThat(browser.value("Field_Verifiers")).contains("黄伟", "罗敏", "谭军");
      browser.choose("Field_HousingRating", "D级（整体危险）");
      browser.type("Field_VerificationRemarks", "入户核实：住房整体危险，不达标");
    });

    // then: the first is on the township's notice, the second stays poor
    assertThat(caseValue(1, "verificationDate")).isEqualTo("2020-12-03");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(2))).contains(HouseholdStatus.POOR);

    // when: the township posts its notice on its own board, once for its villages
    Task posting = walk.waitForTask(() -> taskService.createTaskQuery().processDefinitionKey("townshipHouseholdNoticeHunan")
        .processVariableValueEquals("townshipCode", "430412100").processVariableValueEquals("exitYear", YEAR)
        .taskDefinitionKey("Activity_PostTownshipNotice"));
    walk.work("township-430412100-government", posting, "townshipNoticeForm", "南岳镇（430412100）· 南岳区 · 第1批名单 1户", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), HOUSEHOLD);
      assertThat(browser.formText()).contains("白龙潭村").doesNotContain(household(2), household(3));
      browser.type("Field_TownshipNoticeDate", "2020年12月5日");
      browser.type("Field_TownshipNoticePlace", "南岳镇政府公示公告栏");
    });

    // then: the township prints one notice for its board, naming each household's village and where it is posted
    WebappSession township = webapp();
    township.login("tasklist", "township-430412100-government", DEMO_PASSWORD);
    RestApi.Response printed = township.page("/notices/" + posting.getProcessInstanceId() + "/township-board");
    assertThat(printed.status()).isEqualTo(200);
    assertThat(printed.body().replaceAll("<[^>]+>", "")).contains("2020年度拟脱贫户名单公示", "南岳区南岳镇",
        "经乡镇人民政府逐户入户核实", "饮水安全", "共1户", "白龙潭村", "户主1", "张贴地点：南岳镇政府公示公告栏", "南岳镇人民政府")
        .doesNotContain("户主2", "户主3");

    // and after its period the first household waits for the district
    Job townshipNotice = timerOf(posting.getProcessInstanceId());
    managementService.executeJob(townshipNotice.getId());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (runtimeService.createExecutionQuery().processInstanceBusinessKey(CASE).activityId("Activity_AwaitCountyDecision").count() == 0) {
      assertThat(Instant.now()).as("the case waits for the district").isBefore(deadline);
      pause(250);
    }
  }

  @Test
  @Order(5)
  void shouldTakeTheDistrictReviewThroughComparisonChecksRectificationAndApproval() {
    // when: the district office starts the review of its list from 发起流程
    String office = "county-" + DISTRICT + "-office";
    walk.logInAs(office);
    browser.openStartForm("湖南省区级贫困户脱贫审批");
    browser.type("Field_CountyCode", DISTRICT);
    browser.type("Field_ExitYear", String.valueOf(YEAR));
    browser.screenshot("countyReviewStartForm-hunan");
    browser.start();
    String review = waitForReview();

    walk.work(office, reviewTask(review, "Activity_SectorComparison"), "sectorComparisonForm", "南岳区", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), HOUSEHOLD);
      for (String sector : new String[] {"Education", "Health", "SocialSecurity", "Housing", "Agriculture", "CivilAffairs", "Finance"}) {
        browser.check("Field_Compared" + sector);
      }
      browser.type("Field_ComparisonAnomalies", HOUSEHOLD + " 人社部门记录户主2020年有企业养老保险缴费，疑似有稳定工资收入");
    });
    String government = "county-" + DISTRICT + "-government";
    walk.work(government, reviewTask(review, "Activity_DistrictHomeCheck"), "householdCheckForm", HOUSEHOLD, () -> {
      assertThat(browser.value("Field_VillageName")).isEqualTo("白龙潭村");
      assertThat(browser.value("Field_WageIncome")).startsWith("9000");
      // 003 三(四)6: the sector departments' anomaly is shown, and must be verified at the visit
      browser.waitForText(By.cssSelector(".fjs-container"), "人社部门记录户主2020年有企业养老保险缴费");
      browser.pick("Field_AnomalyVerified", "不属实");
      browser.type("Field_AnomalyFindings", "户主系灵活就业人员自行缴纳养老保险，工资收入已按务工收入登记");
      browser.type("Field_AssessmentRemarks", "区抽查工作组入户核查，数据属实");
      browser.scrollTo("Field_CheckName");
      browser.screenshot("hunan-district-check-anomaly");
    });
    walk.work(government, reviewTask(review, "Activity_MarkAsExited"), "districtMarkingForm", "南岳区", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), HOUSEHOLD);
      browser.type("Field_MarkingNumber", "南政函〔2020〕58号");
      browser.type("Field_MarkingDate", "2020年12月10日");
    });
    walk.work("city-430400-leadinggroup", reviewTask(review, "Activity_CityCheck"), "householdCheckForm", HOUSEHOLD, () -> {
      browser.choose("Field_HousingRating", "C级（局部危险）");
      browser.type("Field_AssessmentRemarks", "实地核查：住房局部开裂，鉴定为C级");
    });
    walk.work("township-430412100-government", reviewTask(review, "Activity_Rectify"), "rectificationForm", HOUSEHOLD, () -> {
      assertThat(browser.value("Field_RectificationReason")).contains("市级核查未达标", "住房鉴定为C级");
      browser.type("Field_RectificationMeasures", "已对开裂墙体加固维修，经住建部门重新鉴定为B级");
      browser.type("Field_RectificationDate", "2020.12.18");
    });
    walk.work("county-" + DISTRICT + "-leadinggroup", reviewTask(review, "Activity_Recheck"), "householdCheckForm", HOUSEHOLD, () -> {
      browser.choose("Field_HousingRating", "B级（基本安全）");
      browser.type("Field_AssessmentRemarks", "复查：整改到位，住房基本安全");
    });
    walk.work(government, reviewTask(review, "Activity_ApproveAndAnnounce"), "countyApprovalForm", "南岳区", () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), HOUSEHOLD);
      browser.type("Field_AnnouncementNumber", "南政发〔2020〕21号");
      browser.type("Field_AnnouncementDate", "2020年12月28日");
    });

    // then: the city's finding and the re-check were kept, the household is 已脱贫 with the approval's number
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(review).variableName("rectificationDate")
        .singleResult().getValue()).isEqualTo("2020-12-18");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(review).variableName("markingDate")
        .singleResult().getValue()).isEqualTo("2020-12-10");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD).equals(Optional.of(HouseholdStatus.EXITED))
        && Instant.now().isBefore(deadline)) {
      pause(250);
    }
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD)).contains(HouseholdStatus.EXITED);
    var trail = register.history(SubjectType.HOUSEHOLD, HOUSEHOLD);
    assertThat(trail.get(trail.size() - 1).reason()).contains("南政发〔2020〕21号");
  }

  private Task caseTask(String activityId) {
    return caseTask(1, activityId);
  }

  /** The task of household n's case at the activity; without one, waits until the case is waiting for its list. */
  private Task caseTask(int n, String activityId) {
    String key = HouseholdVariables.businessKey(household(n), YEAR);
    if (activityId == null) {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (runtimeService.createExecutionQuery().processInstanceBusinessKey(key)
          .activityId("Activity_AwaitTownshipListVerification").count() == 0) {
        assertThat(Instant.now()).as(key + " waits for the township").isBefore(deadline);
        pause(250);
      }
      return null;
    }
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(activityId));
  }

  private Job timerOf(String processInstanceId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
      if (timer != null) {
        return timer;
      }
      pause(250);
    }
    throw new AssertionError("no timer in " + processInstanceId);
  }

  private Task listTask(String activityId) {
    return walk.waitForTask(() -> taskService.createTaskQuery().processDefinitionKey(LIST_MODEL)
        .processVariableValueEquals("villageCode", VILLAGE).processVariableValueEquals("exitYear", YEAR)
        .taskDefinitionKey(activityId));
  }

  private ProcessInstance list() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(LIST_MODEL)
        .variableValueEquals("villageCode", VILLAGE).variableValueEquals("exitYear", YEAR).singleResult();
  }

  private static String household(int n) {
    return OtherProvinceRegister.household(VILLAGE, n);
  }

  private static String label(int n) {
    return "户主" + n + "（" + household(n) + "）";
  }

  private Task reviewTask(String review, String activityId) {
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceId(review).taskDefinitionKey(activityId));
  }

  /** A variable of the household's Hunan procedure (the instance its tasks belong to). */
  private Object caseValue(String name) {
    return caseValue(1, name);
  }

  private Object caseValue(int n, String name) {
    String procedure = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(HouseholdVariables.HUNAN_PROCESS_KEY)
        .processInstanceBusinessKey(HouseholdVariables.businessKey(household(n), YEAR)).singleResult().getId();
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(procedure).variableName(name)
        .singleResult().getValue();
  }

  private String waitForReview() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      var reviews = runtimeService.createProcessInstanceQuery().processDefinitionKey("districtHouseholdExitReviewHunan")
          .variableValueEquals("countyCode", DISTRICT).list();
      if (reviews.size() == 1) {
        return reviews.get(0).getId();
      }
      pause(250);
    }
    throw new AssertionError("the district review was not started");
  }
}
