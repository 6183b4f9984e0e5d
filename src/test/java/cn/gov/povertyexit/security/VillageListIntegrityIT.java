package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.duchangHousehold;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A village's exit list, as an insider would try to bend it: a household is on one list of a year only, put there
 * by its own survey; no official may start a list, write one, answer its households or decide a household of
 * another list — and each refusal leaves the lists, the cases and the register as they were.
 */
class VillageListIntegrityIT extends CaseIntegrityTest {

  private static final String LISTS = "/process-instance/count?processDefinitionKey=villageHouseholdExitList";

  @Test
  @DisplayName("官员不能自行建立村级名单：一户不能同时列入同一年度的两张名单")
  void shouldRefuseAListStartedByAnyOfficialWithAHouseholdAlreadyOnAList() {
    // given: a household on its village's list, waiting for the meeting
    String household = duchangHousehold(6);
    String list = caseAtAppraisal(household);
    CaseState listBefore = caseState(list);
    CaseState caseBefore = caseState(caseOf(household));
    RegisterEntry registerBefore = household(household);
    long lists = count(LISTS);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("villageCode", string(household.substring(0, 12)));
    variables.put("exitYear", integer(YEAR));
    variables.put("appraisalList", json("[{\"householdId\":\"" + household + "\",\"processInstanceId\":\"" + caseOf(household)
        + "\",\"standardMet\":true}]"));
    variables.put("appraisalCandidates", json("[{\"label\":\"x\",\"value\":\"" + household + "\"}]"));

    for (String official : List.of(committeeOf(household), townshipOf(household), officeOf(household))) {
      // when
      RestApi.Response response = restAs(official).post("/process-definition/key/villageHouseholdExitList/start",
          Map.of("variables", variables));

      // then
      assertRefused(response, 403);
      assertThat(count(LISTS)).as(official + " " + answered(response)).isEqualTo(lists);
    }
    assertThat(caseState(list)).isEqualTo(listBefore);
    assertThat(caseState(caseOf(household))).isEqualTo(caseBefore);
    assertThat(household(household)).isEqualTo(registerBefore);
  }

  @Test
  @DisplayName("评议会不能决定别的名单上的农户")
  void shouldRefuseAMeetingThatDecidesAHouseholdOfAnotherList() {
    // given: two households of the same village and year, the first on a list already past its meeting
    String onNotice = duchangHousehold(7);
    String exitOnNotice = caseInVillageNotice(onNotice);
    String household = duchangHousehold(8);
    String list = caseAtAppraisal(household);
    assertThat(listOf(exitOnNotice)).isNotEqualTo(list);
    RestApi committee = restAs(committeeOf(household));
    String meeting = onlyTaskOf(committee, list);
    CaseState listBefore = caseState(list);
    CaseState noticeCaseBefore = caseState(exitOnNotice);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("appraisalDate", string("2020-11-20"));
    variables.put("appraisalAttendance", longValue(27));
    variables.put("noticePostingPlace", string("本村村务公开栏"));
    variables.put("agreedHouseholds", json("[\"" + household + "\",\"" + onNotice + "\"]"));

    // when
    RestApi.Response response = committee.post("/task/" + meeting + "/complete", Map.of("variables", variables));

    // then
    assertThat(caseState(list)).as(answered(response)).isEqualTo(listBefore);
    assertThat(caseState(exitOnNotice)).as(answered(response)).isEqualTo(noticeCaseBefore);
    assertRefusedNaming(response, "agreedHouseholds", "同意退出");
  }

  @Test
  @DisplayName("官员不能替名单答复农户案件（评议结果、公示期满）")
  void shouldRefuseAnOfficialAnsweringAHouseholdInTheListsPlace() {
    // given
    String household = duchangHousehold(9);
    String list = caseAtAppraisal(household);
    String exit = caseOf(household);
    CaseState caseBefore = caseState(exit);
    CaseState listBefore = caseState(list);

    for (String message : List.of("householdAppraised", "villageNoticeEnded", "townshipListVerified")) {
      // when
      RestApi.Response response = restAs(committeeOf(household)).post("/message", Map.of("messageName", message,
          "processInstanceId", exit, "processVariables", Map.of("appraisalAgreed", Map.of("value", true, "type", "Boolean"))));

      // then
      assertRefused(response, 403);
    }
    RestApi.Response written = restAs(committeeOf(household)).put("/process-instance/" + list + "/variables/agreedHouseholds",
        Map.of("value", "[\"" + household + "\"]", "type", "Json"));
    assertRefused(written, 403);
    assertThat(caseState(exit)).isEqualTo(caseBefore);
    assertThat(caseState(list)).isEqualTo(listBefore);
  }
}
