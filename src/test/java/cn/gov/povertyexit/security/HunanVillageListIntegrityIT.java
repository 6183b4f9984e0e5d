package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.support.HouseholdCases;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Hunan village's list (villageHouseholdExitListHunan) as an insider would try to bend it: no official may start
 * one, nor a township's notice (townshipHouseholdNoticeHunan), answer a household's signature in the list's place, or sign for a household of another list — and each
 * refusal leaves the lists, the cases and the register as they were. Households 301 on of 白龙潭村, exits of 2019.
 */
class HunanVillageListIntegrityIT extends CaseIntegrityTest {

  private static final String VILLAGE = OtherProvinceRegister.HUNAN_VILLAGE;
  private static final int HUNAN_YEAR = 2019;
  private static final String LISTS = "/process-instance/count?processDefinitionKey=villageHouseholdExitListHunan";
  private static final String TOWNSHIP_NOTICES = "/process-instance/count?processDefinitionKey=townshipHouseholdNoticeHunan";

  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeEach
  void hunanRegisterAndOfficials() {
    OtherProvinceRegister.ensure(jdbc);
    TestHouseholds.ensure(jdbc, VILLAGE, 301, 10);
    access.synchronise();
    demo.createOfficials();
  }

  @Test
  @DisplayName("官员不能自行建立湖南省村级名单或乡镇公示名单")
  void shouldRefuseAHunanListStartedByAnyOfficial() {
    // given: a household on its village's list, waiting for the appraisal
    String household = TestHouseholds.id(VILLAGE, 301);
    String procedure = procedureAtAppraisal(household);
    String list = HouseholdCases.listOf(runtimeService, procedure);
    CaseState listBefore = caseState(list);
    CaseState caseBefore = caseState(procedure);
    RegisterEntry registerBefore = household(household);
    long lists = count(LISTS);
    long townshipNotices = count(TOWNSHIP_NOTICES);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("villageCode", string(VILLAGE));
    variables.put("exitYear", integer(HUNAN_YEAR));
    variables.put("appraisalList", json("[{\"householdId\":\"" + household + "\",\"processInstanceId\":\"" + procedure
        + "\",\"standardMet\":true}]"));

    for (String official : List.of(committeeOf(household), workTeamOf(household), townshipOf(household), officeOf(household))) {
      // when
      RestApi.Response response = restAs(official).post("/process-definition/key/villageHouseholdExitListHunan/start",
          Map.of("variables", variables));

      RestApi.Response notice = restAs(official).post("/process-definition/key/townshipHouseholdNoticeHunan/start",
          Map.of("variables", Map.of("townshipCode", string("430412100"), "exitYear", integer(HUNAN_YEAR),
              "secondNoticeList", variables.get("appraisalList"))));

      // then
      assertRefused(response, 403);
      assertRefused(notice, 403);
      deleteIfStarted(response);
      deleteIfStarted(notice);
      assertThat(count(LISTS)).as(official + " " + answered(response)).isEqualTo(lists);
      assertThat(count(TOWNSHIP_NOTICES)).as(official + " " + answered(notice)).isEqualTo(townshipNotices);
    }
    assertThat(caseState(list)).isEqualTo(listBefore);
    assertThat(caseState(procedure)).isEqualTo(caseBefore);
    assertThat(household(household)).isEqualTo(registerBefore);
  }

  @Test
  @DisplayName("官员不能替名单答复农户签字认可，也不能为名单外的农户签字")
  void shouldRefuseAnsweringASignatureInTheListsPlaceOrSigningForAnotherHousehold() {
    // given: two households appraised, their list waiting for the work team's confirmation
    String first = TestHouseholds.id(VILLAGE, 302);
    String second = TestHouseholds.id(VILLAGE, 303);
    String firstCase = procedureAtAppraisal(first);
    String secondCase = collected(second);
    String list = HouseholdCases.listOf(runtimeService, firstCase);
    assertThat(HouseholdCases.listOf(runtimeService, secondCase)).isEqualTo(list);
    completeOnlyTask(restAs(committeeOf(first)), list, appraisal(List.of(first, second)));
    RestApi workTeam = restAs(workTeamOf(first));
    String confirmation = onlyTaskOf(workTeam, list);
    CaseState listBefore = caseState(list);
    CaseState firstBefore = caseState(firstCase);
    RegisterEntry registerBefore = household(second);

    // when: the committee answers a household's signature itself
    RestApi.Response message = restAs(committeeOf(first)).post("/message", Map.of("messageName", "householdConfirmed",
        "processInstanceId", firstCase, "processVariables", Map.of("householdAgrees", Map.of("value", true, "type", "Boolean"))));

    // and the work team signs for a household that is not on the list
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("signedByHead", json("[\"" + first + "\",\"" + second + "\",\"" + TestHouseholds.id(VILLAGE, 309) + "\"]"));
    variables.put("helperSignatures", string(first + " 赵六\n" + second + " 赵六"));
    RestApi.Response signed = workTeam.post("/task/" + confirmation + "/complete", Map.of("variables", variables));

    // then
    assertRefused(message, 403);
    String refusal = assertRefusedNaming(signed, "signedByHead", "户主本人签字认可的农户");
    assertThat(refusal).contains(TestHouseholds.id(VILLAGE, 309));
    assertThat(caseState(list)).isEqualTo(listBefore);
    assertThat(caseState(firstCase)).isEqualTo(firstBefore);
    assertThat(household(second)).isEqualTo(registerBefore);
  }

  /** Started by the district office, its data collected as registered: the Hunan procedure's id, on its list. */
  private String collected(String household) {
    RestApi.Response started = restAs(officeOf(household)).post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(household), "exitYear", integer(HUNAN_YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String exit = started.json().get("id").asText();
    String procedure = waitForProcedure(exit);
    completeOnlyTask(restAs(workTeamOf(household)), procedure, Map.of());
    return procedure;
  }

  private String procedureAtAppraisal(String household) {
    OpenVillageLists.end(runtimeService, VILLAGE, HUNAN_YEAR);
    String procedure = collected(household);
    onlyTaskOf(restAs(committeeOf(household)), HouseholdCases.listOf(runtimeService, procedure));
    return procedure;
  }

  private String waitForProcedure(String exit) {
    for (int attempt = 0; attempt < 120; attempt++) {
      var procedure = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit).singleResult();
      if (procedure != null) {
        return procedure.getId();
      }
      pause(250);
    }
    throw new AssertionError("no Hunan procedure for " + exit);
  }

  private static Map<String, Object> appraisal(List<String> agreed) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("appraisalDate", string("2019-11-18"));
    fields.put("appraisalAttendance", longValue(19));
    fields.put("appraisalPanel", string("周建国 村支两委委员\n刘桂英 村民代表"));
    fields.put("appraisalLeaderSignature", string("刘一"));
    fields.put("partySecretarySignature", string("陈二"));
    fields.put("villageDirectorSignature", string("张三"));
    fields.put("workTeamLeaderSignature", string("李四"));
    fields.put("agreedHouseholds", json(org.camunda.spin.Spin.JSON(agreed).toString()));
    return fields;
  }
}
