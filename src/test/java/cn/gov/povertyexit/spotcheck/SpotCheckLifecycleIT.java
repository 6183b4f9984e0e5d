package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two county-years of spot checks on PostgreSQL, through the REST API as the demo officials: 修水县 2018, where a
 * sampled household fails and the county names the proportional unsampled exit; 都昌县 2017, at exactly 90%, where every
 * exit is re-verified. The exits are set up as the household procedure records them, with their exit year.
 */
class SpotCheckLifecycleIT extends PostgresApplicationTest {

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRevokeTheFailedSampleAndTheNamedProportionInXiushui() throws Exception {
    // given: 18 exits of 杨梅村 in 2018, checked at 60%
    List<String> exits = exited("360424101202", 3, 20, 2018);
    RestApi office = restAs("county-360424-office");
    RestApi leadingGroup = restAs("county-360424-leadinggroup");

    // when
    String check = start(office, Map.of("countyCode", string("360424"), "exitYear", integer(2018),
        "sampleRate", doubleValue(0.6)));
    JsonNode visits = waitForTasks(leadingGroup, check);
    assertThat(visits).hasSize(11);
    String failing = null;
    for (JsonNode visit : visits) {
      String id = leadingGroup.get("/task/" + visit.get("id").asText() + "/variables/assessedHouseholdId").json()
          .get("value").asText();
      boolean fail = failing == null;
      failing = fail ? id : failing;
      RestApi.Response done = leadingGroup.post("/task/" + visit.get("id").asText() + "/complete",
          Map.of("variables", findings(fail ? "C" : "A")));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    // the leading group reads the unsampled exits in its naming task, as its form shows them
    String naming = waitForTasks(leadingGroup, check).get(0).get("id").asText();
    JsonNode unsampled = leadingGroup.get("/task/" + naming + "/variables/unsampledList?deserializeValue=false").json();
    List<String> unsampledIds = new ArrayList<>();
    for (JsonNode row : new ObjectMapper().readTree(unsampled.get("value").asText())) {
      unsampledIds.add(row.get("householdId").asText());
    }
    completeOnlyTask(leadingGroup, check, Map.of("namedRevocations",
        json("[{\"householdId\":\"" + unsampledIds.get(0) + "\"}]")));

    // then
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, failing)).contains(HouseholdStatus.REVOKED);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, unsampledIds.get(0))).contains(HouseholdStatus.REVOKED);
    assertThat(exits.stream().filter(id -> register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.REVOKED))
        .hasSize(2);
    StatusChange revocation = last(unsampledIds.get(0));
    assertThat(revocation.actor()).isEqualTo("county-360424-leadinggroup");
    assertThat(revocation.processInstanceId()).isEqualTo(check);
  }

  @Test
  void shouldReVerifyEveryExitOfDuchangAtExactlyNinetyPercent() {
    // given: 20 exits of 青山村 in 2017, checked at 50%: 10 sampled
    exited("360428101202", 1, 20, 2017);
    RestApi leadingGroup = restAs("county-360428-leadinggroup");

    // when: one of the ten fails — 90.00%, which is not above 90%
    String check = start(restAs("county-360428-office"), Map.of("countyCode", string("360428"), "exitYear", integer(2017),
        "sampleRate", doubleValue(0.5)));
    JsonNode visits = waitForTasks(leadingGroup, check);
    assertThat(visits).hasSize(10);
    for (int i = 0; i < visits.size(); i++) {
      RestApi.Response done = leadingGroup.post("/task/" + visits.get(i).get("id").asText() + "/complete",
          Map.of("variables", findings(i == 0 ? "D" : "A")));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    // then (000 八): the failed exit is revoked at once; nineteen re-verification cases for the township, and the mark
    JsonNode cases = restAs("county-360428-supervisor").get("/process-instance?processDefinitionKey=householdReVerification&businessKeyLike=%25-2017-reverification").json();
    assertThat(cases).hasSize(19);
    assertThat(waitForTasks(restAs("township-360428101-government"), cases.get(0).get("id").asText())).hasSize(1);
    assertThat(jdbc.sql("select mark from performance_mark where county_code = '360428' and mark_year = 2017 and kind = 'DEDUCTION'")
        .query(String.class).single()).startsWith("县级抽查合格率90.00%");
  }

  private String start(RestApi official, Map<String, Object> variables) {
    RestApi.Response started = official.post("/process-definition/key/countyHouseholdSpotCheck/start", Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private List<String> exited(String village, int from, int to, int year) {
    List<String> ids = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      String id = village + String.format("%04d", n);
      // another test of this database may already have taken the household off the register
      if (register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.POOR) {
        exit(id, year);
      }
      jdbc.sql("update household set exit_year = ? where id = ?").params(year, id).update();
      ids.add(id);
    }
    return ids;
  }

  private void exit(String id, int year) {
    String county = id.substring(0, 6);
    register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
        new ChangeContext("county-" + county + "-office", null, year + "年度预退出（测试准备）"));
    register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
        new ChangeContext("county-" + county + "-government", null, year + "年度脱贫退出（测试准备）"));
  }

  private static Map<String, Object> findings(String housing) {
    Map<String, Object> found = new LinkedHashMap<>();
    found.put("memberCount", longValue(2));
    found.put("wageIncome", doubleValue(9000));
    found.put("businessIncome", doubleValue(2000));
    found.put("businessCosts", doubleValue(500));
    found.put("propertyIncome", doubleValue(0));
    found.put("transferIncome", doubleValue(800));
    found.put("dibao", string("NONE"));
    found.put("foodClothingSecure", Map.of("value", true, "type", "Boolean"));
    found.put("childrenOutOfSchool", longValue(0));
    found.put("uninsuredMembers", longValue(0));
    found.put("seriousIllnessUnassisted", longValue(0));
    found.put("housingRating", string(housing));
    found.put("drinkingWaterSafe", Map.of("value", true, "type", "Boolean"));
    return found;
  }

  private StatusChange last(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1);
  }
}
