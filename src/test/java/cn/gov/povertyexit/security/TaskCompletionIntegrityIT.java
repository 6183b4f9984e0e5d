package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.duchangHousehold;
import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Completing one's own task takes the editable fields of that task's form and nothing else: no other household,
 * no other village, no list of the county's, no read-only field with another value. Refusals are 400 naming the
 * field, and the case waits where it was, as it was.
 */
class TaskCompletionIntegrityIT extends CaseIntegrityTest {

  @Test
  @DisplayName("完成摸底调查时不能改写户编号：外县农户的状态不变，本案农户不被搁置")
  void shouldRefuseAnotherCountysHouseholdIdWhenCompletingTheSurvey() {
    // given
    String household = xiushuiHousehold(8);
    String otherCounty = duchangHousehold(4);
    String exit = caseAtSurvey(household);
    RestApi workTeam = restAs(workTeamOf(household));
    String survey = onlyTaskOf(workTeam, exit);
    RegisterEntry ownBefore = household(household);
    RegisterEntry otherBefore = household(otherCounty);
    CaseState before = caseState(exit);

    // when
    RestApi.Response response = workTeam.post("/task/" + survey + "/complete",
        Map.of("variables", Map.of("householdId", string(otherCounty))));

    // then
    assertThat(household(otherCounty)).as("the other county's household " + answered(response)).isEqualTo(otherBefore);
    assertThat(household(household)).as("the case's own household " + answered(response)).isEqualTo(ownBefore);
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefusedNaming(response, "householdId", "户编号");
  }

  @Test
  @DisplayName("完成民主评议时不能改写行政村代码：下一步不会交给别村村两委")
  void shouldRefuseAnotherVillageCodeWhenCompletingTheAppraisal() {
    // given
    String household = xiushuiHousehold(9);
    String exit = caseAtAppraisal(household);
    RestApi committee = restAs(committeeOf(household));
    String task = onlyTaskOf(committee, exit);
    CaseState before = caseState(exit);
    RegisterEntry registerBefore = household(household);
    Map<String, Object> variables = new LinkedHashMap<>(appraisal());
    variables.put("villageCode", string("360424100201"));

    // when
    RestApi.Response response = committee.post("/task/" + task + "/complete", Map.of("variables", variables));

    // then
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertThat(household(household)).as(answered(response)).isEqualTo(registerBefore);
    assertThat(restAs("village-360424100201-committee").get("/task?processInstanceId=" + noticeOrCase(exit)).json()).isEmpty();
    assertRefusedNaming(response, "villageCode", "行政村");
  }

  @Test
  @DisplayName("表单的只读字段不能改成与案件不同的值")
  void shouldRefuseAReadOnlyFieldWithAnotherValue() {
    // given
    String household = xiushuiHousehold(10);
    String exit = caseAtAppraisal(household);
    RestApi committee = restAs(committeeOf(household));
    String task = onlyTaskOf(committee, exit);
    CaseState before = caseState(exit);
    Map<String, Object> variables = new LinkedHashMap<>(appraisal());
    variables.put("householdHeadName", string("张冒名"));

    // when
    RestApi.Response response = committee.post("/task/" + task + "/complete", Map.of("variables", variables));

    // then
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefusedNaming(response, "householdHeadName", "户主");
  }

  @Test
  @DisplayName("完成任务时不能带入审批名单或排除名单")
  void shouldRefuseTheCountysListsInACompletion() {
    // given
    String household = xiushuiHousehold(11);
    String exit = caseAtSurvey(household);
    RestApi workTeam = restAs(workTeamOf(household));
    String survey = onlyTaskOf(workTeam, exit);
    CaseState before = caseState(exit);
    RegisterEntry registerBefore = household(household);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("approvalList", json("[{\"householdId\":\"" + household + "\"}]"));
    variables.put("excludedList", json("[]"));

    // when
    RestApi.Response response = workTeam.post("/task/" + survey + "/complete", Map.of("variables", variables));

    // then
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertThat(household(household)).as(answered(response)).isEqualTo(registerBefore);
    String message = assertRefused(response, 400);
    assertThat(message).containsAnyOf("approvalList", "excludedList", "名单");
  }

  @Test
  @DisplayName("通过表单提交完成任务时同样只接受该表单的可编辑字段")
  void shouldRefuseAFieldOutsideTheFormThroughSubmitForm() {
    // given
    String household = xiushuiHousehold(12);
    String exit = caseAtSurvey(household);
    RestApi workTeam = restAs(workTeamOf(household));
    String survey = onlyTaskOf(workTeam, exit);
    CaseState before = caseState(exit);

    // when
    RestApi.Response response = workTeam.post("/task/" + survey + "/submit-form",
        Map.of("variables", Map.of("householdId", string(duchangHousehold(4)))));

    // then
    assertThat(caseState(exit)).as(answered(response)).isEqualTo(before);
    assertRefusedNaming(response, "householdId", "户编号");
  }

  @Test
  @DisplayName("只填表单字段（只读字段为案件原值）的完成照常办理，进入村公示")
  void shouldStillCompleteWithTheFormsFields() {
    // given
    String household = xiushuiHousehold(13);
    String exit = caseAtAppraisal(household);
    RestApi committee = restAs(committeeOf(household));
    String task = onlyTaskOf(committee, exit);
    Map<String, Object> variables = new LinkedHashMap<>(appraisal());
    variables.put("householdId", string(household));

    // when
    RestApi.Response response = committee.post("/task/" + task + "/complete", Map.of("variables", variables));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(204);
    noticeOf(exit);
    assertThat(caseState(exit).activities()).contains("Activity_VillageNotice");
  }

  /** Where the case's next task would be: its notice if it reached one, else the case itself. */
  private String noticeOrCase(String exit) {
    var notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit).singleResult();
    return notice == null ? exit : notice.getId();
  }
}
