package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.CountyExitTestCounties;
import cn.gov.povertyexit.support.HeilongjiangTasklistRegister;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistWalk;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 黑龙江省's county procedure (seed 004 四(三)) in the Chinese Tasklist: 嫩江县 (省级贫困县) through the 市（地）'s
 * preliminary review, the province's check naming the provincial medium of the notice, the report to the province
 * government and the provincial leading group's special inspection; 逊克县 (国家级贫困县) to the provincial leading
 * group's 审定. Each new form is filled by its official; the others are taken over REST by the same officials.
 */
class HeilongjiangCountyExitInTasklistIT extends TasklistWalk {

  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeAll
  void registerCounties() {
    CountyExitTestCounties.ensure(jdbc);
    HeilongjiangTasklistRegister.ensure(jdbc, access, demo);
  }

  @Test
  @DisplayName("004 四(三)2–7 省级贫困县在 Tasklist 中：市级初审、省级核查（写明省级媒体）、向省政府报告、省扶贫开发领导小组专项评估检查")
  void shouldTakeNenjiangThroughTheProvincialLevelProcedureInTasklist() {
    String exit = startedExit("231121");

    // 市（地）扶贫开发领导小组初审
    Task review = waitForTask(exit, "Activity_CityPreliminaryReview");
    ChineseBrowser city = openAndClaim("city-231100-leadinggroup", review, "heilongjiangCityReviewForm");
    assertThat(city.value("Field_CountyName")).isEqualTo("嫩江县");
    assertThat(city.value("Field_CountyClassName")).isEqualTo("省级贫困县");
    city.waitForText(FORM, "004号文件 四(三)2");
    city.pick("Field_CityReviewPassed", "同意，组织第三方评估");
    city.type("Field_CityReviewOpinion", "嫩江县贫困发生率降至2%以下，申请材料齐全，初审同意并组织第三方评估");
    city.screenshot("county-heilongjiang-city-review");
    city.complete();
    waitUntilDone(review);
    assertThat(caseValue(exit, "cityReviewPassed")).isEqualTo(true);

    // 市（地）组织第三方评估, as the assessment form is walked elsewhere
    assertThat(waitForTask(exit, "Activity_CityThirdPartyAssessment").getTaskDefinitionKey()).isNotNull();
    completeByRest("city-231100-leadinggroup", exit, goodSample());

    // 省扶贫开发领导小组核查，确定退出名单: the notice is posted on the provincial government's portal
    Task check = waitForTask(exit, "Activity_ProvincialCheck");
    ChineseBrowser province = openAndClaim("province-230000-leadinggroup", check, "heilongjiangProvinceCheckForm");
    province.waitForText(FORM, "退出标准评定结果");
    // no objection has been upheld: its findings are not shown
    assertThat(province.driver().findElements(By.cssSelector(".fjs-container [id$='-Field_LastObjectionFindings']"))).isEmpty();
    assertThat(province.formText()).doesNotContain("公示异议核实情况");
    province.pick("Field_ProvinceCheckPassed", "列入拟退出名单，向社会公示");
    province.type("Field_ProvinceCheckOpinion", "经核查，嫩江县符合贫困县退出条件，确定列入退出名单");
    province.pick("Field_NoticeMedium", "政府门户网站");
    province.type("Field_NoticeOutlet", "黑龙江省人民政府网");
    province.screenshot("county-heilongjiang-province-check");
    province.complete();
    waitUntilDone(check);
    assertThat(caseValue(exit, "noticePlace")).isEqualTo("政府门户网站：黑龙江省人民政府网");
    passNotice(exit);

    // 省扶贫开发领导小组向省政府报告
    Task report = waitForTask(exit, "Activity_ReportToProvinceGovernment");
    province = openAndClaim("province-230000-leadinggroup", report, "provinceGovernmentReportForm");
    province.waitForText(FORM, "省级贫困县由省扶贫开发领导小组向省政府报告");
    province.type("Field_ProvinceGovernmentReport", "嫩江县在黑龙江省人民政府网公示7天无异议，现报省政府");
    province.complete();
    waitUntilDone(report);

    // 省扶贫开发领导小组专项评估检查
    Task inspection = waitForTask(exit, "Activity_ProvincialSpecialInspection");
    province = openAndClaim("province-230000-leadinggroup", inspection, "provincialSpecialInspectionForm");
    province.waitForText(FORM, "004号文件 四(三)6");
    province.pick("Field_InspectionPassed", "合格");
    province.type("Field_InspectionFindings", "经省扶贫开发领导小组组织专项评估检查，嫩江县符合退出标准");
    province.screenshot("county-heilongjiang-provincial-inspection");
    province.complete();
    waitUntilDone(inspection);

    // 省人民政府批准退出
    completeByRest("province-230000-government", exit, Map.of("approvalNumber", string("黑政函〔2020〕40号"),
        "approvalDate", string("2020-12-30")));
    waitUntil("case ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(exit).count() == 0);
    assertThat(register.currentStatus(SubjectType.COUNTY, "231121")).contains(CountyStatus.EXITED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(exit)
        .activityId("Activity_SpecialInspection").count()).isZero();
  }

  @Test
  @DisplayName("004 四(三)5 国家级贫困县在 Tasklist 中：公示无异议后由省扶贫开发领导小组审定，再向国务院扶贫开发领导小组报告")
  void shouldLetTheProvincialLeadingGroupDecideForXunkeInTasklist() {
    String exit = startedExit("231123");
    completeByRest("city-231100-leadinggroup", exit, Map.of("cityReviewPassed", bool(true), "cityReviewOpinion", string("初审同意")));
    completeByRest("city-231100-leadinggroup", exit, goodSample());
    completeByRest("province-230000-leadinggroup", exit, Map.of("provinceCheckPassed", bool(true),
        "provinceCheckOpinion", string("确定退出名单"), "noticeMedium", string("省级主流媒体"), "noticeOutlet", string("黑龙江日报")));
    passNotice(exit);

    Task decision = waitForTask(exit, "Activity_ProvinceDecision");
    ChineseBrowser province = openAndClaim("province-230000-leadinggroup", decision, "heilongjiangProvinceDecisionForm");
    assertThat(province.value("Field_CountyName")).isEqualTo("逊克县");
    province.waitForText(FORM, "004号文件 四(三)5");
    province.pick("Field_ProvinceDecisionPassed", "审定同意，向国务院扶贫开发领导小组报告");
    province.type("Field_ProvinceDecision", "逊克县公示期满无异议，审定同意退出，报国务院扶贫开发领导小组");
    province.screenshot("county-heilongjiang-province-decision");
    province.complete();
    waitUntilDone(decision);
    assertThat(waitForTask(exit, "Activity_ReportToStateCouncil").getTaskDefinitionKey()).isEqualTo("Activity_ReportToStateCouncil");
    assertThat(caseValue(exit, "provinceDecisionPassed")).isEqualTo(true);
  }

  /** The county's leading group applies over REST; the Heilongjiang procedure's case is returned. */
  private String startedExit(String county) {
    RestApi.Response started = restAs("county-" + county + "-leadinggroup").post("/process-definition/key/countyExit/start",
        Map.of("variables", Map.of("countyCode", string(county), "exitYear", Map.of("value", 2020, "type", "Integer"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String application = started.json().get("id").asText();
    String[] exit = new String[1];
    waitUntil("Heilongjiang procedure of " + county, () -> {
      var called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application).singleResult();
      exit[0] = called == null ? null : called.getId();
      return exit[0] != null;
    });
    return exit[0];
  }

  private static Map<String, Object> goodSample() {
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("sampledExitedPopulation", longValue(3000));
    sample.put("wronglyExited", longValue(12));
    sample.put("sampledUnregisteredPopulation", longValue(2000));
    sample.put("missedPoor", longValue(9));
    sample.put("surveyedHouseholds", longValue(800));
    sample.put("approvingHouseholds", longValue(771));
    sample.put("assessmentReport", string("市（地）委托第三方评估抽样"));
    return sample;
  }
}
