package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.SpotCheckRows;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.HouseholdCases;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commissioned assessors' visit (入户评估核查) in the Chinese Tasklist: the household of 西源村 (都昌县都昌镇) reaches
 * the county review of 2018 through its procedure over REST, each step by the official whose task it is; the
 * assessor then opens the visit, sees where the household lives, its members and the register's figures already
 * filled in, corrects the wage income found at the visit and completes it; the county government approves.
 */
class AssessmentVisitInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360428100202";
  private static final String HOUSEHOLD = TestHouseholds.id(VILLAGE, 701);
  private static final int YEAR = 2018;

  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired StatusRegister register;

  @Test
  void shouldShowTheAssessorTheHouseholdAndTheRegistersFiguresToConfirmOrCorrect() {
    // given: the household's case waits for the county, the review is filed with city and province
    TestHouseholds.ensure(jdbc, VILLAGE, 701, 1);
    bringToCountyReview();
    String review = startCountyReview();
    completeOnlyTask(restAs("county-360428-leadinggroup"), review, Map.of("reviewDate", string(YEAR + "-12-10")));
    completeOnlyTask(restAs("city-360400-leadinggroup"), review, Map.of("cityFilingDate", string(YEAR + "-12-12"),
        "cityFilingNumber", string("九扶备〔2018〕21号"), "cityCommissionNumber", string("浔扶委〔2020〕8号")));
    completeOnlyTask(restAs("province-360000-leadinggroup"), review, Map.of("provinceFilingDate", string(YEAR + "-12-13"),
        "provinceFilingNumber", string("赣扶备〔2018〕40号"),
        "provinceCommissionNumber", string("赣扶委〔2020〕15号"), "assessmentAgency", string("江西财经大学精准扶贫评估中心")));
    Task visit = waitForTask(review, "Activity_AssessmentVisit");
    RestApi assessor = restAs("province-360000-assessor");
    String formKey = assessor.get("/task/" + visit.getId()).json().path("camundaFormRef").path("key").asText();

    String form;
    String village;
    String township;
    String address;
    String memberCount;
    String wages;
    String housing;
    boolean waterSafe;
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the assessor opens the visit from the group's list, reads it, claims it, corrects one figure
      browser.logIntoTasklist("province-360000-assessor", DEMO_PASSWORD);
      browser.openFilter("本组待办");
      browser.waitForText(By.cssSelector(".tasks-list"), HOUSEHOLD);
      browser.openTask(visit.getId());
      browser.waitForText(By.cssSelector(".fjs-container"), "成员701-1");
      browser.claim();
      browser.waitForText(By.cssSelector(".fjs-container"), "成员701-2");
      form = browser.formText();
      village = browser.value("Field_VillageName");
      township = browser.value("Field_TownshipName");
      address = browser.value("Field_HouseholdAddress");
      memberCount = browser.value("Field_MemberCount");
      wages = browser.value("Field_WageIncome");
      housing = browser.chosen("Field_HousingRating");
      waterSafe = browser.isChecked("Field_DrinkingWaterSafe");
      browser.scrollTo("Field_HouseholdAddress");
      browser.screenshot("assessment-visit-prefilled");
      browser.type("Field_WageIncome", "9600");
      browser.type("Field_AssessmentRemarks", "入户核实：户主务工收入比登记多600元，其余属实");
      browser.complete();
      waitUntilGone(visit, browser);
    }

    // then: the form was the assessors' own, showed the household and the register's figures; the corrected figure
    // and the confirmed ones were kept, the household met the standard and the review went on to the county
    assertThat(formKey).isEqualTo("thirdPartyAssessmentForm");
    assertThat(village).isEqualTo("西源村");
    assertThat(township).isEqualTo("都昌镇");
    assertThat(address).isEqualTo("都昌县都昌镇西源村");
    assertThat(form).contains("家庭成员（建档立卡登记）", "成员701-1", "户主", "配偶", "已参保");
    assertThat(memberCount).isEqualTo("2");
    assertThat(wages).startsWith("9000");
    assertThat(housing).isEqualTo("A级（安全）");
    assertThat(waterSafe).isTrue();
    assertThat(((Number) visitValue(review, "wageIncome")).doubleValue()).isEqualTo(9600.0);
    assertThat(((Number) visitValue(review, "memberCount")).intValue()).isEqualTo(2);
    assertThat(visitValue(review, "housingRating")).isEqualTo("A");
    assertThat(visitValue(review, "assessmentRemarks")).isEqualTo("入户核实：户主务工收入比登记多600元，其余属实");
    // the assessor's finding is the register's: passed, with the remark and the assessor who typed it
    SpotCheckRows.Check assessment = new SpotCheckRows(jdbc).checkOf(review);
    SpotCheckRows.Subject visited = new SpotCheckRows(jdbc).subject(assessment.id(), HOUSEHOLD);
    assertThat(visited).extracting(SpotCheckRows.Subject::passed, SpotCheckRows.Subject::findings,
        SpotCheckRows.Subject::remarks).containsExactly(true, "达标", "入户核实：户主务工收入比登记多600元，其余属实");
    assertThat(visited.checkedBy()).isNotEqualTo("system").isNotBlank();
    assertThat(runtimeService.getVariables(review).keySet()).noneMatch(name -> name.startsWith("assessmentResult"));
    completeOnlyTask(restAs("county-360428-government"), review, Map.of("announcementNumber", string("都府字〔2018〕52号"),
        "announcementDate", string(YEAR + "-12-28")));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD)).contains(HouseholdStatus.EXITED);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("000 五(1)+八：样本合格率未高于90%，县扶贫开发领导小组在 Tasklist 中重新核查未抽中的农户")
  void shouldLetTheCountyLeadingGroupVerifyTheUnsampledHouseholdAgainAfterTheSampleFailed() {
    // given: two households of 西源村 at the county review of 2017; the one sampled fails its visit (house rated D)
    int year = 2017;
    TestHouseholds.ensure(jdbc, VILLAGE, 711, 2);
    List<String> households = List.of(TestHouseholds.id(VILLAGE, 711), TestHouseholds.id(VILLAGE, 712));
    households.forEach(id -> bringToCountyReview(id, year));
    String review = startCountyReview(year);
    completeOnlyTask(restAs("county-360428-leadinggroup"), review, Map.of("reviewDate", string(year + "-12-10")));
    completeOnlyTask(restAs("city-360400-leadinggroup"), review, Map.of("cityFilingDate", string(year + "-12-12"),
        "cityFilingNumber", string("九扶备〔2017〕21号"), "cityCommissionNumber", string("浔扶委〔2017〕4号")));
    completeOnlyTask(restAs("province-360000-leadinggroup"), review, Map.of("provinceFilingDate", string(year + "-12-13"),
        "provinceFilingNumber", string("赣扶备〔2017〕40号"), "provinceCommissionNumber", string("赣扶委〔2017〕10号"),
        "assessmentAgency", string("江西财经大学精准扶贫评估中心")));
    Task visit = waitForTask(review, "Activity_AssessmentVisit");
    String sampled = (String) taskService.getVariable(visit.getId(), "assessedHouseholdId");
    String unsampled = households.stream().filter(id -> !id.equals(sampled)).findFirst().orElseThrow();
    completeOnlyTask(restAs("province-360000-assessor"), review, assessment("D"));
    Task reVerification = waitForTask(review, "Activity_ReVerifyUnsampled");
    assertThat(formKeyOfTask("county-360428-leadinggroup", reVerification.getId())).isEqualTo("countyReVerificationForm");

    // when: the county leading group opens 县扶贫开发领导小组组织重新核查, reads why, and records the one it found failing
    String form;
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      browser.logIntoTasklist("county-360428-leadinggroup", DEMO_PASSWORD);
      browser.openTask(reVerification.getId());
      browser.waitForText(By.cssSelector(".fjs-container"), "须重新核查的未抽中农户");
      browser.claim();
      browser.waitForText(By.cssSelector(".fjs-container"), unsampled);
      form = browser.formText();
      browser.type("Field_ReVerificationFailures", unsampled + " 重新入户核查，家庭人均纯收入低于当年扶贫标准");
      browser.type("Field_ReVerificationDate", "2017年12月20日");
      browser.screenshot("county-re-verification");
      browser.complete();
      waitUntilGone(reVerification, browser);
    }
    completeOnlyTask(restAs("county-360428-government"), review, Map.of("announcementNumber", string("都府字〔2017〕52号"),
        "announcementDate", string(year + "-12-28")));

    // then: the form said why; neither household exits, each with its reason
    assertThat(form).contains("抽中1户，合格0户，合格率0.00%，未高于90.00%：未抽中的1户须全部重新核查",
        "浔扶委〔2017〕4号", "赣扶委〔2017〕10号");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, unsampled)).contains(HouseholdStatus.POOR);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, sampled)).contains(HouseholdStatus.POOR);
    var trail = register.history(SubjectType.HOUSEHOLD, unsampled);
    assertThat(trail.get(trail.size() - 1).reason()).isEqualTo("县级审批未批准退出：第三方评估合格率未高于认定合格率，县重新核查不合格：重新入户核查，家庭人均纯收入低于当年扶贫标准");
    // the assessment's record: the sample's failure, its rate and outcome, and the re-verified household, unsampled
    SpotCheckRows rows = new SpotCheckRows(jdbc);
    SpotCheckRows.Check recorded = rows.checkOf(review);
    assertThat(recorded.passRate()).isEqualByComparingTo("0.00");
    assertThat(recorded.outcome()).startsWith("重新核实：合格率0.00%，未高于90.00%，未抽中的1户全部重新核查");
    assertThat(rows.subject(recorded.id(), sampled)).extracting(SpotCheckRows.Subject::passed,
        SpotCheckRows.Subject::consequence).containsExactly(false, "不予退出");
    SpotCheckRows.Subject reVerified = rows.subject(recorded.id(), unsampled);
    assertThat(reVerified).extracting(SpotCheckRows.Subject::sampled, SpotCheckRows.Subject::findings,
            SpotCheckRows.Subject::consequence)
        .containsExactly(false, "第三方评估合格率未高于认定合格率，县重新核查不合格：重新入户核查，家庭人均纯收入低于当年扶贫标准", "不予退出");
    assertThat(reVerified.checkedBy()).isNotEqualTo("system");
  }

  private static Map<String, Object> assessment(String housingRating) {
    Map<String, Object> found = new java.util.LinkedHashMap<>();
    found.put("memberCount", longValue(2));
    found.put("wageIncome", cn.gov.povertyexit.support.RestValues.doubleValue(9000));
    found.put("businessIncome", cn.gov.povertyexit.support.RestValues.doubleValue(2000));
    found.put("businessCosts", cn.gov.povertyexit.support.RestValues.doubleValue(500));
    found.put("propertyIncome", cn.gov.povertyexit.support.RestValues.doubleValue(0));
    found.put("transferIncome", cn.gov.povertyexit.support.RestValues.doubleValue(800));
    found.put("dibao", string("NONE"));
    found.put("foodClothingSecure", bool(true));
    found.put("childrenOutOfSchool", longValue(0));
    found.put("uninsuredMembers", longValue(0));
    found.put("seriousIllnessUnassisted", longValue(0));
    found.put("housingRating", string(housingRating));
    found.put("drinkingWaterSafe", bool(true));
    return found;
  }

  /** 预退出 → survey → appraisal → village notice → township verification → second notice, each as its official. */
  private void bringToCountyReview() {
    bringToCountyReview(HOUSEHOLD, YEAR);
  }

  private void bringToCountyReview(String household, int year) {
    RestApi.Response started = restAs("county-360428-office").post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(household), "exitYear", integer(year))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String exit = started.json().get("id").asText();
    OpenVillageLists.end(runtimeService, VILLAGE, year);
    completeOnlyTask(restAs("village-" + VILLAGE + "-workteam"), exit, Map.of());
    String list = HouseholdCases.listOf(runtimeService, exit);
    completeOnlyTask(restAs("village-" + VILLAGE + "-committee"), list, Map.of("appraisalDate", string(year + "-11-20"),
        "appraisalAttendance", longValue(25), "noticePostingPlace", string("本村村务公开栏"), "agreedHouseholds", json("[\"" + household + "\"]")));
    passNotice(exit);
    completeOnlyTask(restAs("township-360428100-government"), list, Map.of("verificationDate", string(year + "-12-01"),
        "verifiers", string("刘洋 都昌镇扶贫办主任\n陈静 都昌镇民政所干部\n黄磊 西源村驻村第一书记"),
        "secondNoticePostingPlace", string("本村村务公开栏"), "confirmedHouseholds", json("[\"" + household + "\"]")));
    passNotice(exit);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (runtimeService.createExecutionQuery().processInstanceId(exit).activityId("Activity_AwaitCountyDecision").count() == 0) {
      assertThat(Instant.now()).as("the case waits for the county").isBefore(deadline);
      pause(250);
    }
  }

  private String startCountyReview() {
    return startCountyReview(YEAR);
  }

  private String startCountyReview(int year) {
    RestApi.Response started = restAs("county-360428-office").post("/process-definition/key/countyHouseholdExitReview/start",
        Map.of("variables", Map.of("countyCode", string("360428"), "exitYear", integer(year))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** What the visit kept: its variables live in the visit's own scope, so history is asked. */
  private Object visitValue(String review, String name) {
    List<HistoricVariableInstance> values = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(review).variableName(name).list().stream().filter(value -> value.getValue() != null).toList();
    assertThat(values).as(name).hasSize(1);
    return values.get(0).getValue();
  }

  /** The notice the household is on (its village list's) runs its seven days. */
  private void passNotice(String exit) {
    String notice = HouseholdCases.noticeOf(runtimeService, managementService, exit);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(notice).timers().singleResult().getId());
  }


  private Task waitForTask(String processInstanceId, String activityId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
      if (task != null) {
        return task;
      }
      pause(250);
    }
    throw new AssertionError("no task " + activityId);
  }

  private void waitUntilGone(Task task, ChineseBrowser browser) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        browser.screenshot("not-completed-" + task.getTaskDefinitionKey());
        throw new AssertionError(task.getName() + " was not completed in the browser:\n" + browser.pageText());
      }
      pause(250);
    }
  }
}
