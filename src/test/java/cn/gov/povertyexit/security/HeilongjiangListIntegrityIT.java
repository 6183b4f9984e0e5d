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
 * Heilongjiang's village list (villageHouseholdExitListHeilongjiang) as an insider would try to bend it: no official
 * may start one, and the work team's one verification of the list may not leave a household undecided — each refusal
 * leaves the list, the household cases and the register as they were. Households of 新兴村 from 0961, this class's own.
 */
class HeilongjiangListIntegrityIT extends CaseIntegrityTest {

  private static final String VILLAGE = OtherProvinceRegister.HEILONGJIANG_VILLAGE;
  private static final String LISTS = "/process-instance/count?processDefinitionKey=villageHouseholdExitListHeilongjiang";

  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeEach
  void households() {
    OtherProvinceRegister.ensure(jdbc);
    TestHouseholds.ensure(jdbc, VILLAGE, 961, 4);
    access.synchronise();
    demo.createOfficials();
    OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
  }

  @Test
  @DisplayName("官员不能自行建立黑龙江省村级名单")
  void shouldRefuseAListStartedByAnyOfficial() {
    // given: a household on its village's list, waiting for the assembly
    String household = TestHouseholds.id(VILLAGE, 961);
    String procedure = surveyed(household);
    String list = HouseholdCases.listOf(runtimeService, procedure);
    CaseState listBefore = caseState(list);
    CaseState caseBefore = caseState(procedure);
    RegisterEntry registerBefore = household(household);
    long lists = count(LISTS);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("villageCode", string(VILLAGE));
    variables.put("exitYear", integer(YEAR));
    variables.put("appraisalList", json("[{\"householdId\":\"" + household + "\",\"processInstanceId\":\"" + procedure
        + "\",\"standardMet\":true}]"));

    for (String official : List.of(committeeOf(household), workTeamOf(household), townshipOf(household), officeOf(household))) {
      // when
      RestApi.Response response = restAs(official).post("/process-definition/key/villageHouseholdExitListHeilongjiang/start",
          Map.of("variables", variables));

      // then
      assertRefused(response, 403);
      deleteIfStarted(response);
      assertThat(count(LISTS)).as(official + " " + answered(response)).isEqualTo(lists);
    }
    assertThat(caseState(list)).isEqualTo(listBefore);
    assertThat(caseState(procedure)).isEqualTo(caseBefore);
    assertThat(household(household)).isEqualTo(registerBefore);
  }

  @Test
  @DisplayName("核实认可不能漏掉名单上的农户")
  void shouldRefuseAVerificationThatLeavesAHouseholdUndecided() {
    // given: two households the assembly agreed to, the list at the work team's verification
    String first = TestHouseholds.id(VILLAGE, 962);
    String second = TestHouseholds.id(VILLAGE, 963);
    String firstCase = surveyed(first);
    String secondCase = surveyed(second);
    String list = HouseholdCases.listOf(runtimeService, firstCase);
    Map<String, Object> assembly = new LinkedHashMap<>();
    assembly.put("appraisalDate", string(YEAR + "-11-20"));
    assembly.put("appraisalAttendance", longValue(30));
    assembly.put("agreedHouseholds", json("[\"" + first + "\",\"" + second + "\"]"));
    completeOnlyTask(restAs(committeeOf(first)), list, assembly);
    RestApi workTeam = restAs(workTeamOf(first));
    String verification = onlyTaskOf(workTeam, list);
    CaseState listBefore = caseState(list);
    CaseState firstBefore = caseState(firstCase);
    CaseState secondBefore = caseState(secondCase);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("confirmationVerifiers", string("孙立军、高峰、马丽"));
    variables.put("agreeingHouseholds", json("[\"" + first + "\"]"));

    // when
    RestApi.Response response = workTeam.post("/task/" + verification + "/complete", Map.of("variables", variables));

    // then
    assertThat(caseState(list)).as(answered(response)).isEqualTo(listBefore);
    assertThat(caseState(firstCase)).as(answered(response)).isEqualTo(firstBefore);
    assertThat(caseState(secondCase)).as(answered(response)).isEqualTo(secondBefore);
    assertThat(assertRefusedNaming(response, "agreeingHouseholds", "认可退出")).contains(second);
  }

  /** Started by the county office and surveyed by the work team: the household's Heilongjiang procedure. */
  private String surveyed(String household) {
    String exit = startHouseholdCase(household);
    String procedure = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit).singleResult().getId();
    completeOnlyTask(restAs(workTeamOf(household)), procedure, Map.of());
    return procedure;
  }
}
