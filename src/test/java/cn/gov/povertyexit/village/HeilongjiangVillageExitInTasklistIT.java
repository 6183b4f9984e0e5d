package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.support.HeilongjiangTasklistRegister.VILLAGE;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.HeilongjiangTasklistRegister;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistWalk;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 贫困村出列 in Heilongjiang's order (seed 004 四(二)3) in the Chinese Tasklist: the county government investigates
 * against the province's five-item checklist, announces the exit (公告退出), and then files it with the city (报市（地）
 * 备案) and the province (报省备案), each official in their own Tasklist.
 */
class HeilongjiangVillageExitInTasklistIT extends TasklistWalk {

  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeAll
  void heilongjiang() {
    HeilongjiangTasklistRegister.ensure(jdbc, access, demo);
  }

  @Test
  void shouldAnnounceXinxingFirstAndThenFileItWithCityAndProvince() {
    // given: 逊克县 selects 东胜村 for 2020
    RestApi.Response started = restAs("county-231123-office").post("/process-definition/key/villageExit/start",
        Map.of("variables", Map.of("villageCode", string(VILLAGE), "exitYear", integer(2020))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String exit = started.json().get("id").asText();

    // when: the county leading group (004 四(二)1) investigates against Heilongjiang's checklist
    Task investigation = waitForTask(exit, "Activity_LeadingGroupInvestigation");
    ChineseBrowser county = openAndClaim("county-231123-leadinggroup", investigation, "villageInvestigationForm");
    county.waitForText(FORM, "通宽带");
    assertThat(county.value("Field_VillageName")).isEqualTo(HeilongjiangTasklistRegister.VILLAGE_NAME);
    assertThat(county.driver().findElement(FORM).getText())
        .contains("中心屯通水泥（沥青）路", "通广播有线电视", "有卫生室、有医生", "有文化活动场所")
        .doesNotContain("重度贫困村小组村庄整治建设全部完成");
    for (String item : List.of("Field_HardenedRoad", "Field_Broadband", "Field_CableTelevision", "Field_ClinicWithDoctor",
        "Field_CulturalVenue")) {
      county.pick(item, "已达到");
    }
    county.type("Field_InvestigationDate", "2020年11月3日");
    county.type("Field_InvestigationRemarks", "五项清单逐项入村核实，全部达到");
    county.screenshot("heilongjiang-village-investigation");
    county.complete();
    waitUntilDone(investigation);
    assertThat(caseValue(exit, "broadband")).isEqualTo(true);
    assertThat(caseValue(exit, "villageStandardMet")).isEqualTo(true);
    passNotice(exit);

    // 公告退出, before any filing
    Task announcement = waitForTask(exit, "Activity_AnnounceExit");
    county = openAndClaim("county-231123-government", announcement, "villageAnnouncementForm");
    assertThat(county.value("Field_IncidencePercent")).isEqualTo("0.00%");
    county.type("Field_AnnouncementNumber", "逊政告〔2020〕3号");
    county.type("Field_AnnouncementDate", "2020.12.1");
    county.complete();
    waitUntilDone(announcement);
    assertThat(caseValue(exit, "announcementDate")).isEqualTo("2020-12-01");

    // 报市（地）扶贫开发领导小组备案
    Task cityFiling = waitForTask(exit, "Activity_CityFiling");
    ChineseBrowser city = openAndClaim("city-231100-leadinggroup", cityFiling, "villageCityFilingForm");
    city.waitForText(FORM, "出列标准评定结果");
    assertThat(city.driver().findElement(FORM).getText()).contains("达标", "通宽带").doesNotContain("未达标");
    city.type("Field_VillageCityFilingNumber", "黑扶备〔2020〕12号");
    city.type("Field_VillageCityFilingDate", "2020年12月8日");
    city.screenshot("heilongjiang-village-city-filing");
    city.complete();
    waitUntilDone(cityFiling);
    assertThat(caseValue(exit, "villageCityFilingDate")).isEqualTo("2020-12-08");

    // 报省扶贫开发领导小组备案
    Task provinceFiling = waitForTask(exit, "Activity_HeilongjiangProvinceFiling");
    ChineseBrowser province = openAndClaim("province-230000-leadinggroup", provinceFiling, "villageProvinceFilingForm");
    assertThat(province.value("Field_CountyName")).isEqualTo("逊克县");
    province.type("Field_VillageProvinceFilingNumber", "黑扶备〔2020〕77号");
    province.type("Field_VillageProvinceFilingDate", "2020/12/15");
    province.complete();
    waitUntilDone(provinceFiling);

    // then
    waitUntil("case ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(exit).count() == 0);
    assertThat(register.currentStatus(SubjectType.VILLAGE, VILLAGE)).contains(VillageStatus.EXITED);
    List<StatusChange> trail = register.history(SubjectType.VILLAGE, VILLAGE);
    assertThat(trail.get(trail.size() - 1).actor()).isEqualTo("province-230000-leadinggroup");
    assertThat(caseValue(exit, "villageProvinceFilingDate")).isEqualTo("2020-12-15");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(exit)
        .activityId("Activity_CityApproval").count()).isZero();
  }
}
