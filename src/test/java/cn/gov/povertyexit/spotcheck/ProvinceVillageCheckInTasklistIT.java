package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static cn.gov.povertyexit.support.SpotCheckTestCities.JIAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.SUICHUAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.WANAN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.SpotCheckTestCities;
import cn.gov.povertyexit.support.TasklistWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The province's check of exited villages in the Chinese Tasklist (seed 000 八: 省扶贫开发领导小组…抽取部分退出的…贫困村进行核查):
 * the assessors (第三方评估机构) visit 吉安市's sampled villages of 2023 and find one group renovation unfinished; 9 of 10
 * is 90.00%, so every other exited village of the city goes back to its county government for re-investigation.
 */
class ProvinceVillageCheckInTasklistIT extends TasklistWalk {

  private static final int YEAR = 2023;
  private static final String ASSESSORS = "province-360000-assessor";
  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @Test
  @DisplayName("000 八：省抽取部分退出的贫困村核查，由第三方评估机构实地抽查，以设区市为单位合格率90.00%的全部重新核查")
  void shouldLetTheAssessorsCheckACitysExitedVillages() {
    // given: 吉安市's 50 test villages left the list in 2023
    SpotCheckTestCities.ensure(jdbc);
    access.synchronise();
    demo.createOfficials();
    List<String> villages = new ArrayList<>(SpotCheckTestCities.checkVillages(SUICHUAN));
    villages.addAll(SpotCheckTestCities.checkVillages(WANAN));
    for (String village : villages) {
      if (register.currentStatus(SubjectType.VILLAGE, village).orElseThrow() == VillageStatus.POOR_VILLAGE) {
        register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.PRE_EXIT,
            new ChangeContext("county-" + village.substring(0, 6) + "-office", null, YEAR + "年度预退出贫困村（测试准备）"));
        register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.EXITED,
            new ChangeContext("county-" + village.substring(0, 6) + "-government", null, YEAR + "年度贫困村出列（测试准备）"));
      }
      jdbc.sql("update village set exit_year = ? where code = ?").params(YEAR, village).update();
    }

    // when: the provincial leading group starts the year's assessment
    RestApi province = restAs("province-360000-leadinggroup");
    RestApi.Response started = province.post("/process-definition/key/provinceExitAssessment/start",
        Map.of("variables", Map.of("provinceCode", string("360000"), "exitYear", integer(YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String check = startedCase("cityVillageSpotCheck", JIAN + "-" + YEAR + "-villagecheck-province");
    waitUntil("10 visits", () -> taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_VillageCheck").count() == 10);
    List<Task> visits = taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_VillageCheck").list();
    // the city's leading group does not see the province's visits
    assertThat(restAs("city-" + JIAN + "-leadinggroup").get("/task?processInstanceId=" + check).json()).isEmpty();

    // the assessors open the first visit in Tasklist and find a group's renovation unfinished
    Task visit = visits.get(0);
    String sampled = (String) taskService.getVariable(visit.getId(), "sampledVillageCode");
    ChineseBrowser assessors = openAndClaim(ASSESSORS, visit, "villageCheckForm");
    assertThat(assessors.value("Field_SampledVillageCode")).isEqualTo(sampled);
    assessors.waitForText(FORM, "重度贫困村小组村庄整治建设全部完成");
    assessors.pick("Field_SeverelyPoorGroupsRenovated", "未达到");
    assessors.type("Field_VillageCheckRemarks", "第三方评估实地核查：第二村民小组村庄整治建设尚未完工");
    assessors.screenshot("province-village-check-visit");
    assessors.complete();
    waitUntilDone(visit);
    RestApi rest = restAs(ASSESSORS);
    for (Task other : visits.subList(1, visits.size())) {
      RestApi.Response done = rest.post("/task/" + other.getId() + "/complete", Map.of("variables", Map.of(
          "severelyPoorGroupsRenovated", bool(true), "hardenedRoad", bool(true), "broadband", bool(true),
          "cableTelevision", bool(true), "clinicWithDoctor", bool(true), "culturalVenue", bool(true))));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    // then: 90.00%, not above 90%: the village is back on the list, the others re-investigated, the counties marked
    waitUntil("check ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(check).count() == 0);
    assertThat(caseValue(check, "passRatePercent")).isEqualTo("90.00%");
    assertThat(register.currentStatus(SubjectType.VILLAGE, sampled)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("villageReVerification")
        .variableValueEquals("villageCheckInstanceId", check).count()).isEqualTo(49);
    assertThat(jdbc.sql("select mark from performance_mark where county_code = ? and mark_year = ? and kind = 'DEDUCTION'")
        .params(SUICHUAN, YEAR).query(String.class).single()).startsWith("省级出列村抽查合格率90.00%");
  }
}
