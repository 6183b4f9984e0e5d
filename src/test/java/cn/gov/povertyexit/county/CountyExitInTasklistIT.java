package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistWalk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 贫困县摘帽 of both demo counties in the Chinese Tasklist, each form filled by the official whose task it is: 修水县
 * (national key county) from the leading group's application through the city's return of its preliminary review (000
 * 五(3), a return without a reason refused first), a failed third-party assessment, the city's handling, the State Council's report and inspection to the province government's approval; 都昌县
 * (province-designated) through the provincial leading group's decision. Steps another test already walked in the
 * browser are taken over REST by the same officials. Households are first taken off the register as their procedure
 * would, so that the incidence counted from the register falls below 2%.
 */
class CountyExitInTasklistIT extends TasklistWalk {

  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void exitEnoughHouseholds() {
    // those of 东岭村, 南山村 and 杨梅村 (修水县); 湖滨村, 西源村 and 港头村 (都昌县)
    List<String> ids = jdbc.sql("""
        select id from household where status = 'POOR' and (village_code in ('360424100201', '360428100201', '360428100202',
          '360428101201') or (village_code = '360424100202' and id <> '3604241002020001')
          or (village_code = '360424101202' and id not in ('3604241012020001', '3604241012020002')))""")
        .query(String.class).list();
    for (String id : ids) {
      String county = id.substring(0, 6);
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-" + county + "-office", null, "2020年度预退出对象（测试准备）"));
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.EXITED,
          new ChangeContext("county-" + county + "-government", null, "2020年度脱贫退出（测试准备）"));
    }
  }

  @Test
  void shouldTakeXiushuiThroughAFailedAssessmentTheCitysHandlingAndTheStateCouncilInTasklist() {
    // when: 发起流程 → 贫困县摘帽 by the county's leading group
    ChineseBrowser start = openStartForm("county-360424-leadinggroup", "countyExit", "贫困县摘帽", "countyExitStartForm");
    start.type("Field_CountyCode", "360424");
    start.type("Field_ExitYear", "2020");
    start.start();
    String exit = startedCase("countyExit", "360424-2020");
    assertThat(register.currentStatus(SubjectType.COUNTY, "360424")).contains(CountyStatus.APPLIED);

    // 设区市扶贫开发领导小组初审 returns it (000 五(3) 对未完整履行退出程序的，责成相关市进行核查处理): first without a
    // reason over REST, as a careless client would — refused in Chinese, the task and the register unchanged
    Task firstReview = waitForTask(exit, "Activity_CityPreliminaryReview");
    List<StatusChange> trailBefore = register.history(SubjectType.COUNTY, "360424");
    RestApi.Response refused = restAs("city-360400-leadinggroup").post("/task/" + firstReview.getId() + "/complete",
        Map.of("variables", Map.of("cityReviewPassed", bool(false), "cityReviewOpinion", string("退回"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).isEqualTo("退回须填写退回原因：请写明不符合条件或未完整履行退出程序之处");
    assertThat(taskService.createTaskQuery().taskId(firstReview.getId()).count()).isEqualTo(1);
    assertThat(caseValue(exit, "cityReviewPassed")).isNull();
    assertThat(register.history(SubjectType.COUNTY, "360424")).isEqualTo(trailBefore);

    // then in Tasklist, with the reason the form asks for once 退回 is picked
    ChineseBrowser returning = openAndClaim("city-360400-leadinggroup", firstReview, "countyCityReviewForm");
    assertThat(returning.value("Field_CountyName")).isEqualTo("修水县");
    returning.pick("Field_CityReviewPassed", "退回，责成设区市核查处理");
    returning.type("Field_CityReviewOpinion", "退出档案不完整，暂不同意上报");
    returning.type("Field_CityReturnReason", "宁州镇竹坪村民主评议记录缺失，未完整履行退出程序");
    returning.screenshot("county-city-review-return");
    returning.complete();
    waitUntilDone(firstReview);
    assertThat(caseValue(exit, "cityReviewPassed")).isEqualTo(false);
    Task returnHandling = waitForTask(exit, "Activity_CityHandling");
    assertThat(caseValue(exit, "failureReason")).isEqualTo("设区市扶贫开发领导小组初审退回：宁州镇竹坪村民主评议记录缺失，未完整履行退出程序");
    assertThat(register.currentStatus(SubjectType.COUNTY, "360424")).contains(CountyStatus.APPLIED);
    completeByRest("city-360400-leadinggroup", exit, Map.of("cityHandlingReport", string("已补齐竹坪村民主评议记录")));
    waitUntil("handling done", () -> taskService.createTaskQuery().taskId(returnHandling.getId()).count() == 0);

    // 设区市扶贫开发领导小组初审, again: agreed
    reviewInCity(exit, "修水县退出申请材料齐全，贫困发生率低于2%，初审同意");
    assertThat(caseValue(exit, "cityReviewOpinion")).isEqualTo("修水县退出申请材料齐全，贫困发生率低于2%，初审同意");

    // 第三方评估核查: 90 of 3,000 exited people wrongly exited, 3% — above the 2% allowed
    Task assessment = waitForTask(exit, "Activity_ThirdPartyAssessment");
    ChineseBrowser assessor = openAndClaim("province-360000-assessor", assessment, "countyAssessmentForm");
    assertThat(assessor.value("Field_CountyName")).isEqualTo("修水县");
    assertThat(assessor.value("Field_CountyClassName")).isEqualTo("国家扶贫开发工作重点县");
    assessor.type("Field_SampledExitedPopulation", "3000");
    assessor.type("Field_WronglyExited", "90");
    assessor.type("Field_SampledUnregisteredPopulation", "2000");
    assessor.type("Field_MissedPoor", "9");
    assessor.type("Field_SurveyedHouseholds", "800");
    assessor.type("Field_ApprovingHouseholds", "771");
    assessor.type("Field_AssessmentReport", "抽查修水县18个乡镇，错退90人，漏评9人，群众认可度96.4%");
    assessor.screenshot("county-assessment");
    assessor.complete();
    waitUntilDone(assessment);
    assertThat(((Number) caseValue(exit, "wronglyExited")).longValue()).isEqualTo(90);
    assertThat(caseValue(exit, "countyStandardMet")).isEqualTo(false);

    // 责成设区市核查处理: the city reads why, and reports its handling
    Task handling = waitForTask(exit, "Activity_CityHandling");
    ChineseBrowser city = openAndClaim("city-360400-leadinggroup", handling, "cityHandlingForm");
    assertThat(city.value("Field_FailureReason")).contains("第三方评估核查未达到退出标准", "错退率3.00%");
    city.waitForText(FORM, "未达标");
    city.type("Field_CityHandlingReport", "已责成修水县对错退人员逐户复核，90人全部恢复为贫困人口并落实帮扶措施");
    city.screenshot("county-city-handling");
    city.complete();
    waitUntilDone(handling);

    // back to the city's review, and a second assessment, as walked above
    completeByRest("city-360400-leadinggroup", exit, Map.of("cityReviewPassed", bool(true), "cityReviewOpinion", string("整改到位，初审同意")));
    completeByRest("province-360000-assessor", exit, goodSample());

    // 省扶贫开发领导小组核查，确定拟退出名单
    Task check = waitForTask(exit, "Activity_ProvinceCheck");
    ChineseBrowser province = openAndClaim("province-360000-leadinggroup", check, "countyProvinceCheckForm");
    province.waitForText(FORM, "退出标准评定结果");
    assertThat(province.driver().findElement(FORM).getText()).contains("达标", "错退率").doesNotContain("未达标");
    province.pick("Field_ProvinceCheckPassed", "列入拟退出名单，向社会公示");
    province.type("Field_ProvinceCheckOpinion", "经核查，修水县符合贫困县退出条件，列入拟退出名单并向社会公示");
    province.complete();
    waitUntilDone(check);
    passNotice(exit);

    // 向国务院扶贫开发领导小组报告
    Task report = waitForTask(exit, "Activity_ReportToStateCouncil");
    province = openAndClaim("province-360000-leadinggroup", report, "stateCouncilReportForm");
    province.waitForText(FORM, "退出标准评定结果");
    province.type("Field_StateCouncilReport", "修水县公示期满无异议，现将拟退出情况报告国务院扶贫开发领导小组");
    province.complete();
    waitUntilDone(report);
    assertThat(caseValue(exit, "stateCouncilReport")).isEqualTo("修水县公示期满无异议，现将拟退出情况报告国务院扶贫开发领导小组");

    // 国务院扶贫开发领导小组专项评估检查
    Task inspection = waitForTask(exit, "Activity_SpecialInspection");
    ChineseBrowser national = openAndClaim("national-100000-leadinggroup", inspection, "specialInspectionForm");
    national.waitForText(FORM, "群众认可度");
    national.pick("Field_InspectionPassed", "合格");
    national.type("Field_InspectionFindings", "专项评估检查合格，符合退出条件");
    national.screenshot("county-special-inspection");
    national.complete();
    waitUntilDone(inspection);
    assertThat(caseValue(exit, "inspectionPassed")).isEqualTo(true);

    // 省人民政府批准退出
    approveInProvinceGovernment(exit, "赣府字〔2020〕30号", "2020年12月30日");

    // then
    assertExited("360424", exit);
    assertThat(caseValue(exit, "approvalDate")).isEqualTo("2020-12-30");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(exit)
        .activityId("Activity_CityHandling").count()).isEqualTo(2);
  }

  @Test
  void shouldTakeDuchangThroughTheProvincialLeadingGroupsDecisionInTasklist() {
    // given: 都昌县's application has passed the review, the assessment, the province's check and the notice
    RestApi.Response started = restAs("county-360428-leadinggroup").post("/process-definition/key/countyExit/start",
        Map.of("variables", Map.of("countyCode", string("360428"), "exitYear", Map.of("value", 2020, "type", "Integer"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String exit = started.json().get("id").asText();
    completeByRest("city-360400-leadinggroup", exit, Map.of("cityReviewPassed", bool(true), "cityReviewOpinion", string("初审同意")));
    completeByRest("province-360000-assessor", exit, goodSample());
    completeByRest("province-360000-leadinggroup", exit, Map.of("provinceCheckPassed", bool(true),
        "provinceCheckOpinion", string("列入拟退出名单")));
    passNotice(exit);

    // when: 省扶贫开发领导小组审定 — a province-designated county goes to no State Council inspection
    Task decision = waitForTask(exit, "Activity_ProvinceDecision");
    ChineseBrowser province = openAndClaim("province-360000-leadinggroup", decision, "provinceDecisionForm");
    assertThat(province.value("Field_CountyName")).isEqualTo("都昌县");
    assertThat(province.value("Field_CountyClassName")).isEqualTo("省定贫困县");
    province.waitForText(FORM, "退出标准评定结果");
    province.pick("Field_ProvinceDecisionPassed", "审定同意，报省人民政府批准");
    province.type("Field_ProvinceDecision", "审定同意都昌县退出，报省人民政府批准");
    province.screenshot("county-province-decision");
    province.complete();
    waitUntilDone(decision);
    approveInProvinceGovernment(exit, "赣府字〔2020〕31号", "2020/12/30");

    // then
    assertExited("360428", exit);
    assertThat(caseValue(exit, "provinceDecision")).isEqualTo("审定同意都昌县退出，报省人民政府批准");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(exit)
        .activityId("Activity_SpecialInspection").count()).isZero();
  }

  private void reviewInCity(String exit, String opinion) {
    Task review = waitForTask(exit, "Activity_CityPreliminaryReview");
    ChineseBrowser city = openAndClaim("city-360400-leadinggroup", review, "countyCityReviewForm");
    assertThat(city.value("Field_CountyName")).isEqualTo("修水县");
    assertThat(city.value("Field_ExitYear")).isEqualTo("2020");
    // the incidence counted from the register once the households have exited: below 2%
    assertThat(city.value("Field_CountyIncidencePercent")).matches("[01]\\.\\d\\d%");
    city.pick("Field_CityReviewPassed", "同意，报省扶贫开发领导小组");
    city.type("Field_CityReviewOpinion", opinion);
    city.screenshot("county-city-review");
    city.complete();
    waitUntilDone(review);
  }

  private void approveInProvinceGovernment(String exit, String number, String date) {
    Task approval = waitForTask(exit, "Activity_ProvinceApproval");
    ChineseBrowser government = openAndClaim("province-360000-government", approval, "provinceApprovalForm");
    government.waitForText(FORM, "退出标准评定结果");
    government.type("Field_ApprovalNumber", number);
    government.type("Field_ApprovalDate", date);
    government.complete();
    waitUntilDone(approval);
    assertThat(caseValue(exit, "approvalNumber")).isEqualTo(number);
    assertThat(caseValue(exit, "approvalDate")).isEqualTo("2020-12-30");
  }

  private void assertExited(String county, String exit) {
    waitUntil("case ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(exit).count() == 0);
    assertThat(register.currentStatus(SubjectType.COUNTY, county)).as(county).contains(CountyStatus.EXITED);
    List<StatusChange> trail = register.history(SubjectType.COUNTY, county);
    assertThat(trail).extracting(StatusChange::toStatus).containsExactly("POOR_COUNTY", "APPLIED", "EXITED");
    assertThat(trail.get(1).actor()).isEqualTo("county-" + county + "-leadinggroup");
    assertThat(trail.get(2).actor()).isEqualTo("province-360000-government");
    assertThat(trail.get(2).processInstanceId()).isEqualTo(exit);
  }

  private static Map<String, Object> goodSample() {
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("sampledExitedPopulation", longValue(3000));
    sample.put("wronglyExited", longValue(12));
    sample.put("sampledUnregisteredPopulation", longValue(2000));
    sample.put("missedPoor", longValue(9));
    sample.put("surveyedHouseholds", longValue(800));
    sample.put("approvingHouseholds", longValue(771));
    sample.put("assessmentReport", string("第三方评估抽样"));
    return sample;
  }
}
