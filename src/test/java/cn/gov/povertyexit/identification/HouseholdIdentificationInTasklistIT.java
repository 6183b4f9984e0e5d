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
import cn.gov.povertyexit.support.TasklistSteps;
import cn.gov.povertyexit.support.TestHouseholds;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
  private TasklistSteps steps;

  @BeforeAll
  void openBrowser() {
    IdentificationTestCounty.ensure(jdbc, access, demo);
    browser = new ChineseBrowser(port);
    steps = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void shouldAdmitAHouseholdTheCadresFoundThroughEveryFormInTasklist() {
    // 农户申请或干部排查: the committee records the household the cadres found
    String committee = officialOf(NEW_VILLAGE, "committee");
    steps.logInAs(committee);
    assertThat(startFormKey(committee, "householdIdentification")).isEqualTo("identificationStartForm");
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
    String listedAs = "黄桂兰（" + householdId + "）· 船滩村 · 新识别";
    String[] shown = new String[2];

    // 入户调查: the work team types the members line by line and the year's figures
    steps.work(officialOf(NEW_VILLAGE, "workteam"), task(identification, "Activity_HomeSurvey"), "identificationSurveyForm",
        listedAs, () -> {
          shown[0] = browser.value("Field_HouseholdId");
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
        });

    // 民主评议
    steps.work(committee, task(identification, "Activity_DemocraticAppraisal"), "identificationAppraisalForm", listedAs, () -> {
      shown[1] = browser.value("Field_OutcomeLabel") + " " + browser.value("Field_Category") + " " + browser.value("Field_Reason");
      browser.type("Field_AppraisalDate", "2020年6月20日");
      browser.type("Field_AppraisalAttendance", "27");
      browser.pick("Field_AppraisalAgreed", "同意纳入，进行公示");
      browser.type("Field_AppraisalRemarks", "与会代表一致同意该户作为兜底户纳入");
    });
    steps.passNotice(householdId + "-2020");

    // 乡镇审核, 县审定并公告
    steps.work(officialOf(TOWNSHIP, "government"), task(identification, "Activity_TownshipReview"),
        "identificationTownshipReviewForm", listedAs, () -> {
          browser.type("Field_ReviewDate", "2020年7月5日");
          browser.pick("Field_TownshipApproved", "同意，报县审定");
          browser.type("Field_TownshipOpinion", "经入户核实，情况属实，同意上报");
        });
    steps.work(officialOf(COUNTY, "office"), task(identification, "Activity_CountyApproval"),
        "identificationCountyApprovalForm", listedAs, () -> {
          browser.pick("Field_CountyApproved", "审定纳入建档立卡并公告");
          browser.type("Field_ApprovalNumber", "武扶办字〔2020〕21号");
          browser.type("Field_ApprovalDate", "2020年7月20日");
          browser.type("Field_CountyOpinion", "同意纳入建档立卡，按兜底户落实帮扶");
        });

    // then: the form showed the number the system gave; the household is on the register as a carried household
    assertThat(shown[0]).isEqualTo(householdId).startsWith(NEW_VILLAGE);
    assertThat(shown[1]).contains("纳入建档立卡", "兜底户", "整户完全或部分丧失劳动能力，享受一二类低保、残疾人补助");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.POOR);
    assertThat(jdbc.sql("select count(*) from household_member where household_id = ?").param(householdId)
        .query(Integer.class).single()).isEqualTo(3);
    assertThat(jdbc.sql("select dibao from household where id = ?").param(householdId).query(String.class).single())
        .isEqualTo("DIBAO");
  }

  @Test
  void shouldLeaveTheHousingGapOfAHouseholdAboveTheThresholdToTheSectorInTasklist() {
    String householdId = TestHouseholds.id(EXITED_VILLAGE, 18);
    String workTeam = officialOf(EXITED_VILLAGE, "workteam");
    String listedAs = "户主0018（" + householdId + "）";
    String[] shown = new String[2];

    // 返贫 application for an exited household of 新庄村
    steps.logInAs(officialOf(EXITED_VILLAGE, "committee"));
    browser.openStartForm(PROCESS_NAME);
    browser.pick("Field_InclusionKind", "返贫（已脱贫户）");
    browser.pick("Field_ApplicationSource", "农户申请");
    browser.type("Field_HouseholdId", householdId);
    browser.type("Field_ApplicationYear", "2020");
    browser.start();
    ProcessInstance relisting = runtimeService.createProcessInstanceQuery().processDefinitionKey("householdIdentification")
        .processInstanceBusinessKey(householdId + "-2020").singleResult();

    // 入户调查: the members come from the register; 7,000.02 yuan for two, and the house rated D
    steps.work(workTeam, task(relisting, "Activity_HomeSurvey"), "identificationSurveyForm", listedAs, () -> {
      shown[0] = browser.value("Field_RegisteredMembers");
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
    });

    // 核对评定结果, then 行业主管部门单项解决
    steps.work(workTeam, task(relisting, "Activity_ReviewVerdict"), "identificationVerdictReviewForm", listedAs, () -> {
      shown[1] = browser.value("Field_Reason") + " " + browser.value("Field_SectorItems");
      browser.pick("Field_VerdictConfirmed", "数据属实，按评定结论办理");
    });
    steps.work(officialOf(COUNTY, "sector"), task(relisting, "Activity_SectorSolution"), "sectorSolutionForm", listedAs, () -> {
      browser.type("Field_SectorMeasures", "县住建局将该户列入2020年农村危房改造计划，拆除重建，补助2.5万元");
      browser.type("Field_SolvedDate", "2020年9月30日");
    });

    // then
    assertThat(shown[0]).contains("成员18-1（户主，健康，普通劳动力）");
    assertThat(shown[1]).contains("人均可支配收入3500.01元，高于稳定收入标准3500.00元", "D级危房", "由相关行业主管部门单项解决");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.EXITED);
    assertThat(jdbc.sql("select status from household_application where household_id = ?").param(householdId)
        .query(String.class).single()).isEqualTo("SECTOR_SOLVES");
  }

  @Test
  void shouldRecordASupportMeasureOfAnExitedHouseholdFromTasklist() {
    String householdId = TestHouseholds.id(EXITED_VILLAGE, 17);
    String workTeam = officialOf(EXITED_VILLAGE, "workteam");
    steps.logInAs(workTeam);
    assertThat(startFormKey(workTeam, "supportMeasureRecord")).isEqualTo("supportMeasureForm");
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

  private Task task(ProcessInstance instance, String activityId) {
    return steps.waitForTask(() -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activityId));
  }
}
