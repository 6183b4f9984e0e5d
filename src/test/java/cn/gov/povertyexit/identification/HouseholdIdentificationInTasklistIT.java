package cn.gov.povertyexit.identification;

import static cn.gov.povertyexit.support.IdentificationTestCounty.COUNTY;
import static cn.gov.povertyexit.support.IdentificationTestCounty.EXITED_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.NEW_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.TOWNSHIP;
import static cn.gov.povertyexit.support.IdentificationTestCounty.officialOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.NationalIdNumber;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.IdentificationTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.TestHouseholds;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every form of the identification procedure completed in the Chinese Tasklist as the officials of 武宁县 would fill
 * them: a household found by the cadres and admitted by the county, and an exited household whose only gap the
 * housing department solves. Only the notice's seven days are simulated (its timer job is executed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdIdentificationInTasklistIT extends PostgresApplicationTest {

  private static final String PROCESS_NAME = "贫困户识别纳入（新识别、返贫）";

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StatusRegister register;

  private ChineseBrowser browser;

  @BeforeAll
  void openBrowser() {
    IdentificationTestCounty.ensure(jdbc, access, demo);
    browser = new ChineseBrowser(port);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void shouldAdmitAHouseholdTheCadresFoundThroughEveryFormInTasklist() {
    // 农户申请或干部排查: the committee records the household the cadres found
    browser.logIntoTasklist(officialOf(NEW_VILLAGE, "committee"), DEMO_PASSWORD);
    browser.openStartForm(PROCESS_NAME);
    browser.pick("Field_InclusionKind", "新识别（尚未纳入建档立卡的农户）");
    browser.pick("Field_ApplicationSource", "干部排查");
    browser.type("Field_VillageCode", NEW_VILLAGE);
    browser.type("Field_HeadName", "黄桂兰");
    browser.type("Field_ApplicationYear", "2020");
    browser.screenshot("identification-start");
    browser.start();
    ProcessInstance identification = caseOf("黄桂兰");
    String householdId = (String) runtimeService.getVariable(identification.getId(), "householdId");

    // 入户调查: the work team types the members line by line and the year's figures
    Task survey = waitForTask(identification, "Activity_HomeSurvey");
    browser.logIntoTasklist(officialOf(NEW_VILLAGE, "workteam"), DEMO_PASSWORD);
    browser.openTask(survey.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "家庭成员（每行一人）");
    String shownId = browser.value("Field_HouseholdId");
    browser.claim();
    browser.type("Field_MemberLines", member("黄桂兰", "19580214", "户主", "残疾 无劳动力 已完成学业") + "\n"
        + member("周志勇", "19830922", "子女", "大病 弱劳动力 已完成学业") + "\n"
        + member("周雨桐", "20120305", "孙子女", "健康 无劳动力 在校生"));
    browser.type("Field_WageIncome", "3600");
    browser.type("Field_BusinessIncome", "1200");
    browser.type("Field_BusinessCosts", "300");
    browser.type("Field_PropertyIncome", "0");
    browser.type("Field_TransferIncome", "1860");
    browser.choose("Field_DibaoCategory", "一二类低保");
    browser.check("Field_DisabilityAid");
    browser.check("Field_FoodClothingSecure");
    browser.type("Field_UninsuredMembers", "0");
    browser.type("Field_SeriousIllnessUnassisted", "0");
    browser.check("Field_IllnessCausesPoverty");
    browser.choose("Field_HousingRating", "B级（基本安全）");
    browser.check("Field_DrinkingWaterSafe");
    browser.screenshot("identification-survey");
    browser.complete();
    waitUntilGone(survey);

    // 民主评议
    Task appraisal = waitForTask(identification, "Activity_DemocraticAppraisal");
    browser.logIntoTasklist(officialOf(NEW_VILLAGE, "committee"), DEMO_PASSWORD);
    browser.openTask(appraisal.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "对照识别标准评定结果");
    String verdictShown = browser.value("Field_OutcomeLabel") + " " + browser.value("Field_Category") + " "
        + browser.value("Field_Reason");
    browser.claim();
    browser.type("Field_AppraisalDate", "2020年6月20日");
    browser.type("Field_AppraisalAttendance", "27");
    browser.pick("Field_AppraisalAgreed", "同意纳入，进行公示");
    browser.type("Field_AppraisalRemarks", "与会代表一致同意该户作为兜底户纳入");
    browser.screenshot("identification-appraisal");
    browser.complete();
    waitUntilGone(appraisal);
    passNotice(identification);

    // 乡镇审核
    Task townshipReview = waitForTask(identification, "Activity_TownshipReview");
    browser.logIntoTasklist(officialOf(TOWNSHIP, "government"), DEMO_PASSWORD);
    browser.openTask(townshipReview.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "乡镇审核");
    browser.claim();
    browser.type("Field_ReviewDate", "2020年7月5日");
    browser.pick("Field_TownshipApproved", "同意，报县审定");
    browser.type("Field_TownshipOpinion", "经入户核实，情况属实，同意上报");
    browser.complete();
    waitUntilGone(townshipReview);

    // 县审定并公告
    Task countyApproval = waitForTask(identification, "Activity_CountyApproval");
    browser.logIntoTasklist(officialOf(COUNTY, "office"), DEMO_PASSWORD);
    browser.openTask(countyApproval.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "县审定并公告");
    browser.claim();
    browser.pick("Field_CountyApproved", "审定纳入建档立卡并公告");
    browser.type("Field_ApprovalNumber", "武扶办字〔2020〕21号");
    browser.type("Field_ApprovalDate", "2020年7月20日");
    browser.type("Field_CountyOpinion", "同意纳入建档立卡，按兜底户落实帮扶");
    browser.screenshot("identification-county-approval");
    browser.complete();
    waitUntilGone(countyApproval);

    // then: the form showed the number the system gave; the household is on the register as a carried household
    assertThat(shownId).isEqualTo(householdId).startsWith(NEW_VILLAGE);
    assertThat(verdictShown).contains("纳入建档立卡", "兜底户", "整户完全或部分丧失劳动能力，享受一二类低保、残疾人补助");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.POOR);
    assertThat(jdbc.sql("select count(*) from household_member where household_id = ?").param(householdId)
        .query(Integer.class).single()).isEqualTo(3);
    assertThat(jdbc.sql("select dibao from household where id = ?").param(householdId).query(String.class).single())
        .isEqualTo("DIBAO");
  }

  @Test
  void shouldLeaveTheHousingGapOfAHouseholdAboveTheThresholdToTheSectorInTasklist() {
    String householdId = TestHouseholds.id(EXITED_VILLAGE, 18);

    // 返贫 application for an exited household of 新庄村
    browser.logIntoTasklist(officialOf(EXITED_VILLAGE, "committee"), DEMO_PASSWORD);
    browser.openStartForm(PROCESS_NAME);
    browser.pick("Field_InclusionKind", "返贫（已脱贫户）");
    browser.pick("Field_ApplicationSource", "农户申请");
    browser.type("Field_HouseholdId", householdId);
    browser.type("Field_ApplicationYear", "2020");
    browser.start();
    ProcessInstance relisting = runtimeService.createProcessInstanceQuery().processDefinitionKey("householdIdentification")
        .processInstanceBusinessKey(householdId + "-2020").singleResult();

    // 入户调查: the members come from the register; 7,000.02 yuan for two, and the house rated D
    Task survey = waitForTask(relisting, "Activity_HomeSurvey");
    browser.logIntoTasklist(officialOf(EXITED_VILLAGE, "workteam"), DEMO_PASSWORD);
    browser.openTask(survey.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "家庭成员（建档立卡登记）");
    String registeredMembers = browser.value("Field_RegisteredMembers");
    browser.claim();
    browser.type("Field_WageIncome", "6000.02");
    browser.type("Field_BusinessIncome", "1000");
    browser.type("Field_BusinessCosts", "0");
    browser.type("Field_PropertyIncome", "0");
    browser.type("Field_TransferIncome", "0");
    browser.choose("Field_DibaoCategory", "无");
    browser.check("Field_FoodClothingSecure");
    browser.type("Field_ChildrenOutOfSchool", "0");
    browser.type("Field_UninsuredMembers", "0");
    browser.type("Field_SeriousIllnessUnassisted", "0");
    browser.choose("Field_HousingRating", "D级（整体危险）");
    browser.check("Field_DrinkingWaterSafe");
    browser.screenshot("relisting-survey");
    browser.complete();
    waitUntilGone(survey);

    // 核对评定结果
    Task review = waitForTask(relisting, "Activity_ReviewVerdict");
    browser.openTask(review.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "核对评定结果");
    String reviewShown = browser.value("Field_Reason") + " " + browser.value("Field_SectorItems");
    browser.claim();
    browser.pick("Field_VerdictConfirmed", "数据属实，按评定结论办理");
    browser.screenshot("relisting-verdict-review");
    browser.complete();
    waitUntilGone(review);

    // 行业主管部门单项解决
    Task sector = waitForTask(relisting, "Activity_SectorSolution");
    browser.logIntoTasklist(officialOf(COUNTY, "sector"), DEMO_PASSWORD);
    browser.openTask(sector.getId());
    browser.waitForText(By.cssSelector(".fjs-container"), "需解决的事项");
    browser.claim();
    browser.type("Field_SectorMeasures", "县住建局将该户列入2020年农村危房改造计划，拆除重建，补助2.5万元");
    browser.type("Field_SolvedDate", "2020年9月30日");
    browser.screenshot("relisting-sector-solution");
    browser.complete();
    waitUntilGone(sector);

    // then
    assertThat(registeredMembers).contains("成员18-1（户主，健康，普通劳动力）");
    assertThat(reviewShown).contains("人均可支配收入3500.01元，高于稳定收入标准3500.00元", "D级危房", "由相关行业主管部门单项解决");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.EXITED);
    assertThat(jdbc.sql("select status from household_application where household_id = ?").param(householdId)
        .query(String.class).single()).isEqualTo("SECTOR_SOLVES");
  }

  @Test
  void shouldRecordASupportMeasureOfAnExitedHouseholdFromTasklist() {
    String householdId = TestHouseholds.id(EXITED_VILLAGE, 17);
    browser.logIntoTasklist(officialOf(EXITED_VILLAGE, "workteam"), DEMO_PASSWORD);
    browser.openStartForm("帮扶措施登记（脱贫不脱政策）");
    browser.type("Field_HouseholdId", householdId);
    browser.type("Field_MeasureYear", "2020");
    browser.choose("Field_MeasureKind", "就业帮扶");
    browser.type("Field_MeasureContent", "推荐到县工业园区服装厂就业，月工资2800元");
    browser.type("Field_MeasureAmount", "600");
    browser.type("Field_MeasureDate", "2020年5月6日");
    browser.screenshot("support-measure-start");
    browser.start();

    assertThat(jdbc.sql("select measure_kind, content from support_measure where household_id = ?").param(householdId)
        .query().singleRow()).containsEntry("measure_kind", "EMPLOYMENT")
        .containsEntry("content", "推荐到县工业园区服装厂就业，月工资2800元");
  }

  private ProcessInstance caseOf(String headName) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("householdIdentification")
        .variableValueEquals("headName", headName).singleResult();
  }

  private static String member(String name, String birthDate, String relation, String rest) {
    String first17 = COUNTY + birthDate + String.format("%03d", (name.hashCode() & 0x7fffffff) % 1000);
    return name + " " + first17 + NationalIdNumber.checkCharacter(first17) + " " + relation + " " + rest;
  }

  private void passNotice(ProcessInstance identification) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    ProcessInstance notice = null;
    while (notice == null && Instant.now().isBefore(deadline)) {
      notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(identification.getId()).singleResult();
      pause(200);
    }
    assertThat(notice).isNotNull();
    Job timer = managementService.createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    managementService.executeJob(timer.getId());
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
}
