package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.HeilongjiangTasklistRegister;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 确定未抽查村回退名单 in the Chinese Tasklist: 黑河市 checked 12 of the 13 villages that exited in 2018 and one failed
 * (91.67%, above 90%), so the city's leading group names one of the unsampled villages to go back to the list; a
 * village that is not among them is refused in Chinese.
 */
class VillageRevocationNamingInTasklistIT extends TasklistWalk {

  private static final int YEAR = 2018;
  private static final String CITY_GROUP = "city-231100-leadinggroup";
  private static final String COUNTY_GROUP = "county-231123-leadinggroup";

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeAll
  void heilongjiang() {
    HeilongjiangTasklistRegister.ensure(jdbc, access, demo);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("000 八：其它未被抽查的出列村，按抽查不合格比例，由县确定具体不合格贫困村名单")
  void shouldRevokeTheVillageTheCountyNamesFromItsUnsampled() {
    // given: 13 villages exited in 2018; the city checks 90% of them, 12 villages, and finds one without broadband
    for (String village : HeilongjiangTasklistRegister.checkVillages()) {
      register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.PRE_EXIT, new ChangeContext("county-231123-office", null, YEAR + "年度预退出贫困村（测试准备）"));
      register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.EXITED, new ChangeContext("county-231123-government", null, YEAR + "年度贫困村出列（测试准备）"));
      jdbc.sql("update village set exit_year = ? where code = ?").params(YEAR, village).update();
    }
    RestApi city = restAs(CITY_GROUP);
    RestApi.Response started = city.post("/process-definition/key/cityVillageSpotCheck/start", Map.of("variables",
        Map.of("cityCode", string(HeilongjiangTasklistRegister.CITY), "exitYear", integer(YEAR), "sampleRate", doubleValue(0.9))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String check = started.json().get("id").asText();
    List<Task> visits = taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_VillageCheck").list();
    assertThat(visits).hasSize(12);
    List<String> sampled = new ArrayList<>();
    for (Task visit : visits) {
      sampled.add((String) taskService.getVariable(visit.getId(), "sampledVillageCode"));
      Map<String, Object> checklist = new HashMap<>();
      for (String item : List.of("hardenedRoad", "broadband", "cableTelevision", "clinicWithDoctor", "culturalVenue")) {
        checklist.put(item, Map.of("value", !(sampled.size() == 1 && item.equals("broadband")), "type", "Boolean"));
      }
      RestApi.Response completed = city.post("/task/" + visit.getId() + "/complete", Map.of("variables", checklist));
      assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }
    String failed = sampled.get(0);
    String unsampled = HeilongjiangTasklistRegister.checkVillages().stream().filter(code -> !sampled.contains(code))
        .findFirst().orElseThrow();

    // when: the county's leading group (not the city's) opens 确定未抽查村回退名单, one task for 逊克县
    String checkKey = historyService.createHistoricProcessInstanceQuery().processInstanceId(check).singleResult().getBusinessKey();
    waitUntil("the county's naming case", () -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(checkKey + "-231123").count() == 1);
    String countyNaming = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(checkKey + "-231123")
        .singleResult().getId();
    Task naming = waitForTask(countyNaming, "Activity_NameUnsampled");
    assertThat(taskService.getIdentityLinksForTask(naming.getId())).extracting(link -> link.getGroupId())
        .contains(COUNTY_GROUP).doesNotContain(CITY_GROUP);
    ChineseBrowser tasklist = openAndClaim(COUNTY_GROUP, naming, "villageRevocationNamingForm");
    By form = By.cssSelector(".fjs-container");
    tasklist.waitForText(form, "未被抽查的出列村");
    assertThat(tasklist.value("Field_PassRatePercent")).isEqualTo("91.67%");
    assertThat(tasklist.value("Field_UnsampledToRevoke")).isEqualTo("1");
    String shown = tasklist.driver().findElement(form).getText();
    assertThat(shown).contains(failed, unsampled, "逊克县", "通宽带");
    waitForListedTask(tasklist, "确定未抽查村回退名单", "办理对象", "逊克县");
    // a village that was sampled is not the county's to name
    tasklist.type("Field_NamedRevocations", failed);
    tasklist.complete();
    tasklist.waitForText(By.cssSelector(".page-notifications"), "不是本县本年度未被抽查的出列村");
    assertThat(tasklist.notifications()).doesNotContain("Cannot", "Exception");
    assertThat(register.currentStatus(SubjectType.VILLAGE, unsampled)).contains(VillageStatus.EXITED);
    tasklist.type("Field_NamedRevocations", unsampled);
    tasklist.screenshot("village-revocation-naming");
    tasklist.complete();
    waitUntilDone(naming);

    // then: both the failed and the named village are 贫困村 again, and the check recognises the rest
    waitUntil("check ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(check).count() == 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(check)
        .activityId("Event_RecognisedInProportion").count()).isEqualTo(1);
    assertThat(register.currentStatus(SubjectType.VILLAGE, failed)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(register.currentStatus(SubjectType.VILLAGE, unsampled)).contains(VillageStatus.POOR_VILLAGE);
    List<StatusChange> trail = register.history(SubjectType.VILLAGE, unsampled);
    assertThat(trail.get(trail.size() - 1).reason()).isEqualTo(YEAR + "年度按市级抽查不合格比例确定（抽查合格率91.67%）（回退，继续扶持）");
    assertThat(trail.get(trail.size() - 1).actor()).isEqualTo(COUNTY_GROUP);
    assertThat(HeilongjiangTasklistRegister.checkVillages().stream()
        .filter(code -> register.currentStatus(SubjectType.VILLAGE, code).orElseThrow() == VillageStatus.EXITED)).hasSize(11);
  }
}
