package cn.gov.povertyexit.countyreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.household.HouseholdCaseSteps;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.SpotCheckRows;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county's part of the household procedure: review of the list, filing with city and province, third-party
 * assessment of a sample, approval and announcement, and the answer to every household case. Uses 都昌县 (360428).
 */
class CountyHouseholdExitReviewProcessIT extends ProcessEngineTest {

  private static final String COUNTY = "360428";
  @Autowired RuntimeService runtimeService;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;

  @Test
  void shouldApproveTheListLessTheExcludedAndTheFailedSampleAndAnswerEveryHousehold() {
    // given: four households of 湖滨村 have passed both notices
    List<String> households = List.of(household("360428100201", 1), household("360428100201", 3),
        household("360428100201", 5), household("360428100201", 7));
    households.forEach(id -> steps().bringToCountyReview(id, 2020));

    // when: the office collects the list, the leading group excludes one household
    ProcessInstance review = startReview(COUNTY, 2020);
    assertThat(review).isWaitingAt("Activity_CountyReview").task().hasCandidateGroup("county-360428-leadinggroup");
    assertThat(((SpinJsonNode) runtimeService.getVariable(review.getId(), "reviewList")).elements()).hasSize(4);
    complete(task(review), withVariables("exclusions", json(
        "[{\"householdId\":\"" + households.get(1) + "\",\"reason\":\"家庭主要劳动力外出务工收入不稳定\"}]"),
        "reviewDate", "2020-12-10"));

    // and city and province file the remaining three
    assertThat(review).isWaitingAt("Activity_CityFiling", "Activity_ProvinceFiling");
    complete(taskOf(review, "Activity_CityFiling"), withVariables("cityFilingDate", "2020-12-12", "cityFilingNumber", "九扶备〔2020〕8号",
        "cityCommissionNumber", "浔扶委〔2020〕8号"));
    complete(taskOf(review, "Activity_ProvinceFiling"), withVariables("provinceFilingDate", "2020-12-13", "provinceFilingNumber", "赣扶备〔2020〕31号",
        "provinceCommissionNumber", "赣扶委〔2020〕15号", "assessmentAgency", "江西财经大学精准扶贫评估中心"));

    // and the assessors visit the sample (10% of 3, rounded up: one household) and find its house dangerous
    List<Task> visits = taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("Activity_AssessmentVisit").list();
    assertThat(visits).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(visits.get(0).getName()).isEqualTo("入户评估核查");
    String sampled = (String) taskService.getVariable(visits.get(0).getId(), "assessedHouseholdId");
    assertThat(sampled).isIn(households.get(0), households.get(2), households.get(3));
    org.assertj.core.api.Assertions.assertThat(taskService.getIdentityLinksForTask(visits.get(0).getId())).anyMatch(link -> "province-360000-assessor".equals(link.getGroupId()));
    taskService.complete(visits.get(0).getId(), HouseholdCaseSteps.findings("C"));

    // and, the sample's pass rate (0%) not above 90%, the leading group verifies both unsampled households again
    // (000 八 "须重新进行核查"); a failure named for a household outside them is refused and changes nothing
    List<String> left = households.stream().filter(id -> !id.equals(households.get(1)) && !id.equals(sampled)).toList();
    assertThat(review).isWaitingAt("Activity_ReVerifyUnsampled").task().hasCandidateGroup("county-360428-leadinggroup");
    assertThat(runtimeService.getVariable(review.getId(), "assessmentConsequence")).isEqualTo(
        "第三方评估（设区市委托文号浔扶委〔2020〕8号、省委托文号赣扶委〔2020〕15号，江西财经大学精准扶贫评估中心）抽中1户，"
            + "合格0户，合格率0.00%，未高于90.00%：未抽中的2户须全部重新核查后再报县政府批准（000号文件 八）。");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(task(review).getId(), Map.of(
            "reVerificationDate", "2020-12-20", "reVerificationFailures", sampled + " 已抽查")))
        .hasMessage("户编号 " + sampled + " 不在须重新核查的未抽中农户名单上");
    assertThat(review).isWaitingAt("Activity_ReVerifyUnsampled");
    complete(task(review), withVariables("reVerificationDate", "2020-12-20"));
    // the register keeps the assessment: the seed, the 3 filed, the one sampled with its finding, the rate and outcome
    SpotCheckRows rows = new SpotCheckRows(jdbc);
    SpotCheckRows.Check assessment = rows.checkOf(review.getId());
    org.assertj.core.api.Assertions.assertThat(assessment).extracting(SpotCheckRows.Check::kind, SpotCheckRows.Check::level,
            SpotCheckRows.Check::placeCode, SpotCheckRows.Check::exitYear, SpotCheckRows.Check::population,
            SpotCheckRows.Check::sampleSize, SpotCheckRows.Check::passedCount)
        .containsExactly("COUNTY_REVIEW_ASSESSMENT", "PROVINCE", COUNTY, 2020, 3, 1, 0);
    org.assertj.core.api.Assertions.assertThat(assessment.seed())
        .isEqualTo(runtimeService.getVariable(review.getId(), "assessmentSeed"));
    org.assertj.core.api.Assertions.assertThat(assessment.passRate()).isEqualByComparingTo("0.00");
    org.assertj.core.api.Assertions.assertThat(assessment.outcome())
        .isEqualTo("重新核实：合格率0.00%，未高于90.00%，未抽中的2户全部重新核查后再报县政府批准");
    org.assertj.core.api.Assertions.assertThat(rows.subjectsOf(assessment.id())).singleElement()
        .extracting(SpotCheckRows.Subject::subjectId, SpotCheckRows.Subject::passed, SpotCheckRows.Subject::findings,
            SpotCheckRows.Subject::consequence)
        .containsExactly(sampled, false, "第三方评估核查未达标：住房安全有保障：住房鉴定为C级危房", "不予退出");
    org.assertj.core.api.Assertions.assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableNameLike("assessmentResult%").count()).isZero();

    // and the county government refuses one of the two left, with its reason, approves the other and announces it
    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce").task().hasCandidateGroup("county-360428-government");
    String refused = left.get(0);
    String approved = left.get(1);
    complete(task(review), withVariables("announcementNumber", "都府字〔2020〕45号", "announcementDate", "2020-12-28",
        "approvalRefusals", refused + " 经核查家庭主要收入来自一次性补贴，不稳定"));

    // then
    assertThat(review).isEnded().hasPassed("Activity_AnswerHouseholds");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("36042810020100%-2020").count()).isZero();
    for (String id : households) {
      HouseholdStatus expected = id.equals(approved) ? HouseholdStatus.EXITED : HouseholdStatus.POOR;
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).as(id).contains(expected);
    }
    assertThat(lastReason(households.get(1))).isEqualTo("县级审批未批准退出：县扶贫开发领导小组审核剔除：家庭主要劳动力外出务工收入不稳定");
    assertThat(lastReason(sampled)).isEqualTo("县级审批未批准退出：第三方评估核查未达标：住房安全有保障：住房鉴定为C级危房");
    assertThat(lastReason(refused)).isEqualTo("县级审批未批准退出：都昌县人民政府不予批准：经核查家庭主要收入来自一次性补贴，不稳定");
    // the government's refusal of an unsampled household joins the assessment's record, unsampled
    org.assertj.core.api.Assertions.assertThat(rows.subject(assessment.id(), refused))
        .extracting(SpotCheckRows.Subject::sampled, SpotCheckRows.Subject::findings, SpotCheckRows.Subject::consequence)
        .containsExactly(false, "都昌县人民政府不予批准：经核查家庭主要收入来自一次性补贴，不稳定", "不予批准");
    org.assertj.core.api.Assertions.assertThat(rows.subjectsOf(assessment.id())).hasSize(2);
    assertThat(lastReason(approved)).isEqualTo("2020年度脱贫退出：都昌县人民政府批准，在湖滨村公告（都府字〔2020〕45号，2020-12-28）");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableName("villageAnnouncements").singleResult().getValue().toString()).contains("湖滨村", "\"households\":1");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableName("assessmentSeed").singleResult().getValue()).isInstanceOf(Long.class);
  }

  @Test
  void shouldRefuseAnApprovalThatRefusesAHouseholdNotOnItsListOrWithoutReasonAndKeepTheTask() {
    // given: one household of 西源村 at the government's approval
    TestHouseholds.ensure(jdbc, "360428100202", 951, 1);
    String only = TestHouseholds.id("360428100202", 951);
    steps().bringToCountyReview(only, 2017);
    ProcessInstance review = startReview(COUNTY, 2017);
    complete(task(review), withVariables("exclusions", json("[]"), "reviewDate", "2017-12-10"));
    complete(taskOf(review, "Activity_CityFiling"), withVariables("cityFilingDate", "2017-12-12", "cityFilingNumber", "九扶备〔2017〕18号",
        "cityCommissionNumber", "浔扶委〔2017〕3号"));
    complete(taskOf(review, "Activity_ProvinceFiling"), withVariables("provinceFilingDate", "2017-12-13", "provinceFilingNumber", "赣扶备〔2017〕41号",
        "provinceCommissionNumber", "赣扶委〔2017〕9号", "assessmentAgency", "江西财经大学精准扶贫评估中心"));
    taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("Activity_AssessmentVisit").list()
        .forEach(visit -> taskService.complete(visit.getId(), HouseholdCaseSteps.findings("A")));
    Task approval = task(review);

    // when / then
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(
            "announcementNumber", "都府字〔2017〕49号", "announcementDate", "2017-12-28", "approvalRefusals", "3604281002029999 不实")))
        .hasMessage("户编号 3604281002029999 不在批准退出名单上");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(
            "announcementNumber", "都府字〔2017〕49号", "announcementDate", "2017-12-28", "approvalRefusals", only)))
        .hasMessageContaining("请写明不予批准");
    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, only)).contains(HouseholdStatus.PRE_EXIT);
  }

  @Test
  void shouldAnswerEveryHouseholdAtOnceWhenTheReviewExcludesTheWholeList() {
    // given
    String only = household("360428100202", 1);
    steps().bringToCountyReview(only, 2019);
    ProcessInstance review = startReview(COUNTY, 2019);

    // when
    complete(task(review), withVariables("exclusions", json("[{\"householdId\":\"" + only + "\",\"reason\":\"收入未达标\"}]"),
        "reviewDate", "2019-12-10"));

    // then
    assertThat(review).isEnded().hasNotPassed("Activity_CityFiling").hasPassed("Activity_AnswerHouseholds");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, only)).contains(HouseholdStatus.POOR);
  }

  @Test
  void shouldRefuseAReviewWithNoHouseholdWaiting() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("countyHouseholdExitReview").count();

    assertThatThrownBy(() -> startReview(COUNTY, 2016))
        .isInstanceOf(CaseRefusedException.class).hasMessage("都昌县2016年度没有待县级审核的贫困户");
    assertThatThrownBy(() -> startReview("360499", 2020))
        .isInstanceOf(CaseRefusedException.class).hasMessage("您的辖区内没有代码为 360499 的县");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("countyHouseholdExitReview").count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseExcludingAHouseholdNotOnTheListAndKeepTheTask() {
    // given
    steps().bringToCountyReview(household("360428101201", 1), 2019);
    ProcessInstance review = startReview(COUNTY, 2019);
    Task reviewTask = task(review);

    // when / then
    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), Map.of("exclusions",
        json("[{\"householdId\":\"3604281012010099\",\"reason\":\"不符合\"}]"))))
        .isInstanceOf(CaseRefusedException.class).hasMessage("剔除的户编号不在审核名单内：3604281012010099");
    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), Map.of("exclusions",
        json("[{\"householdId\":\"" + household("360428101201", 1) + "\",\"reason\":\"\"}]"))))
        .hasMessage("剔除农户须同时填写户编号和剔除理由");
    assertThat(review).isWaitingAt("Activity_CountyReview");
  }

  @Test
  @org.junit.jupiter.api.DisplayName("000 五(1)+八：样本合格率90.91%（11户中1户不合格），县政府须按不合格比例从未抽中的99户中确定9户不予批准")
  void shouldMakeTheGovernmentNameAsManyUnsampledHouseholdsAsTheSampleFailureRateStandsFor() {
    // given: 110 households of 青山村 at the county's review of 2018
    TestHouseholds.ensure(jdbc, "360428101202", 1101, 110);
    List<String> households = java.util.stream.IntStream.rangeClosed(1101, 1210)
        .mapToObj(number -> TestHouseholds.id("360428101202", number)).toList();
    households.forEach(id -> steps().bringToCountyReview(id, 2018));
    ProcessInstance review = startReview(COUNTY, 2018);
    complete(task(review), withVariables("exclusions", json("[]"), "reviewDate", "2018-12-10"));
    complete(taskOf(review, "Activity_CityFiling"), withVariables("cityFilingDate", "2018-12-12", "cityFilingNumber",
        "九扶备〔2018〕8号", "cityCommissionNumber", "浔扶委〔2018〕5号"));
    complete(taskOf(review, "Activity_ProvinceFiling"), withVariables("provinceFilingDate", "2018-12-13", "provinceFilingNumber",
        "赣扶备〔2018〕31号", "provinceCommissionNumber", "赣扶委〔2018〕11号", "assessmentAgency", "江西财经大学精准扶贫评估中心"));

    // when: the assessors find one of the 11 sampled households failing (its house rated C)
    List<Task> visits = taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("Activity_AssessmentVisit").list();
    assertThat(visits).hasSize(11);
    java.util.Set<String> sampled = new java.util.HashSet<>();
    for (int i = 0; i < visits.size(); i++) {
      sampled.add((String) taskService.getVariable(visits.get(i).getId(), "assessedHouseholdId"));
      taskService.complete(visits.get(i).getId(), HouseholdCaseSteps.findings(i == 0 ? "C" : "A"));
    }

    // then: the government is told how many it must find among the 99 nobody visited
    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce");
    assertThat(runtimeService.getVariable(review.getId(), "assessmentConsequence").toString())
        .endsWith("抽中11户，合格10户，合格率90.91%，高于90.00%：按不合格比例，县政府须从未抽中的99户中确定9户不合格、不予批准，并写明理由（000号文件 八）。");
    List<String> unsampled = households.stream().filter(id -> !sampled.contains(id)).toList();
    SpotCheckRows.Check assessment = new SpotCheckRows(jdbc).checkOf(review.getId());
    org.assertj.core.api.Assertions.assertThat(assessment).extracting(SpotCheckRows.Check::population,
        SpotCheckRows.Check::sampleSize, SpotCheckRows.Check::passedCount).containsExactly(110, 11, 10);
    org.assertj.core.api.Assertions.assertThat(assessment.passRate()).isEqualByComparingTo("90.91");
    org.assertj.core.api.Assertions.assertThat(assessment.outcome())
        .isEqualTo("认定通过：合格率90.91%，高于90.00%，县政府须从未抽中的99户中确定9户不予批准");

    // when: it names eight, the approval is refused and nothing changes
    String eight = String.join("\n", unsampled.subList(0, 8).stream().map(id -> id + " 复核发现收入不稳定").toList());
    Task approval = task(review);
    assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of("announcementNumber", "都府字〔2018〕45号",
        "announcementDate", "2018-12-28", "approvalRefusals", eight)))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessage("第三方评估合格率90.91%：按不合格比例，须从未抽中的农户中确定至少9户不予批准并写明理由，现只确定了8户（000号文件 八）");
    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce");
    assertThat(households).allSatisfy(id ->
        assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).as(id).contains(HouseholdStatus.PRE_EXIT));

    // when: it names nine
    String nine = String.join("\n", unsampled.subList(0, 9).stream().map(id -> id + " 复核发现收入不稳定").toList());
    complete(approval, withVariables("announcementNumber", "都府字〔2018〕45号", "announcementDate", "2018-12-28",
        "approvalRefusals", nine));

    // then: 100 exit; the failed sample and the nine named stay poor
    assertThat(review).isEnded();
    long exited = households.stream().filter(id -> register.currentStatus(SubjectType.HOUSEHOLD, id)
        .equals(java.util.Optional.of(HouseholdStatus.EXITED))).count();
    assertThat(exited).isEqualTo(100);
    assertThat(unsampled.subList(0, 9)).allSatisfy(id ->
        assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).contains(HouseholdStatus.POOR));
    // the nine named join the assessment's record unsampled; the refused approval of eight added none
    org.assertj.core.api.Assertions.assertThat(new SpotCheckRows(jdbc).subjectsOf(assessment.id()))
        .filteredOn(subject -> !subject.sampled()).extracting(SpotCheckRows.Subject::subjectId)
        .containsExactlyInAnyOrderElementsOf(unsampled.subList(0, 9));
  }

  private ProcessInstance startReview(String county, int year) {
    return runtimeService.startProcessInstanceByKey("countyHouseholdExitReview", Map.of("countyCode", county, "exitYear", year));
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task taskOf(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  private String lastReason(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1).reason();
  }

  private HouseholdCaseSteps steps() {
    return new HouseholdCaseSteps(processEngine);
  }

  private static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  private static String household(String village, int number) {
    return village + String.format("%04d", number);
  }
}
