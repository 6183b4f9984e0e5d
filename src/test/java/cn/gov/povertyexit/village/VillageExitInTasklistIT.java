package cn.gov.povertyexit.village;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.TasklistWalk;
import cn.gov.povertyexit.support.TestHouseholds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 贫困村出列 of 东岭村 walked form by form in the Chinese Tasklist, each by the official whose task it is: the county
 * office starts it, the county government investigates, the city leading group first sends it back and then
 * approves, the province files it and the county government announces it. Only the notice period is made to pass.
 */
class VillageExitInTasklistIT extends TasklistWalk {

  private static final String DONGLING = "360424100201";
  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldTakeDonglingOffTheListOfPoorVillagesFormByFormInTasklist() {
    // given: every household of 东岭村 has left the register, as the household procedure would have done
    String pending = exitAllButOneHouseholdOf(DONGLING);

    // when: 发起流程 → 贫困村出列
    ChineseBrowser start = openStartForm("county-360424-office", "villageExit", "贫困村出列", "villageExitStartForm");
    start.type("Field_VillageCode", DONGLING);
    start.type("Field_ExitYear", "2020");
    start.screenshot("village-exit-start");
    start.start();
    String exit = startedCase("villageExit", DONGLING + "-2020");
    assertThat(register.currentStatus(SubjectType.VILLAGE, DONGLING)).contains(VillageStatus.PRE_EXIT);

    // 入村调查核实 by the county government: the household whose exit awaits approval is named (its members still
    // count as poor); the province's checklist, the date typed the Chinese way
    String pendingHead = jdbc.sql("select head_name from household where id = ?").param(pending).query(String.class).single();
    investigate(exit, "2020年11月18日", "组织交通、水利、卫健等部门入村逐项核实，村小组整治建设已全部完成",
        "本村有1户", pendingHead);
    approveExit(pending);
    assertThat(caseValue(exit, "investigationDate")).isEqualTo("2020-11-18");
    assertThat(caseValue(exit, "severelyPoorGroupsRenovated")).isEqualTo(true);
    assertThat(caseValue(exit, "villageStandardMet")).isEqualTo(true);
    passNotice(exit);

    // 设区市扶贫开发领导小组审批: first sent back to the county, which investigates again
    // the household still pending at the investigation counted as poor in the incidence the city reads
    int pendingMembers = jdbc.sql("select count(*) from household_member where household_id = ?").param(pending)
        .query(Integer.class).single();
    int rural = jdbc.sql("select rural_population from village where code = ?").param(DONGLING).query(Integer.class).single();
    String incidenceWithPending = VillageStandard.percent(new BigDecimal(pendingMembers)
        .divide(new BigDecimal(rural), 4, RoundingMode.HALF_UP));
    decideInCity(exit, "不予批准，退回县里", "请县里补充村小组整治建设的验收材料后重新核实", incidenceWithPending);
    assertThat(caseValue(exit, "cityApproved")).isEqualTo(false);
    investigate(exit, "2020/12/2", "已补充村小组整治建设验收材料", "本村没有退出尚未审批的贫困户");
    assertThat(caseValue(exit, "investigationDate")).isEqualTo("2020-12-02");
    passNotice(exit);
    decideInCity(exit, "批准出列", "经审核，东岭村贫困发生率低于2%，出列清单全部达到，同意出列", "0.00%");
    assertThat(caseValue(exit, "cityApproved")).isEqualTo(true);
    assertThat(caseValue(exit, "cityDecisionReason")).isEqualTo("经审核，东岭村贫困发生率低于2%，出列清单全部达到，同意出列");

    // 报省扶贫开发领导小组备案
    Task filing = waitForTask(exit, "Activity_ProvinceFiling");
    ChineseBrowser province = openAndClaim("province-360000-leadinggroup", filing, "villageProvinceFilingForm");
    province.waitForText(FORM, "出列标准评定结果");
    assertThat(province.value("Field_VillageName")).isEqualTo("东岭村");
    assertThat(province.driver().findElement(FORM).getText()).contains("达标", "重度贫困村小组村庄整治建设全部完成");
    province.type("Field_VillageProvinceFilingNumber", "赣扶备〔2020〕51号");
    province.type("Field_VillageProvinceFilingDate", "2020年12月20日");
    province.screenshot("village-province-filing");
    province.complete();
    waitUntilDone(filing);
    assertThat(caseValue(exit, "villageProvinceFilingDate")).isEqualTo("2020-12-20");

    // 县人民政府向社会通告: a date before the case's year is refused in Chinese, the corrected one taken
    Task announcement = waitForTask(exit, "Activity_CountyAnnouncement");
    ChineseBrowser county = openAndClaim("county-360424-government", announcement, "villageAnnouncementForm");
    assertThat(county.value("Field_IncidencePercent")).isEqualTo("0.00%");
    county.type("Field_AnnouncementNumber", "修府通〔2020〕9号");
    county.type("Field_AnnouncementDate", "2019年12月26日");
    county.complete();
    county.waitForText(By.cssSelector(".page-notifications"), "不能早于2020年");
    assertThat(county.notifications()).doesNotContain("Cannot", "Exception");
    assertThat(taskService.createTaskQuery().taskId(announcement.getId()).count()).isEqualTo(1);
    county.type("Field_AnnouncementDate", "2020年12月26日");
    county.complete();
    waitUntilDone(announcement);

    // then: 东岭村 is 已出列, with the trail of the county government's announcement
    waitUntil("case ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(exit).count() == 0);
    assertThat(register.currentStatus(SubjectType.VILLAGE, DONGLING)).contains(VillageStatus.EXITED);
    List<StatusChange> trail = register.history(SubjectType.VILLAGE, DONGLING);
    assertThat(trail).extracting(StatusChange::toStatus).containsExactly("POOR_VILLAGE", "PRE_EXIT", "EXITED");
    assertThat(trail.get(1).actor()).isEqualTo("county-360424-office");
    assertThat(trail.get(2).actor()).isEqualTo("county-360424-government");
    assertThat(trail.get(2).processInstanceId()).isEqualTo(exit);
    assertThat(trail.get(2).reason()).contains("修府通〔2020〕9号");
    assertThat(caseValue(exit, "announcementDate")).isEqualTo("2020-12-26");
    assertThat(jdbc.sql("select exit_year from village where code = ?").param(DONGLING).query(Integer.class).single())
        .isEqualTo(2020);
  }

  private void investigate(String exit, String date, String remarks, String... pendingExitsShown) {
    Task investigation = waitForTask(exit, "Activity_InvestigateVillage");
    ChineseBrowser county = openAndClaim("county-360424-government", investigation, "villageInvestigationForm");
    county.waitForText(FORM, "本省出列清单");
    assertThat(county.value("Field_VillageName")).isEqualTo("东岭村");
    assertThat(county.value("Field_TownshipName")).isEqualTo("义宁镇");
    assertThat(county.value("Field_CountyName")).isEqualTo("修水县");
    assertThat(county.value("Field_RuralPopulation")).isNotBlank();
    // Jiangxi's checklist has one item: the others of the form stay hidden
    assertThat(county.driver().findElement(FORM).getText()).contains("重度贫困村小组村庄整治建设全部完成")
        .doesNotContain("通宽带").contains("本村退出尚未审批的贫困户").contains(pendingExitsShown);
    county.pick("Field_SeverelyPoorGroupsRenovated", "已达到");
    county.type("Field_InvestigationDate", date);
    county.type("Field_InvestigationRemarks", remarks);
    county.screenshot(pendingExitsShown.length > 1 ? "village-investigation-pending" : "village-investigation");
    county.complete();
    waitUntilDone(investigation);
  }

  private void decideInCity(String exit, String decision, String reason, String incidenceShown) {
    Task approval = waitForTask(exit, "Activity_CityApproval");
    ChineseBrowser city = openAndClaim("city-360400-leadinggroup", approval, "villageApprovalForm");
    city.waitForText(FORM, "出列标准评定结果");
    city.waitForText(FORM, "贫困发生率");
    assertThat(city.value("Field_VillageName")).isEqualTo("东岭村");
    assertThat(city.value("Field_IncidencePercent")).isEqualTo(incidenceShown);
    city.pick("Field_CityApproved", decision);
    city.type("Field_CityDecisionReason", reason);
    city.screenshot("village-approval");
    city.complete();
    waitUntilDone(approval);
  }

  /**
   * The households leave the register as their procedure would: 预退出, then 已脱贫 — all but the last, whose exit
   * still awaits the county's approval; returns that one.
   */
  private String exitAllButOneHouseholdOf(String village) {
    // the household left pending is this test's own, whatever other tests of the shared database did to the village
    TestHouseholds.ensure(jdbc, village, 7777, 1);
    String pending = TestHouseholds.id(village, 7777);
    List<String> poor = jdbc.sql("select id from household where village_code = ? and status = 'POOR' order by id")
        .param(village).query(String.class).list();
    for (String id : poor) {
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-360424-office", null, "2020年度预退出对象（测试准备）"));
      if (!id.trim().equals(pending)) {
        approveExit(id.trim());
      }
    }
    return pending;
  }

  private void approveExit(String household) {
    register.changeStatus(SubjectType.HOUSEHOLD, household, HouseholdStatus.EXITED,
        new ChangeContext("county-360424-government", null, "2020年度脱贫退出（测试准备）"));
  }
}
