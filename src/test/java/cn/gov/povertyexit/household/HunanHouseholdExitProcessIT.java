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
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.villagelist.HunanListSteps;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.SpotCheckRows;
import cn.gov.povertyexit.support.TestPlans;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Hunan procedure (seed 003 三(四)): householdExitHunan per household, then districtHouseholdExitReviewHunan for
 * the district's list, on the test households of 白龙潭村, 南岳区 (430412).
 */
class HunanHouseholdExitProcessIT extends ProcessEngineTest {

  private static final String DISTRICT = "430412";
  /** Seed 003 四(二): 10月11日至28日完成脱贫标识和乡镇核查; 11月15日前报区扶贫办备案 — the end of each day, Beijing time. */
  private static final Instant OCTOBER_28 = Instant.parse("2020-10-28T15:59:59Z");
  private static final Instant NOVEMBER_15 = Instant.parse("2020-11-15T15:59:59Z");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerHunanVillage() {
    OtherProvinceRegister.ensure(jdbc);
  }

  @Test
  @DisplayName("003 三(四) 湖南区级审批；003 四(二) 时间节点：数据采集10月9日开始，村乡程序、区级比对、入户核查和标识10月28日到期，市级核查至批准公告11月15日到期")
  void shouldTakeTheDistrictListThroughComparisonHomeChecksCityCheckRectificationAndApproval() {
    // given: four households have passed the village and township steps
    List<String> households = List.of(household(HUNAN_VILLAGE, 1), household(HUNAN_VILLAGE, 3),
        household(HUNAN_VILLAGE, 5), household(HUNAN_VILLAGE, 7));
    bringToDistrict(households);

    // when: the district office compares with the sector departments
    ProcessInstance review = runtimeService.startProcessInstanceByKey("districtHouseholdExitReviewHunan",
        Map.of("countyCode", DISTRICT, "exitYear", 2020));
    assertThat(review).isWaitingAt("Activity_SectorComparison").task().hasCandidateGroup("county-430412-office");
    assertThat(task(review).getDueDate().toInstant()).isEqualTo(OCTOBER_28);
    Map<String, Object> comparison = sectorsCompared();
    comparison.put("comparisonAnomalies", json("[{\"householdId\":\"" + households.get(1) + "\",\"description\":\"住建部门记录住房为C级\"}]"));
    complete(task(review), comparison);

    // and the district team checks every household at home: the one with the anomaly indeed lives in a C house
    List<Task> homeChecks = tasksOf(review, "Activity_DistrictHomeCheck");
    assertThat(homeChecks).hasSize(4).allSatisfy(check -> assertThat(check.getDueDate().toInstant()).isEqualTo(OCTOBER_28));
    // (003 三(四)6) the visit of the household with the anomaly shows it and cannot be completed without its
    // verification; the team finds it true
    for (Task check : homeChecks) {
      String id = (String) taskService.getVariable(check.getId(), "assessedHouseholdId");
      if (id.equals(households.get(1))) {
        assertThat(taskService.getVariable(check.getId(), "sectorAnomaly")).isEqualTo("住建部门记录住房为C级");
        assertThatThrownBy(() -> taskService.complete(check.getId(), HouseholdCaseSteps.findings("C")))
            .isInstanceOf(CaseRefusedException.class)
            .hasMessage("户编号 " + id + " 有行业部门比对异常（住建部门记录住房为C级），请入户核实，选择核实结论并填写核实情况（003号文件 三(四)6）");
        assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
        // the refused visit recorded nothing on the district's check
        SpotCheckRows.Check districtCheck = new SpotCheckRows(jdbc).checkOf(review.getId());
        assertThat(new SpotCheckRows(jdbc).subject(districtCheck.id(), id).passed()).isNull();
        Map<String, Object> verified = new HashMap<>(HouseholdCaseSteps.findings("C"));
        verified.put("anomalyVerified", "属实");
        verified.put("anomalyFindings", "入户查看，东侧墙体开裂，与住建部门记录一致");
        taskService.complete(check.getId(), verified);
      } else {
        assertThat(taskService.getVariable(check.getId(), "sectorAnomaly")).isEqualTo("");
        taskService.complete(check.getId(), HouseholdCaseSteps.findings("A"));
      }
    }

    // and the district government marks the rest as exited
    assertThat(review).isWaitingAt("Activity_MarkAsExited").task().hasCandidateGroup("county-430412-government");
    assertThat(task(review).getDueDate().toInstant()).isEqualTo(OCTOBER_28);
    complete(task(review), withVariables("markingNumber", "岳政审〔2020〕3号", "markingDate", "2020-11-20"));

    // and the city checks 6% of the six people marked exited, rounded up, drawn by household from the poor
    // villages' stratum (003 三(四)7): one household, which falls short
    List<Task> cityChecks = tasksOf(review, "Activity_CityCheck");
    assertThat(cityChecks).hasSize(1);
    assertThat(runtimeService.getVariable(review.getId(), "citySampleSummary"))
        .isEqualTo("按6%抽取：贫困村标识脱贫6人，应抽1人，抽取1户2人（003号文件 三(四)7）");
    assertThat(cityChecks.get(0).getDueDate().toInstant()).isEqualTo(NOVEMBER_15);
    String sampled = (String) taskService.getVariable(cityChecks.get(0).getId(), "assessedHouseholdId");
    assertThat(taskService.getIdentityLinksForTask(cityChecks.get(0).getId()))
        .anyMatch(link -> "city-430400-leadinggroup".equals(link.getGroupId()));
    taskService.complete(cityChecks.get(0).getId(), HouseholdCaseSteps.findings("D"));

    // and its township rectifies, the district leading group re-checks and finds it now meets the standard
    Task rectify = tasksOf(review, "Activity_Rectify").get(0);
    assertThat(rectify.getDueDate().toInstant()).isEqualTo(NOVEMBER_15);
    assertThat(taskService.getIdentityLinksForTask(rectify.getId()))
        .anyMatch(link -> "township-430412100-government".equals(link.getGroupId()));
    assertThat((String) taskService.getVariable(rectify.getId(), "rectificationReason")).startsWith("市级核查未达标：住房安全有保障");
    taskService.complete(rectify.getId(), Map.of("rectificationMeasures", "危房改造完成，经鉴定为B级", "rectificationDate", "2020-12-15"));
    Task recheck = tasksOf(review, "Activity_Recheck").get(0);
    assertThat(recheck.getDueDate().toInstant()).isEqualTo(NOVEMBER_15);
    taskService.complete(recheck.getId(), HouseholdCaseSteps.findings("B"));

    // and the district government approves and announces
    assertThat(review).isWaitingAt("Activity_ApproveAndAnnounce");
    assertThat(task(review).getDueDate().toInstant()).isEqualTo(NOVEMBER_15);
    complete(task(review), withVariables("announcementNumber", "岳政告〔2020〕8号", "announcementDate", "2020-12-28"));

    // then
    assertThat(review).isEnded().hasPassed("Activity_Rectifications", "Activity_AnswerHouseholds");
    for (String id : households) {
      HouseholdStatus expected = id.equals(households.get(1)) ? HouseholdStatus.POOR : HouseholdStatus.EXITED;
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).as(id).contains(expected);
    }
    assertThat(lastReason(households.get(1))).isEqualTo("县级审批未批准退出：区级入户核查未达标：行业部门比对异常经核实属实"
        + "（住建部门记录住房为C级：入户查看，东侧墙体开裂，与住建部门记录一致）；住房安全有保障：住房鉴定为C级危房");
    assertThat(lastReason(sampled)).startsWith("2020年度脱贫退出：南岳区人民政府批准，在").contains("公告（岳政告〔2020〕8号，");
    // the register keeps the three checks in turn: the district's of all four, the city's drawn sample, the re-check
    SpotCheckRows rows = new SpotCheckRows(jdbc);
    List<SpotCheckRows.Check> checks = rows.checksOf(review.getId());
    assertThat(checks).extracting(SpotCheckRows.Check::kind, SpotCheckRows.Check::level, SpotCheckRows.Check::population,
            SpotCheckRows.Check::sampleSize, SpotCheckRows.Check::passedCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DISTRICT_HOUSEHOLD", "COUNTY", 4, 4, 3),
            org.assertj.core.groups.Tuple.tuple("CITY_REVIEW_HOUSEHOLD", "CITY", 3, 1, 0),
            org.assertj.core.groups.Tuple.tuple("DISTRICT_RECHECK", "COUNTY", 1, 1, 1));
    assertThat(checks.get(0).passRate()).isEqualByComparingTo("75.00");
    assertThat(checks.get(0).seed()).isNull();
    assertThat(checks.get(0).outcome()).isEqualTo("合格率75.00%：未达标的1户不予退出");
    assertThat(rows.subject(checks.get(0).id(), households.get(1)).consequence()).isEqualTo("不予退出");
    assertThat(checks.get(1).seed()).isEqualTo(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableName("assessmentSeed").singleResult().getValue());
    assertThat(checks.get(1).outcome()).isEqualTo("合格率0.00%：未达标的1户由乡镇整改、区扶贫开发领导小组复查，复查合格后方可批准");
    assertThat(rows.subject(checks.get(1).id(), sampled)).extracting(SpotCheckRows.Subject::passed,
        SpotCheckRows.Subject::consequence).containsExactly(false, "整改复查");
    assertThat(rows.subject(checks.get(1).id(), sampled).findings()).startsWith("市级核查未达标：住房安全有保障");
    assertThat(checks.get(2).outcome()).isEqualTo("合格率100.00%：全部达标");
    assertThat(rows.subject(checks.get(2).id(), sampled).findings()).isEqualTo("达标");
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
  @DisplayName("003 三(二) 湖南按人均纯收入评定：低保户不因当地低保标准高于国家贫困标准而视为收入稳定超过（000 四(1) 为江西规定）")
  void shouldJudgeAHunanDibaoHouseholdByItsIncomeNotByTheDibaoRule() {
    // given: a 低保 household of its own village, 2800 yuan per person in 2020, in a district whose 低保 standard
    // (4800) exceeds the 2020 line — under Jiangxi's rule it would count as above the line
    String household = dibaoHousehold();

    // when: its data are collected and the standard is applied
    ProcessInstance procedure = new HunanListSteps(processEngine).collected(household, 2020);

    // then: it fails on income, and stays poor on the register
    assertThat(procedure).hasPassed("Activity_ApplySurveyStandard").hasNotPassed("Activity_JoinAppraisalList");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(procedure.getId())
        .variableName("standardSummary").singleResult().getValue())
        .asString().contains("人均可支配收入2800.00元，未超过2020年国家扶贫标准4000元").doesNotContain("低保标准");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household)).contains(HouseholdStatus.POOR);
  }

  private String dibaoHousehold() {
    String village = "430412100261";
    String id = village + "0001";
    if (jdbc.sql("select count(*) from village where code = ?").param(village).query(Integer.class).single() == 0) {
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '430412100', '低保测试村', 800, 'POOR_VILLAGE')")
          .param(village).update();
      jdbc.sql("insert into dibao_standard (county_code, standard_year, annual_standard) values ('430412', 2020, 4800)").update();
      jdbc.sql("""
              insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                     food_clothing_secure, registered_on)
              values (?, ?, '吴德贵', 'POOR', 'DIBAO', 'A', true, true, date '2015-10-01')""")
          .params(id, village).update();
      for (int member = 1; member <= 2; member++) {
        jdbc.sql("""
                insert into household_member (household_id, name, national_id, relation, birth_date, schooling, health,
                    serious_illness_assisted, medical_insurance_enrolled, labour_ability)
                values (?, ?, ?, ?, ?, 'FINISHED', 'HEALTHY', true, true, 'ORDINARY')""")
            .params(id, member == 1 ? "吴德贵" : "李秀兰", "4304121960030100" + member + "X", member == 1 ? "HEAD" : "SPOUSE",
                java.sql.Date.valueOf(java.time.LocalDate.of(1960, 3, member))).update();
      }
      jdbc.sql("""
              insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                            property_income, transfer_income)
              values (?, 2020, 5600, 0, 0, 0, 0)""").param(id).update();
    }
    TestPlans.planEverything(jdbc);
    return id;
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
    List<ProcessInstance> cases = households.stream().map(id -> collectedOnHunanDates(steps, id)).toList();
    ProcessInstance list = steps.listOf(cases.get(0));
    // 10月9日至10月28日 the villages carry out the procedure; the township checks by 10月28日 (seed 003 四(二))
    assertThat(task(list).getDueDate().toInstant()).isEqualTo(OCTOBER_28);
    steps.appraiseAndConfirmAll(list);
    steps.endListNotice(list);
    assertThat(task(list).getDueDate().toInstant()).isEqualTo(OCTOBER_28);
    steps.verifyList(list, steps.verificationCandidates(list), List.of());
    ProcessInstance notice = steps.townshipNoticeOf(list);
    assertThat(task(notice).getDueDate().toInstant()).isEqualTo(OCTOBER_28);
    steps.postAndEndTownshipNotice(notice);
    cases.forEach(procedure -> assertThat(procedure).isWaitingAt("Activity_AwaitCountyDecision"));
  }

  /** The data collection starts on 10月9日, not the national 11-01 (after Hunan's deadline), and is due 10月28日. */
  private static ProcessInstance collectedOnHunanDates(HunanListSteps steps, String householdId) {
    ProcessInstance procedure = steps.started(householdId, 2020);
    assertThat(job(procedure).getDuedate().toInstant()).isEqualTo(Instant.parse("2020-10-08T16:00:00Z"));
    execute(job(procedure));
    assertThat(procedure).isWaitingAt("Activity_CollectHouseholdData");
    assertThat(task(procedure).getDueDate().toInstant()).isEqualTo(OCTOBER_28);
    complete(task(procedure));
    return procedure;
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
