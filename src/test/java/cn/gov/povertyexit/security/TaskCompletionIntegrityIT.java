package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.duchangHousehold;
import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
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
    Map<String, Object> variables = new LinkedHashMap<>(appraisal(exit));
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
    Map<String, Object> variables = new LinkedHashMap<>(appraisal(exit));
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
  @DisplayName("批准并公告时不能改写批准名单：评估未通过的农户不会被标记脱贫")
  void shouldRefuseAnApprovalListThatApprovesAHouseholdTheAssessorsFailed() throws Exception {
    // given: one household of 都昌县 through the county review, failed by the assessors (house rated D)
    String household = duchangHousehold(5);
    caseAwaitingCountyDecision(household);
    RestApi.Response started = restAs("county-360428-office").post("/process-definition/key/countyHouseholdExitReview/start",
        Map.of("variables", Map.of("countyCode", string("360428"), "exitYear", integer(YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String review = started.json().get("id").asText();
    completeOnlyTask(restAs("county-360428-leadinggroup"), review, Map.of("exclusions", json("[]"),
        "reviewDate", string("2020-12-10")));
    completeOnlyTask(restAs("city-360400-leadinggroup"), review, Map.of("cityFilingDate", string("2020-12-12"),
        "cityFilingNumber", string("九扶备〔2020〕9号"), "cityCommissionNumber", string("浔扶委〔2020〕8号")));
    completeOnlyTask(restAs("province-360000-leadinggroup"), review, Map.of("provinceFilingDate", string("2020-12-13"),
        "provinceFilingNumber", string("赣扶备〔2020〕32号"),
        "provinceCommissionNumber", string("赣扶委〔2020〕15号"), "assessmentAgency", string("江西财经大学精准扶贫评估中心")));
    completeOnlyTask(restAs("province-360000-assessor"), review, assessment("D"));
    RestApi government = restAs("county-360428-government");
    String approval = onlyTaskOf(government, review);
    String excluded = government.get("/task/" + approval + "/variables/excludedList?deserializeValue=false").json()
        .get("value").asText();
    assertThat(excluded).contains(household);
    CaseState before = caseState(review);
    RegisterEntry registerBefore = household(household);
    Map<String, Object> announcement = new LinkedHashMap<>();
    announcement.put("announcementNumber", string("都府字〔2020〕12号"));
    announcement.put("announcementDate", string("2020-12-28"));
    Map<String, Object> forged = new LinkedHashMap<>(announcement);
    forged.put("approvalList", json(excluded));
    forged.put("excludedList", json("[]"));

    // when
    RestApi.Response response = government.post("/task/" + approval + "/complete", Map.of("variables", forged));

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(registerBefore);
    assertThat(caseState(review)).as(answered(response)).isEqualTo(before);
    String message = assertRefused(response, 400);
    assertThat(message).containsAnyOf("approvalList", "excludedList", "名单");

    // and the announcement with the form's fields answers the household as the assessors found
    RestApi.Response announced = government.post("/task/" + approval + "/complete", Map.of("variables", announcement));
    assertThat(announced.status()).as(announced.body()).isEqualTo(204);
    assertThat(household(household).status()).isEqualTo("POOR");
  }

  private static Map<String, Object> assessment(String housingRating) {
    Map<String, Object> found = new LinkedHashMap<>();
    found.put("memberCount", longValue(2));
    found.put("wageIncome", doubleValue(9000));
    found.put("businessIncome", doubleValue(2000));
    found.put("businessCosts", doubleValue(500));
    found.put("propertyIncome", doubleValue(0));
    found.put("transferIncome", doubleValue(800));
    found.put("dibao", string("NONE"));
    found.put("foodClothingSecure", bool(true));
    found.put("childrenOutOfSchool", longValue(0));
    found.put("uninsuredMembers", longValue(0));
    found.put("seriousIllnessUnassisted", longValue(0));
    found.put("housingRating", string(housingRating));
    found.put("drinkingWaterSafe", bool(true));
    return found;
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
  @DisplayName("只填表单字段（只读字段为原值）的评议会照常办结，名单进入村公示")
  void shouldStillCompleteWithTheFormsFields() {
    // given
    String household = xiushuiHousehold(13);
    String exit = caseAtAppraisal(household);
    RestApi committee = restAs(committeeOf(household));
    String task = onlyTaskOf(committee, exit);
    Map<String, Object> variables = new LinkedHashMap<>(appraisal(exit));
    variables.put("villageName", string((String) runtimeService.getVariable(exit, "villageName")));

    // when
    RestApi.Response response = committee.post("/task/" + task + "/complete", Map.of("variables", variables));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(204);
    assertThat(caseState(exit).activities()).contains("Event_VillageNoticeEnded");
    assertThat(caseState(caseOf(household)).activities()).contains("Activity_InVillageListNotice");
  }

  /** Where the case's next task would be: its notice if it reached one, else the case itself. */
  private String noticeOrCase(String exit) {
    var notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit).singleResult();
    return notice == null ? exit : notice.getId();
  }
}
