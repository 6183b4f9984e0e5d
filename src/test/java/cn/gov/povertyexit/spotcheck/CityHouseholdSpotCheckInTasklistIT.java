package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static cn.gov.povertyexit.support.SpotCheckTestCities.JIAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.SUICHUAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.WANAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.householdVillage;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.SpotCheckTestCities;
import cn.gov.povertyexit.support.TasklistWalk;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 设区市退出户抽查 in the Chinese Tasklist (seed 000 八, 以设区市为单位): 吉安市's leading group starts the check of 2017
 * from 发起流程 over its two counties' exits; one of 11 sampled houses is unsafe (90.91%), and 遂川县's leading group
 * names its unsampled exit to revoke in 确定未抽查户回退名单. In 2018 one of 10 fails (90.00%): every other exit of the
 * city is re-verified, and 万安县's township re-verifies one at home.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CityHouseholdSpotCheckInTasklistIT extends TasklistWalk {

  private static final String CITY_GROUP = "city-" + JIAN + "-leadinggroup";
  private static final String SUICHUAN_GROUP = "county-" + SUICHUAN + "-leadinggroup";
  private static final By FORM = By.cssSelector(".fjs-container");

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeAll
  void places() {
    SpotCheckTestCities.ensure(jdbc);
    TestHouseholds.ensure(jdbc, householdVillage(SUICHUAN), 1, 20);
    TestHouseholds.ensure(jdbc, householdVillage(WANAN), 1, 22);
    access.synchronise();
    demo.createOfficials();
  }

  @Test
  @Order(1)
  @DisplayName("000 八：设区市抽查合格率高于90%（90.91%），由县确定本县未抽查户回退名单")
  void shouldLetTheCountyNameItsUnsampledExitAfterTheCitysCheck() {
    List<String> suichuan = exited(SUICHUAN, 1, 10, 2017);
    List<String> wanan = exited(WANAN, 1, 12, 2017);

    // when: 发起流程 → 设区市退出户抽查, half of each village
    ChineseBrowser start = openStartForm(CITY_GROUP, "cityHouseholdSpotCheck", "设区市退出户抽查", "citySpotCheckStartForm");
    start.waitForText(By.cssSelector(".modal .fjs-container"), "年度市级退出户抽查");
    start.type("Field_CityCode", JIAN);
    start.type("Field_ExitYear", "2017");
    start.type("Field_SampleRate", "0.5");
    start.screenshot("city-spot-check-start");
    start.start();
    String check = startedCase("cityHouseholdSpotCheck", JIAN + "-2017-spotcheck-city");

    // the city's leading group visits 11 households of both counties; the first house is unsafe
    waitUntil("11 visits", () -> taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_HomeCheck").count() == 11);
    List<Task> visits = taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_HomeCheck").list();
    RestApi city = restAs(CITY_GROUP);
    List<String> sampled = new ArrayList<>();
    for (Task visit : visits) {
      sampled.add((String) taskService.getVariable(visit.getId(), "assessedHouseholdId"));
      Map<String, Object> found = sampled.size() == 1
          ? Map.of("housingRating", string("C"), "assessmentRemarks", string("市级抽查：住房局部危险"))
          : Map.of("assessmentRemarks", string("市级抽查属实"));
      RestApi.Response done = city.post("/task/" + visit.getId() + "/complete", Map.of("variables", found));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    String failed = sampled.get(0);
    waitUntil("check ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(check).count() == 0);
    assertThat(caseValue(check, "passRatePercent")).isEqualTo("90.91%");

    // then: 遂川县's leading group names one of its own unsampled exits in Tasklist
    String naming = startedCase("householdRevocationNaming", JIAN + "-2017-spotcheck-city-" + SUICHUAN);
    Task task = waitForTask(naming, "Activity_NameUnsampled");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
        .contains(SUICHUAN_GROUP).doesNotContain(CITY_GROUP);
    List<String> own = ((SpinJsonNode) runtimeService.getVariable(naming, "unsampledList")).elements().stream()
        .map(node -> node.prop("householdId").stringValue()).toList();
    assertThat(own).hasSize(5).isSubsetOf(suichuan);
    String waNanExit = wanan.stream().filter(id -> !sampled.contains(id)).findFirst().orElseThrow();
    ChineseBrowser county = openAndClaim(SUICHUAN_GROUP, task, "revocationNamingForm");
    county.waitForText(FORM, "未被抽查的退出户");
    assertThat(county.value("Field_CountyName")).isEqualTo("遂川县");
    assertThat(county.value("Field_PassRatePercent")).isEqualTo("90.91%");
    assertThat(county.value("Field_UnsampledToRevoke")).isEqualTo("1");
    assertThat(county.driver().findElement(FORM).getText()).contains(own.get(0), failed);
    // an exit of 万安县 is not 遂川县's to name
    county.type("Field_NamedRevocations", waNanExit);
    county.complete();
    county.waitForText(By.cssSelector(".page-notifications"), "不是本县本年度未被抽查的退出户");
    assertThat(county.notifications()).doesNotContain("Exception", "Cannot");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, waNanExit)).contains(HouseholdStatus.EXITED);
    county.type("Field_NamedRevocations", own.get(1));
    county.screenshot("city-household-revocation-naming");
    county.complete();
    waitUntilDone(task);

    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, failed)).contains(HouseholdStatus.REVOKED);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, own.get(1))).contains(HouseholdStatus.REVOKED);
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, own.get(1));
    assertThat(trail.get(trail.size() - 1).reason()).isEqualTo("2017年度按市级抽查不合格比例确定（抽查合格率90.91%）（回退，继续扶持）");
    assertThat(trail.get(trail.size() - 1).actor()).isEqualTo(SUICHUAN_GROUP);
  }

  @Test
  @Order(2)
  @DisplayName("000 八：设区市抽查合格率低于90%（含90%），本市当年退出户全部重新核查，乡镇入户核实")
  void shouldLetTheTownshipReVerifyAnExitAfterTheCitysCheckFails() {
    exited(SUICHUAN, 11, 20, 2018);
    List<String> wanan = exited(WANAN, 13, 22, 2018);
    RestApi city = restAs(CITY_GROUP);
    RestApi.Response started = city.post("/process-definition/key/cityHouseholdSpotCheck/start", Map.of("variables",
        Map.of("cityCode", string(JIAN), "exitYear", integer(2018), "sampleRate", doubleValue(0.5))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String check = started.json().get("id").asText();
    List<Task> visits = taskService.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_HomeCheck").list();
    assertThat(visits).hasSize(10);
    String failed = null;
    for (Task visit : visits) {
      Map<String, Object> found = failed == null
          ? Map.of("housingRating", string("C"), "assessmentRemarks", string("市级抽查：住房局部危险"))
          : Map.of("assessmentRemarks", string("市级抽查属实"));
      if (failed == null) {
        failed = (String) taskService.getVariable(visit.getId(), "assessedHouseholdId");
      }
      RestApi.Response done = city.post("/task/" + visit.getId() + "/complete", Map.of("variables", found));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    waitUntil("check ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(check).count() == 0);
    assertThat(caseValue(check, "passRatePercent")).isEqualTo("90.00%");

    // when: 万安县's township re-verifies an exit at home and finds it meets the standard
    String failedExit = failed;
    String household = wanan.stream().filter(id -> !id.equals(failedExit)).findFirst().orElseThrow();
    String reVerification = startedCase("householdReVerification", household + "-2018-reverification");
    Task visit = waitForTask(reVerification, "Activity_ReVerify");
    ChineseBrowser township = openAndClaim("township-" + WANAN + "100-government", visit, "householdCheckForm");
    township.waitForText(FORM, "成员" + Integer.parseInt(household.substring(12)) + "-1");
    assertThat(township.value("Field_CheckName")).isEqualTo("重新核查");
    assertThat(township.value("Field_CountyName")).isEqualTo("万安县");
    assertThat(township.value("Field_TownshipName")).isEqualTo("芙蓉镇");
    township.type("Field_TransferIncome", "1200");
    township.type("Field_AssessmentRemarks", "重新入户核查：新增养老金400元，各项达标");
    township.screenshot("city-check-re-verification");
    township.complete();
    waitUntilDone(visit);

    // then: the exit stands; the failed one is back on the register
    waitUntil("re-verification ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(reVerification).count() == 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(reVerification)
        .activityId("Event_ExitConfirmed").count()).isEqualTo(1);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household)).contains(HouseholdStatus.EXITED);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, failed)).contains(HouseholdStatus.REVOKED);
  }

  private List<String> exited(String county, int from, int to, int year) {
    List<String> ids = IntStream.rangeClosed(from, to).mapToObj(n -> TestHouseholds.id(householdVillage(county), n)).toList();
    for (String id : ids) {
      if (register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.POOR) {
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
            new ChangeContext("county-" + county + "-office", null, year + "年度预退出（测试准备）"));
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
            new ChangeContext("county-" + county + "-government", null, year + "年度脱贫退出（测试准备）"));
      }
      jdbc.sql("update household set exit_year = ? where id = ?").params(year, id).update();
    }
    return ids;
  }
}
