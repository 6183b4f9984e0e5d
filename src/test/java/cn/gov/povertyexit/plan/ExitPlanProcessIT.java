package cn.gov.povertyexit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.PlanTestCounty;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of the plan procedure (seed 000 七) for 湖口县, whose plans nothing else makes: approved at once,
 * returned by the city, returned by the province, and revised; and what an approved plan then lets the county start
 * (000 五(1)(2)(3) 根据…退出规划及年度计划). Each test ends with the county's plan approved, so the next may revise it.
 */
class ExitPlanProcessIT extends ProcessEngineTest {

  private static final String COUNTY = PlanTestCounty.COUNTY;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ExitPlans plans;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerCounty() {
    PlanTestCounty.ensure(jdbc, null, null);
    // a test that failed half-way leaves its case open, which would refuse every later start of the county
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(COUNTY + "-plan-%").list()
        .forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "测试清理"));
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(PlanTestCounty.CITY + "-plan-%").list()
        .forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "测试清理"));
  }

  @Test
  @DisplayName("000 七：县编制、设区市审核通过、设区市汇总报省、省批准；批准后的版本才是本县的规划")
  void shouldApproveACountyPlanThroughTheCityAndTheProvince() {
    // given
    int versionsBefore = plans.versions(ExitPlans.COUNTY, COUNTY).size();
    ProcessInstance plan = startCountyPlan(2019);

    // when: 山口村 lists two of its three households, 天平村 both of its own
    proposeVillage(plan, PlanTestCounty.SHANKOU, PlanTestCounty.shankouHousehold(1), PlanTestCounty.shankouHousehold(2));
    proposeVillage(plan, PlanTestCounty.TIANPING, PlanTestCounty.tianpingHousehold(1), PlanTestCounty.tianpingHousehold(2));
    // then: the county leading group reads what the villages listed
    assertThat(runtimeService.getVariable(plan.getId(), PlanVariables.PLAN_SUMMARY).toString())
        .contains("2019年度计划退出贫困户 4 户（由各村逐户提出：山口村、天平村）");
    draft(plan, List.of(PlanTestCounty.SHANKOU), 2020);
    cityReview(plan, true, null);

    // and passed by the city, the version waits for the province
    assertThat(plan).isWaitingAt("Activity_AwaitProvinceApproval");
    ExitPlans.Version version = current(plan);
    assertThat(version.status()).isEqualTo(PlanStatus.CITY_PASSED);
    assertThat(version.version()).isEqualTo(versionsBefore + 1);

    // when: the city drafts its own plan on that basis and the province approves
    ProcessInstance cityPlan = startCityPlan(2019);
    assertThat(runtimeService.getVariable(cityPlan.getId(), PlanVariables.COUNTY_PLANS).toString())
        .startsWith("湖口县：第" + version.version() + "版 · 2019年度计划退出贫困户 4 户").contains("计划2020年摘帽");
    draftCityPlan(cityPlan);
    provinceDecision(cityPlan, true, null);

    // then
    assertThat(cityPlan).isEnded().hasPassed("Event_PlansApproved");
    assertThat(plan).isEnded().hasPassed("Event_PlanApproved");
    ExitPlans.Version approved = plans.approved(ExitPlans.COUNTY, COUNTY).orElseThrow();
    assertThat(approved.id()).isEqualTo(version.id());
    assertThat(approved.countyExitYear()).isEqualTo(2020);
    assertThat(plans.subjects(approved.id(), "HOUSEHOLD", 2019)).containsExactly(PlanTestCounty.shankouHousehold(1),
        PlanTestCounty.shankouHousehold(2), PlanTestCounty.tianpingHousehold(1), PlanTestCounty.tianpingHousehold(2));
    assertThat(plans.subjects(approved.id(), "VILLAGE", 2019)).containsExactly(PlanTestCounty.SHANKOU);
    assertThat(plans.versions(ExitPlans.COUNTY, COUNTY)).filteredOn(v -> v.status() == PlanStatus.APPROVED).hasSize(1);
  }

  @Test
  @DisplayName("000 七：设区市审核退回须写明原因，县在新版本中修改后重新报审，退回的版本连同原因保留")
  void shouldKeepTheVersionTheCityReturnedAndLetTheCountyRedraftIt() {
    // given
    ProcessInstance plan = startCountyPlan(2019);
    proposeVillage(plan, PlanTestCounty.SHANKOU, PlanTestCounty.shankouHousehold(1));
    proposeVillage(plan, PlanTestCounty.TIANPING);
    draft(plan, List.of(), 2020);
    ExitPlans.Version sent = current(plan);

    // when: a return without its reason is refused, and the task stays
    Task review = task(plan);
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(PlanVariables.CITY_PASSED, false,
        PlanVariables.CITY_OPINION, "不同意")))
        .hasMessageContaining("退回须写明退回原因");
    assertThat(plan).isWaitingAt("Activity_CityReview");
    assertThat(plans.byId(sent.id()).orElseThrow().status()).isEqualTo(PlanStatus.CITY_REVIEW);
    cityReview(plan, false, "未列明主要扶持措施的责任单位");

    // then: back at the county leading group with the city's reason, in a new version starting from the returned one
    assertThat(plan).isWaitingAt("Activity_DraftPlan");
    assertThat(runtimeService.getVariable(plan.getId(), PlanVariables.RETURN_REASON))
        .isEqualTo("设区市扶贫开发领导小组审核退回：未列明主要扶持措施的责任单位");
    ExitPlans.Version returned = plans.byId(sent.id()).orElseThrow();
    assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
    assertThat(returned.decisionReason()).isEqualTo("未列明主要扶持措施的责任单位");
    ExitPlans.Version redraft = current(plan);
    assertThat(redraft.version()).isEqualTo(sent.version() + 1);
    assertThat(plans.subjects(redraft.id(), "HOUSEHOLD", 2019)).containsExactly(PlanTestCounty.shankouHousehold(1));

    // and the redraft goes through
    draft(plan, List.of(), 2020);
    cityReview(plan, true, null);
    ProcessInstance cityPlan = startCityPlan(2019);
    draftCityPlan(cityPlan);
    provinceDecision(cityPlan, true, null);
    assertThat(plan).isEnded();
    assertThat(plans.approved(ExitPlans.COUNTY, COUNTY).orElseThrow().id()).isEqualTo(redraft.id());
  }

  @Test
  @DisplayName("000 七：省扶贫开发领导小组退回的，设区市和县的版本都记明原因，县修改后经设区市重新报省")
  void shouldReturnTheCountyToItsLeadingGroupWhenTheProvinceReturnsTheCityPlan() {
    // given
    ProcessInstance plan = startCountyPlan(2020);
    proposeVillage(plan, PlanTestCounty.SHANKOU, PlanTestCounty.shankouHousehold(2));
    proposeVillage(plan, PlanTestCounty.TIANPING, PlanTestCounty.tianpingHousehold(2));
    draft(plan, List.of(PlanTestCounty.TIANPING), 2020);
    cityReview(plan, true, null);
    ExitPlans.Version sent = current(plan);
    ProcessInstance cityPlan = startCityPlan(2020);
    long cityPlanId = ((Number) runtimeService.getVariable(cityPlan.getId(), PlanVariables.CITY_PLAN_ID)).longValue();
    draftCityPlan(cityPlan);
    assertThat(plans.byId(sent.id()).orElseThrow().status()).isEqualTo(PlanStatus.PROVINCE_REVIEW);

    // when
    provinceDecision(cityPlan, false, "贫困村退出时序与基础设施项目安排不衔接");

    // then
    assertThat(cityPlan).isEnded().hasPassed("Event_PlansReturned");
    assertThat(plans.byId(cityPlanId).orElseThrow().status()).isEqualTo(PlanStatus.RETURNED);
    assertThat(plans.byId(sent.id()).orElseThrow().status()).isEqualTo(PlanStatus.RETURNED);
    assertThat(plans.byId(sent.id()).orElseThrow().decisionReason()).isEqualTo("贫困村退出时序与基础设施项目安排不衔接");
    assertThat(plan).isWaitingAt("Activity_DraftPlan");
    assertThat(runtimeService.getVariable(plan.getId(), PlanVariables.RETURN_REASON))
        .isEqualTo("省扶贫开发领导小组审批退回：贫困村退出时序与基础设施项目安排不衔接");

    // and after the redraft passes the city again, the city sends a new version
    draft(plan, List.of(PlanTestCounty.TIANPING), 2020);
    cityReview(plan, true, null);
    ProcessInstance again = startCityPlan(2020);
    assertThat(((Number) runtimeService.getVariable(again.getId(), PlanVariables.PLAN_VERSION)).intValue())
        .isEqualTo(plans.byId(cityPlanId).orElseThrow().version() + 1);
    draftCityPlan(again);
    provinceDecision(again, true, null);
    assertThat(plan).isEnded().hasPassed("Event_PlanApproved");
  }

  @Test
  @DisplayName("000 五(1)：预退出对象从已批准的年度计划中选定；计划外的户须经规划修订列入，修订同样经市审核、省批准，旧版本保留")
  void shouldRefuseAHouseholdOutsideThePlanUntilARevisionListsIt() {
    // given: an approved plan that lists neither 山口村's third household nor 天平村 as a village
    approvePlanListing(2020, List.of(PlanTestCounty.shankouHousehold(1)), List.of());
    String outside = PlanTestCounty.shankouHousehold(3);
    long casesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdExit").count();
    int trailBefore = register.history(SubjectType.HOUSEHOLD, outside).size();

    // when / then: 预退出 and 对象初选 outside the plan are refused, and nothing is kept
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("householdExit", Map.of("householdId", outside, "exitYear", 2020)))
        .hasMessage("户编号 " + outside + " 不在湖口县已批准的退出规划及2020年度计划中；如确需列入，请县扶贫开发领导小组修订退出规划及年度计划，经设区市审核、省扶贫开发领导小组批准后再发起");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, outside)).contains(HouseholdStatus.POOR);
    assertThat(register.history(SubjectType.HOUSEHOLD, outside)).hasSize(trailBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdExit").count()).isEqualTo(casesBefore);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("villageExit", Map.of("villageCode", PlanTestCounty.TIANPING, "exitYear", 2020)))
        .hasMessageStartingWith("天平村（360429100202）不在湖口县已批准的退出规划及2020年度计划中");
    // 000 五(3): the county applies only in a year its plan has come to
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("countyExit", Map.of("countyCode", COUNTY, "exitYear", 2019)))
        .hasMessageStartingWith("湖口县已批准的退出规划计划2020年摘帽，不能提出2019年度退出申请");

    // when: the county revises its plan, adding the household
    ExitPlans.Version before = plans.approved(ExitPlans.COUNTY, COUNTY).orElseThrow();
    ProcessInstance revision = startCountyPlan(2020);
    assertThat(runtimeService.getVariable(revision.getId(), PlanVariables.REVISION)).isEqualTo(true);
    Task shankou = villageTask(revision, PlanTestCounty.SHANKOU);
    assertThat(runtimeService.getVariableLocal(shankou.getExecutionId(), PlanVariables.PLANNED_HOUSEHOLDS).toString())
        .isEqualTo("[\"" + PlanTestCounty.shankouHousehold(1) + "\"]");
    proposeVillage(revision, PlanTestCounty.SHANKOU, PlanTestCounty.shankouHousehold(1), outside);
    proposeVillage(revision, PlanTestCounty.TIANPING);
    draft(revision, List.of(), 2020);
    cityReview(revision, true, null);
    ProcessInstance cityPlan = startCityPlan(2020);
    draftCityPlan(cityPlan);
    provinceDecision(cityPlan, true, null);

    // then: the revision is the approved plan, the version before it kept as superseded, and the household may start
    assertThat(plans.byId(before.id()).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED);
    ProcessInstance exit = runtimeService.startProcessInstanceByKey("householdExit", Map.of("householdId", outside, "exitYear", 2020));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, outside)).contains(HouseholdStatus.PRE_EXIT);
    runtimeService.deleteProcessInstance(exit.getId(), "测试结束");
  }

  @Test
  @DisplayName("001：不向贫困村分配脱贫名额——村可以一户不报，也可以全部上报，规划中没有按村的数字")
  void shouldTakeWhateverEachVillageListsWithoutAQuota() {
    // given
    ProcessInstance plan = startCountyPlan(2018);

    // when: one village lists none, the other all of its households
    proposeVillage(plan, PlanTestCounty.SHANKOU);
    proposeVillage(plan, PlanTestCounty.TIANPING, PlanTestCounty.tianpingHousehold(1), PlanTestCounty.tianpingHousehold(2));
    draft(plan, List.of(), 2020);

    // then
    assertThat(plans.subjects(current(plan).id(), "HOUSEHOLD", 2018))
        .containsExactly(PlanTestCounty.tianpingHousehold(1), PlanTestCounty.tianpingHousehold(2));
    // the plan's tables hold subjects one by one: no column counts anything per village
    assertThat(jdbc.sql("""
            select lower(column_name) from information_schema.columns
             where lower(table_name) in ('exit_plan', 'exit_plan_subject')""").query(String.class).list())
        .noneMatch(column -> column.contains("quota") || column.endsWith("_count") || column.contains("target"))
        .doesNotContain("village_code");
    cityReview(plan, true, null);
    ProcessInstance cityPlan = startCityPlan(2018);
    draftCityPlan(cityPlan);
    provinceDecision(cityPlan, true, null);
    assertThat(plan).isEnded();
  }

  @Test
  @DisplayName("村两委只能列入本村未脱贫的建档立卡贫困户；同一县同一时间只有一个版本在编制或报批")
  void shouldRefuseAnotherVillagesHouseholdAndASecondVersionAtTheSameTime() {
    // given
    ProcessInstance plan = startCountyPlan(2017);
    Task shankou = villageTask(plan, PlanTestCounty.SHANKOU);
    // Tasklist names the village the task is about, not only the county
    assertThat(taskService.getVariableLocal(shankou.getId(), "caseSubject")).isEqualTo("山口村（" + PlanTestCounty.SHANKOU + "）· 双钟镇");

    // when / then
    assertThatThrownBy(() -> taskService.complete(shankou.getId(), Map.of(PlanVariables.PLANNED_HOUSEHOLDS,
        "[\"" + PlanTestCounty.tianpingHousehold(1) + "\"]")))
        .hasMessageContaining("户编号 " + PlanTestCounty.tianpingHousehold(1) + " 不是本村未脱贫的建档立卡贫困户，不能列入本村退出计划");
    assertThat(taskService.createTaskQuery().taskId(shankou.getId()).count()).isEqualTo(1);
    assertThat(plans.subjects(current(plan).id(), "HOUSEHOLD", 2017)).doesNotContain(PlanTestCounty.tianpingHousehold(1));
    assertThatThrownBy(() -> startCountyPlan(2017))
        .hasMessage("湖口县的退出规划已有一个版本正在编制或报批，待其批准或退回后再发起修订");
    assertThatThrownBy(() -> startCityPlan(2017)).hasMessage("九江市尚无设区市审核通过、待报省审批的2017年度县级退出规划");

    // and the case goes through
    proposeVillage(plan, PlanTestCounty.SHANKOU);
    proposeVillage(plan, PlanTestCounty.TIANPING);
    draft(plan, List.of(), 2020);
    cityReview(plan, true, null);
    ProcessInstance cityPlan = startCityPlan(2017);
    draftCityPlan(cityPlan);
    provinceDecision(cityPlan, true, null);
    assertThat(plan).isEnded();
  }

  /** An approved plan of the county listing exactly these households and villages for the year, through the procedure. */
  private void approvePlanListing(int year, List<String> households, List<String> villages) {
    ProcessInstance plan = startCountyPlan(year);
    for (String village : List.of(PlanTestCounty.SHANKOU, PlanTestCounty.TIANPING)) {
      proposeVillage(plan, village, households.stream().filter(id -> id.startsWith(village)).toArray(String[]::new));
    }
    // households of other years this test does not want are not carried over: the county's earlier approvals listed
    // only households of other years, which the start below does not look at
    jdbc.sql("delete from exit_plan_subject where plan_id = ? and subject_type = 'HOUSEHOLD' and planned_year <> ?")
        .params(current(plan).id(), year).update();
    draft(plan, villages, 2020);
    cityReview(plan, true, null);
    ProcessInstance cityPlan = startCityPlan(year);
    draftCityPlan(cityPlan);
    provinceDecision(cityPlan, true, null);
  }

  private ProcessInstance startCountyPlan(int year) {
    return runtimeService.startProcessInstanceByKey(PlanVariables.COUNTY_PLAN_KEY,
        Map.of(PlanVariables.COUNTY_CODE, COUNTY, PlanVariables.PLAN_YEAR, year));
  }

  private ProcessInstance startCityPlan(int year) {
    return runtimeService.startProcessInstanceByKey(PlanVariables.CITY_PLAN_KEY,
        Map.of(PlanVariables.CITY_CODE, PlanTestCounty.CITY, PlanVariables.PLAN_YEAR, year));
  }

  private ExitPlans.Version current(ProcessInstance plan) {
    return plans.byId(((Number) runtimeService.getVariable(plan.getId(), PlanVariables.PLAN_ID)).longValue()).orElseThrow();
  }

  private Task villageTask(ProcessInstance plan, String village) {
    return taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("Activity_ProposeVillageHouseholds")
        .taskCandidateGroup("village-" + village + "-committee").singleResult();
  }

  private void proposeVillage(ProcessInstance plan, String village, String... households) {
    Task task = villageTask(plan, village);
    assertThat(task).as("task of " + village).isNotNull();
    StringBuilder ids = new StringBuilder("[");
    for (int i = 0; i < households.length; i++) {
      ids.append(i == 0 ? "" : ",").append('"').append(households[i]).append('"');
    }
    taskService.complete(task.getId(), Map.of(PlanVariables.PLANNED_HOUSEHOLDS, ids.append("]").toString()));
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void draft(ProcessInstance plan, List<String> villages, int countyExitYear) {
    assertThat(plan).isWaitingAt("Activity_DraftPlan").task().hasCandidateGroup("county-" + COUNTY + "-leadinggroup");
    Map<String, Object> values = new HashMap<>();
    values.put(PlanVariables.SITUATION, "全县建档立卡贫困户5户，贫困村2个");
    values.put(PlanVariables.MEASURES, "产业扶贫、就业扶贫、危房改造");
    values.put(PlanVariables.PLANNED_VILLAGES, villages.isEmpty() ? "[]" : "[\"" + String.join("\",\"", villages) + "\"]");
    values.put(PlanVariables.COUNTY_EXIT_YEAR, countyExitYear);
    taskService.complete(task(plan).getId(), values);
  }

  private void cityReview(ProcessInstance plan, boolean passed, String reason) {
    assertThat(plan).isWaitingAt("Activity_CityReview").task().hasCandidateGroup("city-" + PlanTestCounty.CITY + "-leadinggroup");
    Map<String, Object> values = new HashMap<>(Map.of(PlanVariables.CITY_PASSED, passed, PlanVariables.CITY_OPINION,
        passed ? "同意" : "不同意"));
    if (reason != null) {
      values.put(PlanVariables.CITY_RETURN_REASON, reason);
    }
    taskService.complete(task(plan).getId(), values);
  }

  private void draftCityPlan(ProcessInstance cityPlan) {
    assertThat(cityPlan).isWaitingAt("Activity_DraftCityPlan").task().hasCandidateGroup("city-" + PlanTestCounty.CITY + "-leadinggroup");
    taskService.complete(task(cityPlan).getId(), Map.of(PlanVariables.CITY_SITUATION, "全市贫困现状",
        PlanVariables.CITY_MEASURES, "全市主要扶持措施"));
  }

  private void provinceDecision(ProcessInstance cityPlan, boolean approved, String reason) {
    assertThat(cityPlan).isWaitingAt("Activity_ProvinceApproval").task().hasCandidateGroup("province-360000-leadinggroup");
    Map<String, Object> values = new HashMap<>(Map.of(PlanVariables.PROVINCE_APPROVED, approved,
        PlanVariables.PROVINCE_OPINION, approved ? "同意" : "不同意"));
    if (reason != null) {
      values.put(PlanVariables.PROVINCE_RETURN_REASON, reason);
    }
    taskService.complete(task(cityPlan).getId(), values);
  }
}
