package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.OtherProvinceRegister.HUNAN_VILLAGE;
import static cn.gov.povertyexit.support.OtherProvinceRegister.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Hunan procedure (seed 003 三(四)): householdExitHunan per household, then districtHouseholdExitReviewHunan for
 * the district's list, on the test households of 白龙潭村, 南岳区 (430412).
 */
class HunanHouseholdExitProcessIT extends ProcessEngineTest {

  private static final String DISTRICT = "430412";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerHunanVillage() {
    OtherProvinceRegister.ensure(jdbc);
  }

  @Test
  void shouldTakeTheDistrictListThroughComparisonHomeChecksCityCheckRectificationAndApproval() {
    // given: four households have passed the village and township steps
    List<String> households = List.of(household(HUNAN_VILLAGE, 1), household(HUNAN_VILLAGE, 3),
        household(HUNAN_VILLAGE, 5), household(HUNAN_VILLAGE, 7));
    households.forEach(id -> bringToDistrict(start(id)));

    // when: the district office compares with the sector departments
    ProcessInstance review = runtimeService.startProcessInstanceByKey("districtHouseholdExitReviewHunan",
        Map.of("countyCode", DISTRICT, "exitYear", 2020));
    assertThat(review).isWaitingAt("Activity_SectorComparison").task().hasCandidateGroup("county-430412-office");
    Map<String, Object> comparison = sectorsCompared();
    comparison.put("comparisonAnomalies", json("[{\"householdId\":\"" + households.get(1) + "\",\"description\":\"住建部门记录住房为C级\"}]"));
    complete(task(review), comparison);

    // and the district team checks every household at home: the one with the anomaly indeed lives in a C house
    List<Task> homeChecks = tasksOf(review, "Activity_DistrictHomeCheck");
    assertThat(homeChecks).hasSize(4);
    for (Task check : homeChecks) {
      String id = (String) taskService.getVariable(check.getId(), "assessedHouseholdId");
      taskService.complete(check.getId(), HouseholdCaseSteps.findings(id.equals(households.get(1)) ? "C" : "A"));
    }

    // and the district government marks the rest as exited
    assertThat(review).isWaitingAt("Activity_MarkAsExited").task().hasCandidateGroup("county-430412-government");
    complete(task(review), withVariables("markingNumber", "岳政审〔2020〕3号", "markingDate", "2020-11-20"));

    // and the city checks 6% of three, rounded up: one household, which falls short
    List<Task> cityChecks = tasksOf(review, "Activity_CityCheck");
    assertThat(cityChecks).hasSize(1);
    String sampled = (String) taskService.getVariable(cityChecks.get(0).getId(), "assessedHouseholdId");
    assertThat(taskService.getIdentityLinksForTask(cityChecks.get(0).getId()))
        .anyMatch(link -> "city-430400-leadinggroup".equals(link.getGroupId()));
    taskService.complete(cityChecks.get(0).getId(), HouseholdCaseSteps.findings("D"));

    // and its township rectifies, the district leading group re-checks and finds it now meets the standard
    Task rectify = tasksOf(review, "Activity_Rectify").get(0);
    assertThat(taskService.getIdentityLinksForTask(rectify.getId()))
        .anyMatch(link -> "township-430412100-government".equals(link.getGroupId()));
    assertThat((String) taskService.getVariable(rectify.getId(), "rectificationReason")).startsWith("市级核查未达标：住房安全有保障");
    taskService.complete(rectify.getId(), Map.of("rectificationMeasures", "危房改造完成，经鉴定为B级", "rectificationDate", "2020-12-15"));
    taskService.complete(tasksOf(review, "Activity_Recheck").get(0).getId(), HouseholdCaseSteps.findings("B"));

    // and the district government approves and announces
    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce");
    complete(task(review), withVariables("announcementNumber", "岳政告〔2020〕8号", "announcementDate", "2020-12-28"));

    // then
    assertThat(review).isEnded().hasPassed("Activity_Rectifications", "Activity_AnswerHouseholds");
    for (String id : households) {
      HouseholdStatus expected = id.equals(households.get(1)) ? HouseholdStatus.POOR : HouseholdStatus.EXITED;
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).as(id).contains(expected);
    }
    assertThat(lastReason(households.get(1))).isEqualTo("县级审批未批准退出：区级入户核查未达标：住房安全有保障：住房鉴定为C级危房");
    assertThat(lastReason(sampled)).startsWith("2020年度脱贫退出：南岳区人民政府批准，在").contains("公告（岳政告〔2020〕8号，");
  }

  @Test
  void shouldApproveAtOnceWhenTheCityCheckFindsNothing() {
    bringToDistrict(start(household(HUNAN_VILLAGE, 9)));
    ProcessInstance review = runtimeService.startProcessInstanceByKey("districtHouseholdExitReviewHunan",
        Map.of("countyCode", DISTRICT, "exitYear", 2020));
    complete(task(review), sectorsCompared());
    taskService.complete(tasksOf(review, "Activity_DistrictHomeCheck").get(0).getId(), HouseholdCaseSteps.findings("A"));
    complete(task(review), withVariables("markingNumber", "岳政审〔2020〕4号", "markingDate", "2020-11-21"));

    taskService.complete(tasksOf(review, "Activity_CityCheck").get(0).getId(), HouseholdCaseSteps.findings("A"));

    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce").hasNotPassed("Activity_Rectifications");
    complete(task(review), withVariables("announcementNumber", "岳政告〔2020〕9号", "announcementDate", "2020-12-29"));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(HUNAN_VILLAGE, 9))).contains(HouseholdStatus.EXITED);
  }

  @Test
  void shouldRefuseASignatureByAnyoneButTheHeadAnAdultMemberOrAnAuthorisedPerson() {
    // given
    ProcessInstance procedure = start(household(HUNAN_VILLAGE, 2));
    collect(procedure);
    appraise(procedure, true);
    Task signature = task(procedure);

    // when / then: a neighbour signing for the head, a signature without authorisation letter, no helper
    assertThatThrownBy(() -> taskService.complete(signature.getId(), signatures("HEAD", "邻居王五", null, true)))
        .isInstanceOf(CaseRefusedException.class).hasMessage("签字人“邻居王五”不是户主户主2本人，严禁代签");
    assertThatThrownBy(() -> taskService.complete(signature.getId(), signatures("ADULT_MEMBER", "王五", null, true)))
        .hasMessage("签字人“王五”不是本户年满18岁的家庭成员，严禁代签");
    assertThatThrownBy(() -> taskService.complete(signature.getId(), signatures("AUTHORISED", "李四", " ", true)))
        .hasMessage("受委托人签字须附户主的委托书，请填写委托书编号");
    assertThatThrownBy(() -> taskService.complete(signature.getId(), signatures("HEAD", "户主2", null, false)))
        .hasMessage("帮扶责任人须签字确认");
    assertThat(procedure).isWaitingAt("Activity_HouseholdSignature");

    // and an adult member of the household may sign
    taskService.complete(signature.getId(), signatures("ADULT_MEMBER", "成员2-2", null, true));
    assertThat(procedure).isWaitingAt("Activity_VillageNotice");
  }

  @Test
  void shouldAcceptAnAuthorisedSignatureWithItsLetter() {
    ProcessInstance procedure = start(household(HUNAN_VILLAGE, 4));
    collect(procedure);
    appraise(procedure, true);

    complete(task(procedure), signatures("AUTHORISED", "李四", "委托〔2020〕17号", true));

    assertThat(procedure).isWaitingAt("Activity_VillageNotice");
  }

  @Test
  void shouldKeepAHouseholdThatDoesNotSign() {
    ProcessInstance procedure = start(household(HUNAN_VILLAGE, 6));
    collect(procedure);
    appraise(procedure, true);

    complete(task(procedure), withVariables("householdAgrees", false, "helperName", "赵六", "helperSigned", true));

    assertThat(procedure).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_CheckSignatures");
  }

  @Test
  void shouldKeepAHouseholdTheAppraisalDoesNotAgreeOnOrWhoseSurveyFails() {
    ProcessInstance notAgreed = start(household(HUNAN_VILLAGE, 8));
    collect(notAgreed);
    appraise(notAgreed, false);
    assertThat(notAgreed).isEnded().hasPassed("Event_HouseholdStaysPoor");

    ProcessInstance belowLine = start(household(HUNAN_VILLAGE, 10));
    execute(job(belowLine));
    complete(task(belowLine), withVariables("wageIncome", 5000.0));
    assertThat(belowLine).isEnded().hasNotPassed("Activity_VillageAppraisal");
    assertThat(lastReason(household(HUNAN_VILLAGE, 10))).contains("未超过2020年贫困标准4000元");
  }

  @Test
  void shouldSendObjectionsBackToDataCollectionAndToTheTownshipCheck() {
    // given
    String id = household(HUNAN_VILLAGE, 11);
    ProcessInstance procedure = start(id);
    collect(procedure);
    appraise(procedure, true);
    complete(task(procedure), signatures("HEAD", "户主11", null, true));

    // when: an objection in the village notice is upheld
    objectionUpheld(procedure, id);

    // then: the data are collected again
    assertThat(procedure).isWaitingAt("Activity_CollectHouseholdData");

    // and an upheld objection in the township notice returns to the township check
    complete(task(procedure));
    appraise(procedure, true);
    complete(task(procedure), signatures("HEAD", "户主11", null, true));
    passNotice(procedure);
    checkAtTownship(procedure, Map.of());
    objectionUpheld(procedure, id);
    assertThat(procedure).isWaitingAt("Activity_TownshipCheck");

    // and a township check that finds a dangerous house keeps the household
    checkAtTownship(procedure, Map.of("housingRating", "D"));
    assertThat(procedure).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_AwaitCountyDecision");
  }

  @Test
  void shouldNotLetAJiangxiReviewTakeAHunanDistrictNorTheOtherWayRound() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("countyHouseholdExitReview",
        Map.of("countyCode", DISTRICT, "exitYear", 2020)))
        .isInstanceOf(CaseRefusedException.class).hasMessage("南岳区所在省执行湖南省脱贫程序（003号文件），不能用本审批流程办理");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("districtHouseholdExitReviewHunan",
        Map.of("countyCode", "360424", "exitYear", 2020)))
        .hasMessage("修水县所在省执行江西省退出程序（000号文件），不能用本审批流程办理");
  }

  // --- the steps of the per-household procedure

  private ProcessInstance start(String householdId) {
    ProcessInstance exit = new HouseholdCaseSteps(processEngine).startCase(householdId, 2020);
    assertThat(exit).isWaitingAt("Activity_HunanProcedure");
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
  }

  private void bringToDistrict(ProcessInstance procedure) {
    String head = "户主" + Integer.parseInt(((String) runtimeService.getVariable(procedure.getId(), "householdId")).substring(12));
    collect(procedure);
    appraise(procedure, true);
    complete(task(procedure), signatures("HEAD", head, null, true));
    passNotice(procedure);
    checkAtTownship(procedure, Map.of());
    passNotice(procedure);
    assertThat(procedure).isWaitingAt("Activity_AwaitCountyDecision");
  }

  private void collect(ProcessInstance procedure) {
    execute(job(procedure));
    assertThat(procedure).isWaitingAt("Activity_CollectHouseholdData").task().hasCandidateGroup("village-" + HUNAN_VILLAGE + "-workteam");
    complete(task(procedure));
  }

  private void appraise(ProcessInstance procedure, boolean agreed) {
    assertThat(procedure).isWaitingAt("Activity_VillageAppraisal").task().hasCandidateGroup("village-" + HUNAN_VILLAGE + "-committee");
    complete(task(procedure), withVariables("appraisalDate", "2020-10-15", "appraisalAttendance", 19L, "appraisalAgreed", agreed,
        "appraisalLeaderSignature", "刘一", "partySecretarySignature", "陈二", "villageDirectorSignature", "张三",
        "workTeamLeaderSignature", "李四"));
  }

  private void checkAtTownship(ProcessInstance procedure, Map<String, Object> findings) {
    assertThat(procedure).isWaitingAt("Activity_TownshipCheck").task().hasCandidateGroup("township-430412100-government");
    Map<String, Object> variables = new HashMap<>(findings);
    variables.put("verifiers", HouseholdCaseSteps.team("周一", "吴二"));
    complete(task(procedure), variables);
  }

  private void passNotice(ProcessInstance procedure) {
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(procedure.getId()).singleResult();
    execute(processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult());
  }

  private void objectionUpheld(ProcessInstance procedure, String householdId) {
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(procedure.getId()).singleResult();
    new HouseholdCaseSteps(processEngine).registerObjection(householdId, 2020, "收入情况与实际不符");
    complete(task(notice), withVariables("objectionFindings", "情况属实", "objectionUpheld", true));
  }

  private static Map<String, Object> signatures(String role, String signer, String letter, boolean helperSigned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("householdAgrees", true);
    variables.put("signerRole", role);
    variables.put("signerName", signer);
    variables.put("authorisationLetter", letter);
    variables.put("helperName", "赵六");
    variables.put("helperSigned", helperSigned);
    return variables;
  }

  private static Map<String, Object> sectorsCompared() {
    Map<String, Object> compared = new HashMap<>();
    for (String sector : List.of("Education", "Health", "SocialSecurity", "Housing", "Agriculture", "CivilAffairs", "Finance")) {
      compared.put("compared" + sector, true);
    }
    compared.put("comparisonAnomalies", json("[]"));
    return compared;
  }

  private List<Task> tasksOf(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list();
  }

  private String lastReason(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1).reason();
  }

  private static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }
}
