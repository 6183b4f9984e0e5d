package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PlanTestCounty;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 退出规划及年度计划 (seed 000 七) of 湖口县 in the Chinese Tasklist on PostgreSQL: the county leading group starts the
 * plan, each village committee ticks its households (000 五(1); 001 不得向贫困村分配脱贫名额), the county leading group
 * drafts, the city leading group reviews and carries it in the city's plan, the province leading group approves —
 * each of the seven forms filled once by the official whose form it is. Then what an insider might try over REST,
 * each refused in Chinese with nothing changed; the walk's 2019 plan is left approved for the refusals of 2020.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExitPlanInTasklistIT extends TasklistWalk {

  private static final String COUNTY = PlanTestCounty.COUNTY;
  private static final String CITY = PlanTestCounty.CITY;
  private static final String COUNTY_GROUP = "county-" + COUNTY + "-leadinggroup";
  private static final String COUNTY_OFFICE = "county-" + COUNTY + "-office";
  private static final String CITY_GROUP = "city-" + CITY + "-leadinggroup";
  private static final String PROVINCE_GROUP = "province-360000-leadinggroup";
  private static final String SHANKOU_COMMITTEE = "village-" + PlanTestCounty.SHANKOU + "-committee";
  private static final String TIANPING_COMMITTEE = "village-" + PlanTestCounty.TIANPING + "-committee";
  private static final int WALK_YEAR = 2019;
  private static final int REFUSAL_YEAR = 2020;
  private static final By FORM = By.cssSelector(".fjs-container");
  private static final By START_FORM = By.cssSelector(".modal .fjs-container");

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired ExitPlans plans;
  @Autowired StatusRegister register;

  @BeforeAll
  void planCounty() {
    PlanTestCounty.ensure(jdbc, access, demo);
    // the county code is shared with another fixture of the same database: fail plainly if that one came first
    assertThat(jdbc.sql("select name from village where code = ?").param(PlanTestCounty.SHANKOU).query(String.class).optional())
        .as("village " + PlanTestCounty.SHANKOU + " is PlanTestCounty's 山口村 (not another fixture's village of the same code)")
        .contains("山口村");
  }

  /** A test that failed half-way leaves its case open, which would refuse every later version of the county. */
  @BeforeEach
  void closeLeftOverCases() {
    for (String key : List.of(COUNTY + "-plan-%", CITY + "-plan-%")) {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(key).list()
          .forEach(open -> runtimeService.deleteProcessInstance(open.getId(), "测试清理：上一测试中断留下的案件"));
    }
  }

  @Test
  @Order(1)
  @DisplayName("000 七：县扶贫开发领导小组发起、各村逐户提出、县编制、设区市审核并制定设区市规划、省批准——七张表单在Tasklist中各填一次")
  void shouldWalkACountyPlanFromTheVillagesToTheProvincesApprovalInTasklist() {
    // given
    int version = plans.versions(ExitPlans.COUNTY, COUNTY).size() + 1;
    int cityVersion = plans.versions(ExitPlans.CITY, CITY).size() + 1;
    var approvedBefore = plans.approved(ExitPlans.COUNTY, COUNTY);

    // when: 发起流程 → 县退出规划及年度计划编制审批, by the county leading group
    ChineseBrowser start = openStartForm(COUNTY_GROUP, PlanVariables.COUNTY_PLAN_KEY, "县退出规划及年度计划编制审批",
        "countyPlanStartForm");
    start.waitForText(START_FORM, "编制（修订）退出规划及年度计划");
    start.type("Field_CountyCode", COUNTY);
    start.type("Field_PlanYear", String.valueOf(WALK_YEAR));
    shot(start, "1-county-plan-start");
    start.start();
    String plan = startedCase(PlanVariables.COUNTY_PLAN_KEY, COUNTY + "-plan-" + version);

    // then: a new version in preparation, and one task per village, each for its own committee only
    ExitPlans.Version draft = plans.version(ExitPlans.COUNTY, COUNTY, version).orElseThrow();
    assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(draft.draftedBy()).isEqualTo(COUNTY_GROUP);
    assertThat(tasksSeenBy(SHANKOU_COMMITTEE, plan)).containsExactly("村提出本村贫困户退出计划");
    assertThat(tasksSeenBy(TIANPING_COMMITTEE, plan)).containsExactly("村提出本村贫困户退出计划");
    assertThat(tasksSeenBy(COUNTY_GROUP, plan)).isEmpty();

    // when: 山口村 lists two of its three poor households, 天平村 both of its own
    proposeInTasklist(plan, PlanTestCounty.SHANKOU, SHANKOU_COMMITTEE, "双钟镇 山口村", List.of(1, 2), List.of(3));
    assertThat(plans.subjects(draft.id(), "HOUSEHOLD", WALK_YEAR))
        .containsExactly(PlanTestCounty.shankouHousehold(1), PlanTestCounty.shankouHousehold(2));
    assertThat(tasksSeenBy(COUNTY_GROUP, plan)).as("the county waits for every village").isEmpty();
    proposeInTasklist(plan, PlanTestCounty.TIANPING, TIANPING_COMMITTEE, "双钟镇 天平村", List.of(1, 2), List.of());

    // then: 编制退出规划及年度计划 for the county leading group, with what the villages listed
    Task drafting = waitForTask(plan, "Activity_DraftPlan");
    assertThat(groupsOf(drafting)).containsExactly(COUNTY_GROUP);
    ChineseBrowser county = openAndClaim(COUNTY_GROUP, drafting, "countyPlanDraftForm");
    county.waitForText(FORM, "编制退出规划及年度计划");
    assertThat(county.value("Field_CountyName")).isEqualTo("湖口县");
    assertThat(county.value("Field_PlanYear")).isEqualTo(String.valueOf(WALK_YEAR));
    assertThat(county.value("Field_PlanVersion")).isEqualTo(String.valueOf(version));
    assertThat(county.value("Field_PlanSummary")).startsWith("第" + version + "版 · 2019年度计划退出贫困户");
    // 001: no number to fill in per village, only the villages' own lists
    assertThat(county.driver().findElements(By.cssSelector(".fjs-container .fjs-form-field-number"))).hasSize(1);
    county.type("Field_PlanSituation", "全县建档立卡贫困户5户10人，贫困村2个（双钟镇山口村、天平村），主要致贫原因为缺技术、缺资金");
    county.tick("Field_PlannedVillages", "双钟镇 山口村（360429100201）");
    county.type("Field_CountyExitYear", "2020");
    county.type("Field_PlanMeasures", "发展茶叶、油茶产业；组织外出务工和公益性岗位就业；实施农村危房改造和安全饮水巩固提升");
    shot(county, "3-county-plan-draft");
    county.complete();
    waitUntilDone(drafting);

    // then: the version went to the city, whose leading group alone has the review
    Task review = waitForTask(plan, "Activity_CityReview");
    assertThat(groupsOf(review)).containsExactly(CITY_GROUP);
    assertThat(tasksSeenBy(CITY_GROUP, plan)).containsExactly("设区市扶贫开发领导小组审核");
    assertThat(tasksSeenBy(COUNTY_GROUP, plan)).isEmpty();
    ExitPlans.Version sent = plans.byId(draft.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo(PlanStatus.CITY_REVIEW);
    assertThat(sent.countyExitYear()).isEqualTo(2020);
    assertThat(sent.measures()).startsWith("发展茶叶、油茶产业");
    assertThat(plans.subjects(draft.id(), "VILLAGE", WALK_YEAR)).containsExactly(PlanTestCounty.SHANKOU);

    // when: the city leading group finds it under 本组待办 and passes it
    ChineseBrowser cityList = tasklistOf(CITY_GROUP);
    cityList.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/");
    cityList.openFilter("本组待办");
    waitForListedTask(cityList, "设区市扶贫开发领导小组审核", "湖口县");
    backToMyTasks(cityList);
    ChineseBrowser city = openAndClaim(CITY_GROUP, review, "cityPlanReviewForm");
    city.waitForText(FORM, "设区市扶贫开发领导小组审核");
    assertThat(city.value("Field_CountyName")).isEqualTo("湖口县");
    assertThat(city.value("Field_CountyExitYear")).isEqualTo("2020");
    assertThat(city.value("Field_PlanSituation")).startsWith("全县建档立卡贫困户5户10人");
    assertThat(city.value("Field_PlanSummary"))
        .startsWith("第" + version + "版 · 2019年度计划退出贫困户 4 户（由各村逐户提出：山口村、天平村）");
    city.pick("Field_CityPlanPassed", "通过，待设区市规划一并报省");
    city.type("Field_CityPlanOpinion", "湖口县退出规划及2019年度计划符合全市脱贫攻坚总体安排，审核通过，纳入全市规划一并报省");
    shot(city, "4-city-plan-review");
    city.complete();
    waitUntilDone(review);

    // then: passed, the county's case waits for the province
    waitUntil("the county plan waits for the province",
        () -> runtimeService.getActiveActivityIds(plan).contains("Activity_AwaitProvinceApproval"));
    assertThat(plans.byId(draft.id()).orElseThrow().status()).isEqualTo(PlanStatus.CITY_PASSED);
    assertThat(plans.approved(ExitPlans.COUNTY, COUNTY).map(ExitPlans.Version::id))
        .as("not approved before the province").isEqualTo(approvedBefore.map(ExitPlans.Version::id));

    // when: 发起流程 → 设区市退出规划审批, by the city leading group, on that basis
    ChineseBrowser cityStart = openStartForm(CITY_GROUP, PlanVariables.CITY_PLAN_KEY, "设区市退出规划审批", "cityPlanStartForm");
    cityStart.waitForText(START_FORM, "编制设区市退出规划");
    cityStart.type("Field_CityCode", CITY);
    cityStart.type("Field_PlanYear", String.valueOf(WALK_YEAR));
    shot(cityStart, "5-city-plan-start");
    cityStart.start();
    String cityPlan = startedCase(PlanVariables.CITY_PLAN_KEY, CITY + "-plan-" + cityVersion);

    // 编制设区市退出规划
    Task cityDrafting = waitForTask(cityPlan, "Activity_DraftCityPlan");
    assertThat(groupsOf(cityDrafting)).containsExactly(CITY_GROUP);
    ChineseBrowser cityDraft = openAndClaim(CITY_GROUP, cityDrafting, "cityPlanDraftForm");
    cityDraft.waitForText(FORM, "汇总的县级规划");
    assertThat(cityDraft.value("Field_CityName")).isEqualTo("九江市");
    assertThat(cityDraft.value("Field_CountyPlansSummary"))
        .startsWith("湖口县：第" + version + "版 · 2019年度计划退出贫困户 4 户").contains("计划2020年摘帽");
    cityDraft.type("Field_CityPlanSituation", "全市纳入本次规划的湖口县有建档立卡贫困户5户、贫困村2个，计划2019年退出贫困户4户、出列山口村，2020年湖口县摘帽");
    cityDraft.type("Field_CityPlanMeasures", "统筹整合涉农资金支持产业扶贫；市直单位定点帮扶贫困村；开展就业扶贫专项行动");
    shot(cityDraft, "6-city-plan-draft");
    cityDraft.complete();
    waitUntilDone(cityDrafting);

    // then: the province leading group has the city's plan, carrying the county's version
    Task approval = waitForTask(cityPlan, "Activity_ProvinceApproval");
    assertThat(groupsOf(approval)).containsExactly(PROVINCE_GROUP);
    assertThat(tasksSeenBy(PROVINCE_GROUP, cityPlan)).containsExactly("省扶贫开发领导小组审批");
    assertThat(plans.byId(draft.id()).orElseThrow().status()).isEqualTo(PlanStatus.PROVINCE_REVIEW);

    // when: the province leading group finds 省扶贫开发领导小组审批 under 本组待办 and approves
    ChineseBrowser provinceList = tasklistOf(PROVINCE_GROUP);
    provinceList.openFilter("本组待办");
    waitForListedTask(provinceList, "省扶贫开发领导小组审批", "九江市");
    backToMyTasks(provinceList);
    ChineseBrowser province = openAndClaim(PROVINCE_GROUP, approval, "provincePlanApprovalForm");
    province.waitForText(FORM, "省扶贫开发领导小组审批市、县退出规划");
    assertThat(province.value("Field_CityName")).isEqualTo("九江市");
    assertThat(province.value("Field_CountyPlansSummary")).contains("湖口县", "计划2020年摘帽");
    assertThat(province.value("Field_CityPlanMeasures")).startsWith("统筹整合涉农资金");
    province.pick("Field_ProvincePlanApproved", "批准");
    province.type("Field_ProvincePlanOpinion", "同意九江市及湖口县退出规划及2019年度计划，请按计划组织实施");
    shot(province, "7-province-plan-approval");
    province.complete();
    waitUntilDone(approval);

    // then: both cases end, and the version the villages listed is 湖口县's approved plan
    waitUntil("county plan ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(plan).count() == 0);
    waitUntil("city plan ended", () -> runtimeService.createProcessInstanceQuery().processInstanceId(cityPlan).count() == 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(plan)
        .activityId("Event_PlanApproved").count()).isEqualTo(1);
    ExitPlans.Version approved = plans.approved(ExitPlans.COUNTY, COUNTY).orElseThrow();
    assertThat(approved.id()).isEqualTo(draft.id());
    assertThat(approved.countyExitYear()).isEqualTo(2020);
    assertThat(plans.subjects(approved.id(), "HOUSEHOLD", WALK_YEAR)).containsExactly(PlanTestCounty.shankouHousehold(1),
        PlanTestCounty.shankouHousehold(2), PlanTestCounty.tianpingHousehold(1), PlanTestCounty.tianpingHousehold(2));
    assertThat(plans.subjects(approved.id(), "VILLAGE", WALK_YEAR)).containsExactly(PlanTestCounty.SHANKOU);
    assertThat(plans.approved(ExitPlans.CITY, CITY).orElseThrow().version()).isEqualTo(cityVersion);
    approvedBefore.ifPresent(before ->
        assertThat(plans.byId(before.id()).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED));
    // the plan is a plan: nobody's register status changed with it
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, PlanTestCounty.shankouHousehold(1))).contains(HouseholdStatus.POOR);
  }

  @Test
  @Order(2)
  @DisplayName("000 七：退出规划以县扶贫开发领导小组的名义编制——县扶贫办发起被拒绝（403），不生成任何版本")
  void shouldRefuseThePovertyOfficeStartingTheCountysPlan() {
    // given
    List<ExitPlans.Version> versionsBefore = plans.versions(ExitPlans.COUNTY, COUNTY);
    long casesBefore = countyPlanCasesEver();

    // when
    RestApi.Response response = restAs(COUNTY_OFFICE).post("/process-definition/key/countyExitPlan/start",
        Map.of("variables", Map.of(PlanVariables.COUNTY_CODE, string(COUNTY), PlanVariables.PLAN_YEAR, integer(REFUSAL_YEAR))));

    // then
    assertRefused(response, 403);
    assertThat(plans.versions(ExitPlans.COUNTY, COUNTY)).isEqualTo(versionsBefore);
    assertThat(countyPlanCasesEver()).isEqualTo(casesBefore);
  }

  @Test
  @Order(3)
  @DisplayName("000 五(1)、七：村两委只列本村贫困户；设区市审核只收表单中的项，退回须写明原因——均被拒绝且规划、案件、户的记录不变")
  void shouldRefuseAnotherVillagesHouseholdAnExtraVariableAndAReturnWithoutReason() {
    // given: a revision for 2020, at the villages' tasks
    String plan = startCountyPlanByRest(REFUSAL_YEAR);
    long planId = ((Number) runtimeService.getVariable(plan, PlanVariables.PLAN_ID)).longValue();
    Task shankou = villageTask(plan, PlanTestCounty.SHANKOU);
    String foreign = PlanTestCounty.tianpingHousehold(1);
    List<ExitPlans.Version> versionsBefore = plans.versions(ExitPlans.COUNTY, COUNTY);
    List<String> subjectsBefore = plans.subjects(planId, "HOUSEHOLD", REFUSAL_YEAR);
    Object tickedBefore = runtimeService.getVariableLocal(shankou.getExecutionId(), PlanVariables.PLANNED_HOUSEHOLDS);
    var statusBefore = register.currentStatus(SubjectType.HOUSEHOLD, foreign);
    List<StatusChange> trailBefore = register.history(SubjectType.HOUSEHOLD, foreign);

    // when: 山口村's committee lists a household of 天平村
    RestApi.Response foreignHousehold = restAs(SHANKOU_COMMITTEE).post("/task/" + shankou.getId() + "/complete",
        Map.of("variables", Map.of(PlanVariables.PLANNED_HOUSEHOLDS, json("[\"" + foreign + "\"]"))));

    // then
    String message = assertRefused(foreignHousehold, 400);
    assertThat(message).contains(foreign);
    assertThat(taskService.createTaskQuery().taskId(shankou.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariableLocal(shankou.getExecutionId(), PlanVariables.PLANNED_HOUSEHOLDS).toString())
        .isEqualTo(tickedBefore.toString());
    assertThat(plans.subjects(planId, "HOUSEHOLD", REFUSAL_YEAR)).isEqualTo(subjectsBefore).doesNotContain(foreign);
    assertThat(plans.versions(ExitPlans.COUNTY, COUNTY)).isEqualTo(versionsBefore);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, foreign)).isEqualTo(statusBefore);
    assertThat(register.history(SubjectType.HOUSEHOLD, foreign)).isEqualTo(trailBefore);

    // given: the villages list nothing new for 2020 and the county sends the revision to the city
    proposeByRest(plan, SHANKOU_COMMITTEE);
    proposeByRest(plan, TIANPING_COMMITTEE);
    completeByRest(COUNTY_GROUP, plan, Map.of(PlanVariables.SITUATION, string("全县剩余贫困户1户，贫困村天平村1个"),
        PlanVariables.MEASURES, string("继续落实产业和就业帮扶措施"), PlanVariables.PLANNED_VILLAGES, json("[]"),
        PlanVariables.COUNTY_EXIT_YEAR, integer(2020)));
    Task review = waitForTask(plan, "Activity_CityReview");
    List<ExitPlans.Version> atReview = plans.versions(ExitPlans.COUNTY, COUNTY);
    assertThat(plans.byId(planId).orElseThrow().status()).isEqualTo(PlanStatus.CITY_REVIEW);

    // when: the city passes it with a variable the form does not have, changing the county of the case
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put(PlanVariables.CITY_PASSED, bool(true));
    extra.put(PlanVariables.CITY_OPINION, string("同意"));
    extra.put(PlanVariables.COUNTY_CODE, string("360424"));
    RestApi.Response extraVariable = restAs(CITY_GROUP).post("/task/" + review.getId() + "/complete", Map.of("variables", extra));

    // then
    assertThat(assertRefused(extraVariable, 400)).contains("表单中没有", "countyCode");
    assertStillAtCityReview(plan, review, planId, atReview);
    assertThat(runtimeService.getVariable(plan, PlanVariables.COUNTY_CODE)).isEqualTo(COUNTY);

    // when: the city returns it without a reason
    RestApi.Response noReason = restAs(CITY_GROUP).post("/task/" + review.getId() + "/complete", Map.of("variables",
        Map.of(PlanVariables.CITY_PASSED, bool(false), PlanVariables.CITY_OPINION, string("不同意，退回修改"))));

    // then
    assertThat(assertRefused(noReason, 400)).contains("退回原因");
    assertStillAtCityReview(plan, review, planId, atReview);
    assertThat(runtimeService.getVariable(plan, PlanVariables.RETURN_REASON)).isNull();

    // and the revision goes through, so that the county has no open version left
    completeByRest(CITY_GROUP, plan, Map.of(PlanVariables.CITY_PASSED, bool(true), PlanVariables.CITY_OPINION, string("审核通过")));
    approveCityPlanByRest(REFUSAL_YEAR);
    waitUntil("revision approved", () -> runtimeService.createProcessInstanceQuery().processInstanceId(plan).count() == 0);
    assertThat(plans.approved(ExitPlans.COUNTY, COUNTY).orElseThrow().id()).isEqualTo(planId);
  }

  @Test
  @Order(4)
  @DisplayName("000 五(1)：根据退出规划及年度计划选定预退出对象——规划外的户由县扶贫办发起贫困户退出被拒绝，户仍为未脱贫、无案件")
  void shouldRefuseAHouseholdExitOutsideTheApprovedPlan() {
    // given: an approved plan (the walk's, or one made here if the walk did not get that far) without 山口村's third household
    if (plans.approved(ExitPlans.COUNTY, COUNTY).isEmpty()) {
      String plan = startCountyPlanByRest(REFUSAL_YEAR);
      proposeByRest(plan, SHANKOU_COMMITTEE);
      proposeByRest(plan, TIANPING_COMMITTEE);
      completeByRest(COUNTY_GROUP, plan, Map.of(PlanVariables.SITUATION, string("全县建档立卡贫困户5户"),
          PlanVariables.MEASURES, string("产业扶贫、就业扶贫"), PlanVariables.PLANNED_VILLAGES, json("[]")));
      completeByRest(CITY_GROUP, plan, Map.of(PlanVariables.CITY_PASSED, bool(true), PlanVariables.CITY_OPINION, string("审核通过")));
      approveCityPlanByRest(REFUSAL_YEAR);
    }
    String outside = PlanTestCounty.shankouHousehold(3);
    assertThat(plans.lists(COUNTY, "HOUSEHOLD", outside, REFUSAL_YEAR)).isFalse();
    var statusBefore = register.currentStatus(SubjectType.HOUSEHOLD, outside);
    List<StatusChange> trailBefore = register.history(SubjectType.HOUSEHOLD, outside);
    long casesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdExit").count();

    // when
    RestApi.Response response = restAs(COUNTY_OFFICE).post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(outside), "exitYear", integer(REFUSAL_YEAR))));

    // then
    assertThat(assertRefused(response, 400)).isEqualTo("户编号 " + outside + " 不在湖口县已批准的退出规划及2020年度计划中；"
        + "如确需列入，请县扶贫开发领导小组修订退出规划及年度计划，经设区市审核、省扶贫开发领导小组批准后再发起");
    assertThat(statusBefore).contains(HouseholdStatus.POOR);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, outside)).contains(HouseholdStatus.POOR);
    assertThat(register.history(SubjectType.HOUSEHOLD, outside)).isEqualTo(trailBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdExit").count())
        .isEqualTo(casesBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdExit")
        .processInstanceBusinessKey(outside + "-" + REFUSAL_YEAR).count()).isZero();
  }

  /** The committee opens its village's task, finds its own poor households (and no other village's), ticks some. */
  private void proposeInTasklist(String plan, String village, String committee, String villageName, List<Integer> ticked,
      List<Integer> left) {
    Task task = villageTask(plan, village);
    assertThat(groupsOf(task)).containsExactly(committee);
    ChineseBrowser tasklist = openAndClaim(committee, task, "villagePlanProposalForm");
    tasklist.waitForText(FORM, "村提出本村贫困户退出计划");
    assertThat(tasklist.value("Field_ProposingVillageName")).isEqualTo(villageName);
    assertThat(tasklist.value("Field_PlanYear")).isEqualTo(String.valueOf(WALK_YEAR));
    String other = village.equals(PlanTestCounty.SHANKOU) ? PlanTestCounty.TIANPING : PlanTestCounty.SHANKOU;
    assertThat(tasklist.formText()).doesNotContain(other);
    for (int number : left) {
      assertThat(tasklist.formText()).contains(label(village, number));
    }
    for (int number : ticked) {
      tasklist.tick("Field_PlannedHouseholds", label(village, number));
    }
    shot(tasklist, "2-village-plan-proposal-" + village);
    tasklist.complete();
    waitUntilDone(task);
  }

  /**
   * Back to 我的待办, so that the task claimed next stays open. Tasklist's header, wrapped over three lines by the
   * application's links, covers the top of the filter list at this window width: the filter is selected by script.
   */
  private static void backToMyTasks(ChineseBrowser tasklist) {
    var mine = tasklist.waitFor(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'我的待办')]"));
    tasklist.driver().executeScript("arguments[0].click();", mine);
    pause(500);
  }

  /** As the form lists a household: head, 户编号, members. */
  private static String label(String village, int number) {
    String id = village + String.format("%04d", number);
    return "户主" + String.format("%04d", number) + "（" + id + "，2人）";
  }

  private Task villageTask(String plan, String village) {
    Task[] found = new Task[1];
    waitUntil("task of " + village, () -> {
      found[0] = taskService.createTaskQuery().processInstanceId(plan).taskDefinitionKey("Activity_ProposeVillageHouseholds")
          .taskCandidateGroup("village-" + village + "-committee").singleResult();
      return found[0] != null;
    });
    return found[0];
  }

  private List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }

  /** The names of the case's tasks the official sees over REST (as their Tasklist lists them). */
  private List<String> tasksSeenBy(String official, String processInstanceId) {
    JsonNode tasks = restAs(official).get("/task?processInstanceId=" + processInstanceId).json();
    List<String> names = new ArrayList<>();
    tasks.forEach(task -> names.add(task.get("name").asText()));
    return names;
  }

  private String startCountyPlanByRest(int year) {
    RestApi.Response started = restAs(COUNTY_GROUP).post("/process-definition/key/countyExitPlan/start",
        Map.of("variables", Map.of(PlanVariables.COUNTY_CODE, string(COUNTY), PlanVariables.PLAN_YEAR, integer(year))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** The committee completes its task as shown: the households already planned stay ticked. */
  private void proposeByRest(String plan, String committee) {
    String village = committee.substring("village-".length(), "village-".length() + 12);
    Task task = villageTask(plan, village);
    Object ticked = runtimeService.getVariableLocal(task.getExecutionId(), PlanVariables.PLANNED_HOUSEHOLDS);
    completeByRest(committee, plan, Map.of(PlanVariables.PLANNED_HOUSEHOLDS, json(ticked == null ? "[]" : ticked.toString())));
    waitUntilDone(task);
  }

  private void approveCityPlanByRest(int year) {
    RestApi.Response started = restAs(CITY_GROUP).post("/process-definition/key/cityExitPlan/start",
        Map.of("variables", Map.of(PlanVariables.CITY_CODE, string(CITY), PlanVariables.PLAN_YEAR, integer(year))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String cityPlan = started.json().get("id").asText();
    completeByRest(CITY_GROUP, cityPlan, Map.of(PlanVariables.CITY_SITUATION, string("全市贫困现状"),
        PlanVariables.CITY_MEASURES, string("全市主要扶持措施")));
    waitForTask(cityPlan, "Activity_ProvinceApproval");
    completeByRest(PROVINCE_GROUP, cityPlan, Map.of(PlanVariables.PROVINCE_APPROVED, bool(true),
        PlanVariables.PROVINCE_OPINION, string("同意")));
    waitUntil("city plan approved", () -> runtimeService.createProcessInstanceQuery().processInstanceId(cityPlan).count() == 0);
  }

  private void assertStillAtCityReview(String plan, Task review, long planId, List<ExitPlans.Version> versions) {
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getActiveActivityIds(plan)).containsExactly("Activity_CityReview");
    assertThat(plans.byId(planId).orElseThrow().status()).isEqualTo(PlanStatus.CITY_REVIEW);
    assertThat(plans.versions(ExitPlans.COUNTY, COUNTY)).isEqualTo(versions);
    assertThat(runtimeService.getVariable(plan, PlanVariables.CITY_PASSED)).isNull();
  }

  private long countyPlanCasesEver() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PlanVariables.COUNTY_PLAN_KEY).count();
  }

  private static String assertRefused(RestApi.Response response, int status) {
    assertThat(response.status()).as("status, body: " + response.body()).isEqualTo(status);
    String message = response.json().path("message").asText("");
    assertThat(message).as("message of " + response.body()).containsPattern("\\p{IsHan}")
        .doesNotContain("Exception", "ENGINE-");
    return message;
  }

  /** The form as the official sees it, in a window tall enough for the whole form: /tmp/plan-NAME.png. */
  private static void shot(ChineseBrowser browser, String name) {
    var window = browser.driver().manage().window();
    Dimension usual = window.getSize();
    try {
      window.setSize(new Dimension(1440, 2000));
      pause(500);
      Files.write(Path.of("/tmp/plan-" + name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      window.setSize(usual);
      pause(300);
    }
    browser.screenshot("plan-" + name);
  }
}
