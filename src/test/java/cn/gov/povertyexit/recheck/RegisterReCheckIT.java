package cn.gov.povertyexit.recheck;

import static cn.gov.povertyexit.support.IdentificationTestCounty.COUNTY;
import static cn.gov.povertyexit.support.IdentificationTestCounty.EXITED_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.POOR_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.SECOND_TOWNSHIP;
import static cn.gov.povertyexit.support.IdentificationTestCounty.TOWNSHIP;
import static cn.gov.povertyexit.support.IdentificationTestCounty.officialOf;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.IdentificationTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.village.VillageRecords;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 建档立卡疑似问题再次核实 through REST as 武宁县's officials (001 二 四; (四)1 非贫困人口及时退出): one verification per
 * township, each household kept, removed or re-listed with its findings; removals are marks, never deletions.
 */
class RegisterReCheckIT extends PostgresApplicationTest {

  private static final String OFFICE = officialOf(COUNTY, "office");
  private static final String FIRST_TOWNSHIP = officialOf(TOWNSHIP, "government");
  private static final String OTHER_TOWNSHIP = officialOf(SECOND_TOWNSHIP, "government");
  private static final String TEAM = "刘洋 镇扶贫办主任\n陈静 镇纪委副书记\n黄磊 驻村第一书记";

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired StatusRegister register;
  @Autowired VillageRecords villages;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;

  @BeforeEach
  void theCounty() {
    IdentificationTestCounty.ensure(jdbc, access, demo);
  }

  @Test
  @DisplayName("001 二 四：审计发现的疑似问题按乡镇逐户再次核实，识别不准的剔除（标注，不删除），返贫的转识别纳入，其余保留")
  void shouldRemoveKeepAndReListEachHouseholdWithOneVerificationPerTownship() {
    // given
    String wronglyListed = TestHouseholds.id(POOR_VILLAGE, 1);
    String rightlyListed = TestHouseholds.id(POOR_VILLAGE, 2);
    String fallenBack = TestHouseholds.id(EXITED_VILLAGE, 10);
    String stillOut = TestHouseholds.id(EXITED_VILLAGE, 11);
    int poorBefore = villages.find(POOR_VILLAGE).orElseThrow().poorPopulation();
    String caseId = start(wronglyListed + " 家中有财政供养人员\n" + rightlyListed + " 在县城购有商品房\n"
        + fallenBack + " 户主患大病，收入大幅下降\n" + stillOut + " 家庭收入不稳定");

    // when: each township verifies its own households once
    JsonNode firstTasks = waitForTasks(restAs(FIRST_TOWNSHIP), caseId);
    JsonNode otherTasks = waitForTasks(restAs(OTHER_TOWNSHIP), caseId);
    RestApi.Response other = restAs(OTHER_TOWNSHIP).post("/task/" + otherTasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("verifiers", string(TEAM), "verificationDate", string("2020-08-10"),
            "removeHouseholds", json("[\"" + wronglyListed + "\"]"),
            "reCheckFindings", string(wronglyListed + " 经核实，户主之子为县财政供养的中学教师，识别不准"))));
    RestApi.Response first = restAs(FIRST_TOWNSHIP).post("/task/" + firstTasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("verifiers", string(TEAM), "verificationDate", string("2020-08-12"),
            "relistHouseholds", json("[\"" + fallenBack + "\"]"),
            "reCheckFindings", string(fallenBack + " 户主2020年3月确诊尿毒症，医疗支出大，人均收入低于标准"))));

    // then
    assertThat(firstTasks).hasSize(1);
    assertThat(otherTasks).hasSize(1);
    assertThat(other.status()).as(other.body()).isEqualTo(204);
    assertThat(first.status()).as(first.body()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count()).as("re-check done").isZero();
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, wronglyListed)).contains(HouseholdStatus.REMOVED);
    assertThat(jdbc.sql("select count(*) from household where id = ?").param(wronglyListed).query(Long.class).single())
        .as("kept on the register").isEqualTo(1);
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, wronglyListed);
    assertThat(trail.get(trail.size() - 1).processInstanceId()).isEqualTo(caseId);
    assertThat(trail.get(trail.size() - 1).reason()).contains("识别不准，剔除：家中有财政供养人员", "中学教师", "刘洋 镇扶贫办主任");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, rightlyListed)).contains(HouseholdStatus.POOR);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, stillOut)).contains(HouseholdStatus.EXITED);
    assertThat(villages.find(POOR_VILLAGE).orElseThrow().poorPopulation()).isEqualTo(poorBefore - 2);
    assertThat(outcomes(caseId)).containsEntry(wronglyListed, "REMOVED").containsEntry(rightlyListed, "KEPT")
        .containsEntry(fallenBack, "RELISTED").containsEntry(stillOut, "KEPT");
    // the 返贫 case waits for 新庄村's work team to survey the household; the register changes only when the county approves
    var relisting = runtimeService.createProcessInstanceQuery().processDefinitionKey("householdIdentification")
        .processInstanceBusinessKey(fallenBack + "-2020").singleResult();
    assertThat(relisting).isNotNull();
    assertThat(waitForTasks(restAs(officialOf(EXITED_VILLAGE, "workteam")), relisting.getId()).get(0).get("name").asText())
        .isEqualTo("入户调查");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, fallenBack)).contains(HouseholdStatus.EXITED);
  }

  @Test
  void shouldRefuseAWrongListOrVerificationAndChangeNothing() {
    long named = count();
    String poor = TestHouseholds.id(POOR_VILLAGE, 3);
    String exited = TestHouseholds.id(EXITED_VILLAGE, 12);

    RestApi.Response otherCounty = startResponse(OFFICE, poor + " 疑似问题\n3604241002010001 另一个县的农户");
    RestApi.Response noProblem = startResponse(OFFICE, poor);
    RestApi.Response byTownship = startResponse(FIRST_TOWNSHIP, poor + " 疑似问题");
    assertThat(otherCounty.status()).isEqualTo(400);
    assertThat(otherCounty.json().get("message").asText()).isEqualTo("疑似问题名单有误：第2户（3604241002010001）不是武宁县建档立卡登记册中的户编号");
    assertThat(noProblem.json().get("message").asText()).contains("请写明疑似问题");
    assertThat(byTownship.status()).isEqualTo(403);
    assertThat(count()).isEqualTo(named);

    String caseId = start(poor + " 有经营性货车两辆\n" + exited + " 收入来源单一");
    String otherTask = waitForTasks(restAs(OTHER_TOWNSHIP), caseId).get(0).get("id").asText();
    String firstTask = waitForTasks(restAs(FIRST_TOWNSHIP), caseId).get(0).get("id").asText();
    RestApi.Response teamOfTwo = restAs(OTHER_TOWNSHIP).post("/task/" + otherTask + "/complete", Map.of("variables",
        Map.of("verifiers", string("刘洋 镇扶贫办主任\n陈静 镇纪委副书记"), "verificationDate", string("2020-08-10"))));
    RestApi.Response noFindings = restAs(OTHER_TOWNSHIP).post("/task/" + otherTask + "/complete", Map.of("variables",
        Map.of("verifiers", string(TEAM), "verificationDate", string("2020-08-10"), "removeHouseholds", json("[\"" + poor + "\"]"))));
    RestApi.Response exitedRemoved = restAs(FIRST_TOWNSHIP).post("/task/" + firstTask + "/complete", Map.of("variables",
        Map.of("verifiers", string(TEAM), "verificationDate", string("2020-08-10"), "removeHouseholds", json("[\"" + exited + "\"]"),
            "reCheckFindings", string(exited + " 不符合"))));
    RestApi.Response byOtherTownship = restAs(OTHER_TOWNSHIP).post("/task/" + firstTask + "/complete", Map.of("variables",
        Map.of("verifiers", string(TEAM), "verificationDate", string("2020-08-10"))));

    assertThat(teamOfTwo.json().get("message").asText()).contains("不得少于3人");
    assertThat(noFindings.json().get("message").asText()).contains("请写明户主0003（" + poor + "）的核实情况");
    assertThat(exitedRemoved.json().get("message").asText()).contains("已脱贫，不能剔除");
    assertThat(byOtherTownship.status()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().processInstanceId(caseId).count()).isEqualTo(2);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, poor)).contains(HouseholdStatus.POOR);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, exited)).contains(HouseholdStatus.EXITED);
    assertThat(outcomes(caseId)).containsValues((String) null).doesNotContainValue("REMOVED");
  }

  private String start(String households) {
    RestApi.Response started = startResponse(OFFICE, households);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private RestApi.Response startResponse(String official, String households) {
    return restAs(official).post("/process-definition/key/registerReCheck/start", Map.of("variables", Map.of(
        "countyCode", string(COUNTY), "checkYear", integer(2020), "findingSource", string("AUDIT"),
        "suspectedHouseholds", string(households))));
  }

  private Map<String, String> outcomes(String caseId) {
    Map<String, String> outcomes = new java.util.HashMap<>();
    jdbc.sql("select household_id, outcome from register_recheck where process_instance_id = ?").param(caseId)
        .query((rs, n) -> outcomes.put(rs.getString(1).trim(), rs.getString(2))).list();
    return outcomes;
  }

  private long count() {
    return jdbc.sql("select count(*) from register_recheck").query(Long.class).single();
  }
}
