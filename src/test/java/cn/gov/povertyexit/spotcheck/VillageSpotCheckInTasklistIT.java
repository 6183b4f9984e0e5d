package cn.gov.povertyexit.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.SpotCheckRows;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.TasklistWalk;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 设区市出列贫困村抽查 in the Chinese Tasklist: 九江市's leading group starts the check of the villages that exited in
 * 2019, visits the sampled village and finds its checklist unmet; at a pass rate of 0% every exited village of the
 * year goes back to its county government, which re-investigates it (重新入村调查核实) in Tasklist.
 */
class VillageSpotCheckInTasklistIT extends TasklistWalk {

  private static final int YEAR = 2019;
  private static final String HUBIN = "360428100201";
  private static final String XIYUAN = "360428100202";
  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldSendEveryExitedVillageBackToItsCountyWhenTheSampledVillageFails() {
    // given: 湖滨村 and 西源村 of 都昌县 left the list in 2019, their households first
    for (String village : List.of(HUBIN, XIYUAN)) {
      exited(village);
    }

    // when: 发起流程 → 设区市出列贫困村抽查, half of each county's villages
    ChineseBrowser start = openStartForm("city-360400-leadinggroup", "cityVillageSpotCheck", "设区市出列贫困村抽查",
        "villageSpotCheckStartForm");
    start.type("Field_CityCode", "360400");
    start.type("Field_ExitYear", String.valueOf(YEAR));
    start.type("Field_SampleRate", "0.5");
    start.screenshot("village-spot-check-start");
    start.start();
    String check = startedCase("cityVillageSpotCheck", "360400-" + YEAR + "-villagecheck");
    assertThat(caseValue(check, "sampleRate")).isEqualTo("0.5");

    // 实地抽查: the city's team finds the sampled village's group renovation unfinished
    Task visit = waitForTask(check, "Activity_VillageCheck");
    String sampled = (String) taskService.getVariable(visit.getId(), "sampledVillageCode");
    assertThat(sampled).isIn(HUBIN, XIYUAN);
    ChineseBrowser city = openAndClaim("city-360400-leadinggroup", visit, "villageCheckForm");
    assertThat(city.value("Field_SampledVillageCode")).isEqualTo(sampled);
    String sampledName = sampled.equals(HUBIN) ? "湖滨村" : "西源村";
    assertThat(city.value("Field_CheckedVillageName")).isEqualTo(sampledName);
    // the list says which village each visit is about
    waitForListedTask(city, "实地抽查", "办理对象", sampledName + "（" + sampled + "）· 都昌镇");
    city.waitForText(FORM, "重度贫困村小组村庄整治建设全部完成");
    city.pick("Field_SeverelyPoorGroupsRenovated", "未达到");
    city.type("Field_VillageCheckRemarks", "实地查看，第三村民小组村庄整治建设尚未完工");
    city.screenshot("village-spot-check-visit");
    city.complete();
    waitUntilDone(visit);

    // then: 0% passed — the check ends with the failed village revoked, every other one re-verified, the county marked
    waitUntil("check ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(check).count() == 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(check)
        .activityId("Event_AllReVerified").count()).isEqualTo(1);
    assertThat(caseValue(check, "villageCheckRemarks")).isEqualTo("实地查看，第三村民小组村庄整治建设尚未完工");
    // the finding, the remark and the official who checked are the register's record of the city's check
    SpotCheckRows.Check recorded = new SpotCheckRows(jdbc).checkOf(check);
    assertThat(recorded.kind()).isEqualTo("CITY_VILLAGE");
    assertThat(recorded.passRate()).isEqualByComparingTo("0.00");
    SpotCheckRows.Subject visited = new SpotCheckRows(jdbc).subject(recorded.id(), sampled);
    assertThat(visited.findings()).startsWith("市级抽查未达标").contains("重度贫困村小组村庄整治建设全部完成");
    assertThat(visited.remarks()).isEqualTo("实地查看，第三村民小组村庄整治建设尚未完工");
    assertThat(visited.checkedBy()).isNotEqualTo("system").isNotBlank();
    assertThat(visited.consequence()).isEqualTo("回退");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(check)
        .variableNameLike("assessmentResult%").count()).isZero();
    // and the village's register page shows it to the city
    assertThat(pageAs("city-360400-supervisor", "/register/villages/" + sampled).body())
        .contains("抽查、评估核查", "市级出列村抽查", "不合格", "实地查看，第三村民小组村庄整治建设尚未完工", "回退");
    // (the household spot check of the same county and year gives its own mark)
    assertThat(jdbc.sql("select mark from performance_mark where county_code = '360428' and mark_year = ? and mark like ? and kind = 'DEDUCTION'")
        .params(YEAR, "市级出列村抽查%").query(String.class).single()).startsWith("市级出列村抽查合格率0.00%");

    // and (000 八 "应继续列入") the failed village is back on the list at once, not re-verified; the other exited
    // village gets 重新入村调查核实 by the county government: the checklist met again, the exit confirmed
    assertThat(register.currentStatus(SubjectType.VILLAGE, sampled)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sampled + "-" + YEAR + "-reverification")
        .count()).isZero();
    String unsampled = sampled.equals(HUBIN) ? XIYUAN : HUBIN;
    String unsampledName = sampled.equals(HUBIN) ? "西源村" : "湖滨村";
    String reVerification = startedCase("villageReVerification", unsampled + "-" + YEAR + "-reverification");
    Task investigation = waitForTask(reVerification, "Activity_ReInvestigate");
    ChineseBrowser county = openAndClaim("county-360428-government", investigation, "villageInvestigationForm");
    assertThat(county.value("Field_VillageName")).isEqualTo(unsampledName);
    assertThat(county.value("Field_TownshipName")).isEqualTo("都昌镇");
    assertThat(county.value("Field_CountyName")).isEqualTo("都昌县");
    assertThat(county.value("Field_RuralPopulation")).isNotBlank();
    county.pick("Field_SeverelyPoorGroupsRenovated", "已达到");
    county.type("Field_InvestigationDate", "2020年3月12日");
    county.type("Field_InvestigationRemarks", "重新入村核实，村小组整治建设已全部完成，贫困发生率低于2%");
    county.screenshot("village-re-verification");
    county.complete();
    waitUntilDone(investigation);
    waitUntil("re-verification ended",
        () -> runtimeService.createProcessInstanceQuery().processInstanceId(reVerification).count() == 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(reVerification)
        .activityId("Event_ExitConfirmed").count()).isEqualTo(1);
    assertThat(caseValue(reVerification, "investigationDate")).isEqualTo("2020-03-12");
    assertThat(register.currentStatus(SubjectType.VILLAGE, unsampled)).contains(VillageStatus.EXITED);
  }

  /** The village leaves the list of 贫困村 in the year, after every household of it has exited. */
  private void exited(String village) {
    for (String id : jdbc.sql("select id from household where village_code = ? and status = 'POOR'").param(village)
        .query(String.class).list()) {
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-360428-office", null, YEAR + "年度预退出对象（测试准备）"));
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.EXITED,
          new ChangeContext("county-360428-government", null, YEAR + "年度脱贫退出（测试准备）"));
    }
    register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.PRE_EXIT,
        new ChangeContext("county-360428-office", null, YEAR + "年度预退出贫困村（测试准备）"));
    register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.EXITED,
        new ChangeContext("county-360428-government", null, YEAR + "年度贫困村出列（测试准备）"));
    jdbc.sql("update village set exit_year = ? where code = ?").params(YEAR, village).update();
  }
}
