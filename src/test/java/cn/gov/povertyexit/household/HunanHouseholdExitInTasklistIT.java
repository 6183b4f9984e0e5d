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
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistSteps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * One household of 白龙潭村 (湖南省衡阳市南岳区南岳镇) through the Hunan procedure (seed 003 三(四)) in the Chinese Tasklist,
 * each step by the official of 南岳区 whose task it is, typing what they would: data collection, the village's
 * appraisal with its four signatures, the household's signature (a wrong signer refused first), the township's home
 * verification; then the district's review: the start from 发起流程, the sector comparison, the 100% home check, the
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
  void shouldLetTheVillageCollectTheDataAndAppraiseWithFourSignatures() {
    // given: the district office has chosen the household for the year's exits
    RestApi.Response started = restAs("county-" + DISTRICT + "-office").post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(HOUSEHOLD), "exitYear", integer(YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);

    // when: the work team confirms the register's data, the committee holds the appraisal
    walk.work("village-" + VILLAGE + "-workteam", caseTask("Activity_CollectHouseholdData"), "yearEndSurveyForm", HOUSEHOLD,
        () -> browser.waitForText(By.cssSelector(".fjs-container"), "成员1-1"));
    walk.work("village-" + VILLAGE + "-committee", caseTask("Activity_VillageAppraisal"), "hunanAppraisalForm", HOUSEHOLD, () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), "退出标准评定结果");
      browser.type("Field_AppraisalDate", "2020年11月18日");
      browser.type("Field_AppraisalAttendance", "19");
      browser.pick("Field_AppraisalAgreed", "同意退出");
      browser.type("Field_AppraisalRemarks", "评议小组一致同意该户脱贫");
      browser.type("Field_AppraisalLeaderSignature", "周建国");
      browser.type("Field_PartySecretarySignature", "李红梅");
      browser.type("Field_VillageDirectorSignature", "王德胜");
      browser.type("Field_WorkTeamLeaderSignature", "陈志远");
    });

    // then
    assertThat(caseValue("appraisalDate")).isEqualTo("2020-11-18");
    assertThat(caseValue("appraisalAgreed")).isEqualTo(true);
    assertThat(caseValue("workTeamLeaderSignature")).isEqualTo("陈志远");
    caseTask("Activity_HouseholdSignature");
  }

  @Test
  @Order(2)
  void shouldRefuseASignatureByNoMemberAndTakeTheSpousesSignature() {
    // given
    Task signature = caseTask("Activity_HouseholdSignature");
    String official = "village-" + VILLAGE + "-workteam";
    walk.logInAs(official);
    assertThat(walk.formKey(official, signature)).isEqualTo("householdSignatureForm");
    browser.openTask(signature.getId());
    browser.claim();

    // when: first a neighbour signs for the household, then the spouse, a member of 18 or more
    browser.pick("Field_HouseholdAgrees", "认可");
    browser.choose("Field_SignerRole", "年满18岁的家庭主要成员");
    browser.type("Field_SignerName", "赵六");
    browser.type("Field_HelperName", "刘建华");
    browser.check("Field_HelperSigned");
    browser.complete();
    browser.waitForText(By.cssSelector(".page-notifications"), "严禁代签");
    String refusal = browser.notifications();
    browser.screenshot("householdSignatureForm-refused");
    browser.type("Field_SignerName", "成员1-2");
    browser.complete();
    walk.waitUntilGone(signature);

    // then: the refusal was Chinese and named the signer; the case is in the village notice
    assertThat(refusal).contains("签字人“赵六”不是本户年满18岁的家庭成员，严禁代签").doesNotContain("Exception", "ENGINE");
    assertThat(caseValue("signerName")).isEqualTo("成员1-2");
    assertThat(caseValue("signerRole")).isEqualTo("ADULT_MEMBER");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("publicNotice")
        .processInstanceBusinessKey(CASE).count()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void shouldLetTheTownshipVerifyAtHomeAfterTheVillageNotice() {
    // given
    walk.passNotice(CASE);

    // when
    walk.work("township-430412100-government", caseTask("Activity_TownshipCheck"), "townshipVerificationForm", HOUSEHOLD, () -> {
      browser.type("Field_Verifiers", "黄伟 南岳镇扶贫办主任\n罗敏 南岳镇民政办干部\n谭军 白龙潭村驻村第一书记");
      browser.type("Field_VerificationDate", "2020/12/3");
      browser.type("Field_VerificationRemarks", "逐项核实，验收表数据属实");
    });

    // then: verified and in the township's notice; after it the case waits for the district
    assertThat(caseValue("verificationDate")).isEqualTo("2020-12-03");
    walk.passNotice(CASE);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (runtimeService.createExecutionQuery().processInstanceBusinessKey(CASE).activityId("Activity_AwaitCountyDecision").count() == 0) {
      assertThat(Instant.now()).as("the case waits for the district").isBefore(deadline);
      pause(250);
    }
  }

  @Test
  @Order(4)
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
    });
    String government = "county-" + DISTRICT + "-government";
    walk.work(government, reviewTask(review, "Activity_DistrictHomeCheck"), "householdCheckForm", HOUSEHOLD, () -> {
      assertThat(browser.value("Field_VillageName")).isEqualTo("白龙潭村");
      assertThat(browser.value("Field_WageIncome")).startsWith("9000");
      browser.type("Field_AssessmentRemarks", "区抽查工作组入户核查，数据属实");
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
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceBusinessKey(CASE).taskDefinitionKey(activityId));
  }

  private Task reviewTask(String review, String activityId) {
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceId(review).taskDefinitionKey(activityId));
  }

  /** A variable of the household's Hunan procedure (the instance its tasks belong to). */
  private Object caseValue(String name) {
    String procedure = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(HouseholdVariables.HUNAN_PROCESS_KEY).processInstanceBusinessKey(CASE).singleResult().getId();
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
