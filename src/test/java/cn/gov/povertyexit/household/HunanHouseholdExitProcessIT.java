package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.OtherProvinceRegister.HUNAN_VILLAGE;
import static cn.gov.povertyexit.support.OtherProvinceRegister.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.villagelist.HunanListSteps;
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
    bringToDistrict(households);

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
    bringToDistrict(List.of(household(HUNAN_VILLAGE, 9)));
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
  void shouldNotLetAJiangxiReviewTakeAHunanDistrictNorTheOtherWayRound() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("countyHouseholdExitReview",
        Map.of("countyCode", DISTRICT, "exitYear", 2020)))
        .isInstanceOf(CaseRefusedException.class).hasMessage("南岳区所在省执行湖南省脱贫程序（003号文件），不能用本审批流程办理");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("districtHouseholdExitReviewHunan",
        Map.of("countyCode", "360424", "exitYear", 2020)))
        .hasMessage("修水县所在省执行江西省退出程序（000号文件），不能用本审批流程办理");
  }

  // --- the village and township steps, on the village's list

  /** The households' data are collected and their list goes through appraisal, signatures and both notices. */
  private void bringToDistrict(List<String> households) {
    OpenVillageLists.end(runtimeService, HUNAN_VILLAGE, 2020);
    HunanListSteps steps = new HunanListSteps(processEngine);
    List<ProcessInstance> cases = households.stream().map(id -> steps.collected(id, 2020)).toList();
    ProcessInstance list = steps.listOf(cases.get(0));
    steps.appraiseAndConfirmAll(list);
    steps.endListNotice(list);
    steps.verifyList(list, steps.verificationCandidates(list), List.of());
    steps.postAndEndTownshipNotice(steps.townshipNoticeOf(list));
    cases.forEach(procedure -> assertThat(procedure).isWaitingAt("Activity_AwaitCountyDecision"));
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
