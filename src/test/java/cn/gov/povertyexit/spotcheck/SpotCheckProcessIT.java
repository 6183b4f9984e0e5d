package cn.gov.povertyexit.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.povertyexit.household.HouseholdCaseSteps;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.sampling.StratifiedSample;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.SpotCheckRows;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per path of the county's spot check of a year's household exits (seed 000 八). */
class SpotCheckProcessIT extends ProcessEngineTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRevokeTheFailedSampleAndTheProportionOfUnsampledExitsTheCountyNames() {
    // given: 18 exits of 杨梅村 in 2018, checked at 60%: 11 sampled
    List<String> exits = exited("360424101202", 3, 20, 2018);
    ProcessInstance check = start("360424", 2018, Map.of("sampleRate", 0.6));
    List<Task> visits = visits(check);
    assertThat(visits).hasSize(11);
    // the recorded sample is the one the recorded seed draws
    List<String> recorded = ids((SpinJsonNode) runtimeService.getVariable(check.getId(), "spotCheckSample"));
    assertThat(recorded).containsExactlyInAnyOrderElementsOf(StratifiedSample.draw(Map.of("360424101202", exits),
        new BigDecimal("0.6"), (Long) runtimeService.getVariable(check.getId(), "spotCheckSeed")));

    // the register keeps the draw: the system's seed, the 18 exits drawn from, one row per sampled household
    SpotCheckRows rows = new SpotCheckRows(jdbc);
    SpotCheckRows.Check drawn = rows.checkOf(check.getId());
    assertThat(drawn).extracting(SpotCheckRows.Check::kind, SpotCheckRows.Check::name, SpotCheckRows.Check::level,
            SpotCheckRows.Check::placeCode, SpotCheckRows.Check::exitYear, SpotCheckRows.Check::population,
            SpotCheckRows.Check::sampleSize)
        .containsExactly("COUNTY_HOUSEHOLD", "县级抽查", "COUNTY", "360424", 2018, 18, 11);
    assertThat(drawn.seed()).isEqualTo(runtimeService.getVariable(check.getId(), "spotCheckSeed"));
    assertThat(drawn.passRate()).isNull();
    assertThat(rows.subjectsOf(drawn.id())).hasSize(11)
        .allSatisfy(subject -> assertThat(subject).extracting(SpotCheckRows.Subject::subjectType,
            SpotCheckRows.Subject::parentCode, SpotCheckRows.Subject::sampled, SpotCheckRows.Subject::passed)
            .containsExactly("HOUSEHOLD", "360424101202", true, null))
        .extracting(SpotCheckRows.Subject::subjectId).containsExactlyInAnyOrderElementsOf(recorded);

    // and a visit with an impossible finding is refused and records nothing
    String first = (String) taskService.getVariable(visits.get(0).getId(), "assessedHouseholdId");
    assertThatThrownBy(() -> taskService.complete(visits.get(0).getId(), HouseholdCaseSteps.findings("E")))
        .isInstanceOf(CaseRefusedException.class);
    assertThat(rows.subject(drawn.id(), first)).extracting(SpotCheckRows.Subject::passed,
        SpotCheckRows.Subject::findings, SpotCheckRows.Subject::checkedBy).containsExactly(null, null, null);

    // when: one sampled household is found in a C house by the county's leading group, with a remark
    String failing = first;
    processEngine.getIdentityService().setAuthentication("checker-360424", List.of("county-360424-leadinggroup"), List.of("county-360424"));
    Map<String, Object> found = new HashMap<>(HouseholdCaseSteps.findings("C"));
    found.put("assessmentRemarks", "房屋西墙开裂");
    taskService.complete(visits.get(0).getId(), found);
    processEngine.getIdentityService().clearAuthentication();
    SpotCheckRows.Subject visited = rows.subject(drawn.id(), failing);
    assertThat(visited.passed()).isFalse();
    assertThat(visited.findings()).startsWith("县级抽查未达标：住房安全有保障");
    assertThat(visited).extracting(SpotCheckRows.Subject::remarks, SpotCheckRows.Subject::checkedBy,
        SpotCheckRows.Subject::checkedAtSet).containsExactly("房屋西墙开裂", "checker-360424", true);
    checkAll(visits.subList(1, visits.size()), 0);

    // then: 10 of 11 pass (90.91%): the failed exit is revoked, and 1 of the 7 unsampled must be named
    assertThat(check).isWaitingAt("Activity_NameUnsampled").task().hasCandidateGroup("county-360424-leadinggroup");
    assertThat(runtimeService.getVariable(check.getId(), "passRatePercent")).isEqualTo("90.91%");
    assertThat(runtimeService.getVariable(check.getId(), "unsampledToRevoke")).isEqualTo(1);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, failing)).contains(HouseholdStatus.REVOKED);
    List<String> unsampled = ids((SpinJsonNode) runtimeService.getVariable(check.getId(), "unsampledList"));
    assertThat(unsampled).hasSize(7).isSubsetOf(exits).doesNotContain(failing);
    // the rate and outcome are the register's, not only the case's; no finding is kept in a variable of its own
    SpotCheckRows.Check computed = rows.checkOf(check.getId());
    assertThat(computed.passRate()).isEqualByComparingTo("90.91");
    assertThat(computed).extracting(SpotCheckRows.Check::checkedCount, SpotCheckRows.Check::passedCount)
        .containsExactly(11, 10);
    assertThat(computed.outcome()).isEqualTo("认定通过：合格率90.91%，高于90%，按合格率认定退出数量，抽查不合格的1户回退，"
        + "未抽查的退出户按不合格比例回退1户");
    assertThat(rows.subject(drawn.id(), failing).consequence()).isEqualTo("回退");
    assertThat(rows.subjectsOf(drawn.id())).filteredOn(subject -> !subject.subjectId().equals(failing))
        .extracting(SpotCheckRows.Subject::consequence).containsOnly("无");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(check.getId())
        .variableNameLike("assessmentResult%").count()).isZero();

    // and a list of the wrong size, or naming a sampled household, is refused
    Task naming = taskService.createTaskQuery().processInstanceId(check.getId()).singleResult();
    assertThatThrownBy(() -> taskService.complete(naming.getId(), Map.of("namedRevocations", named(unsampled.get(0), unsampled.get(1)))))
        .isInstanceOf(CaseRefusedException.class).hasMessage("应按抽查不合格比例回退1户未抽查的退出户，名单中为2户");
    assertThatThrownBy(() -> taskService.complete(naming.getId(), Map.of("namedRevocations", named(failing))))
        .hasMessage("户编号 " + failing + " 不是本县本年度未被抽查的退出户");
    taskService.complete(naming.getId(), Map.of("namedRevocations", named(unsampled.get(3))));

    assertThat(check).isEnded().hasPassed("Event_RecognisedInProportion");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, unsampled.get(3))).contains(HouseholdStatus.REVOKED);
    // the named household joins the check's record, unsampled, with why it goes back
    assertThat(rows.subject(drawn.id(), unsampled.get(3))).extracting(SpotCheckRows.Subject::sampled,
            SpotCheckRows.Subject::passed, SpotCheckRows.Subject::findings, SpotCheckRows.Subject::consequence)
        .containsExactly(false, null, "未被抽查，2018年度按县级抽查不合格比例确定（抽查合格率90.91%）", "回退");
    assertThat(rows.subjectsOf(drawn.id())).hasSize(12);
    StatusChange revocation = last(unsampled.get(3));
    assertThat(revocation.reason()).isEqualTo("2018年度按县级抽查不合格比例确定（抽查合格率90.91%）（回退，继续扶持）");
    assertThat(revocation.processInstanceId()).isEqualTo(check.getId());
    assertThat(last(failing).reason()).startsWith("2018年度县级抽查不合格：县级抽查未达标：住房安全有保障");
    // 000 八: the exits recognised, 18 × 90.91%, go to the county's 实绩考核 ledger with the check that gave them
    assertThat(jdbc.sql("""
            select mark from performance_mark where county_code = '360424' and mark_year = 2018 and kind = 'RECOGNITION'
            and process_instance_id = ?""").param(check.getId()).query(String.class).single())
        .isEqualTo("县级抽查合格率90.91%，高于90%：按合格率认定退出贫困户18户×90.91%＝16.36户（000号文件 八）");
    assertThat(jdbc.sql("select recognised_exits from performance_mark where process_instance_id = ?").param(check.getId())
        .query(BigDecimal.class).single()).isEqualByComparingTo("16.36");
  }

  @Test
  void shouldRecogniseAllExitsWhenEverySampledHouseholdPasses() {
    exited("360428101202", 1, 20, 2016);
    ProcessInstance check = start("360428", 2016, Map.of());

    List<Task> visits = visits(check);
    assertThat(visits).hasSize(2);
    checkAll(visits, 0);

    assertThat(check).isEnded().hasPassed("Event_RecognisedInProportion").hasNotPassed("Activity_NameUnsampled");
    assertThat(historic(check, "passRatePercent")).isEqualTo("100.00%");
  }

  @Test
  void shouldReVerifyEveryExitAndMarkThePerformanceAssessmentAtOrBelowNinetyPercent() {
    // given: 12 exits of 湖滨村 in 2017; 2 sampled, 1 fails: 50%
    List<String> exits = exited("360428100201", IntStream.rangeClosed(1, 12).map(i -> i * 2).boxed().toList(), 2017);
    ProcessInstance check = start("360428", 2017, Map.of());

    // when
    checkAll(visits(check), 1);

    // then (000 八): the failed sample is revoked at once, as above 90%; one re-verification case per other exit;
    // the mark names the check
    assertThat(check).isEnded().hasPassedInOrder("Activity_RevokeFailed", "Activity_StartReVerifications")
        .hasPassed("Event_AllReVerified");
    List<ProcessInstance> reVerifications = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("householdReVerification").processInstanceBusinessKeyLike("%-2017-reverification").list();
    assertThat(reVerifications).hasSize(11);
    SpotCheckRows.Check recorded = new SpotCheckRows(jdbc).checkOf(check.getId());
    assertThat(recorded.passRate()).isEqualByComparingTo("50.00");
    assertThat(recorded.outcome()).isEqualTo("重新核实：合格率50.00%，未高于90%，抽查不合格的1户回退，其余当年退出户全部重新核查");
    assertThat(new SpotCheckRows(jdbc).subjectsOf(recorded.id())).extracting(SpotCheckRows.Subject::consequence)
        .containsExactlyInAnyOrder("回退", "重新核查");
    List<String> revokedAtOnce = exits.stream()
        .filter(id -> register.currentStatus(SubjectType.HOUSEHOLD, id).equals(java.util.Optional.of(HouseholdStatus.REVOKED)))
        .toList();
    assertThat(revokedAtOnce).hasSize(1);
    assertThat(reVerifications).noneMatch(case_ -> case_.getBusinessKey().startsWith(revokedAtOnce.get(0)));
    assertThat(last(revokedAtOnce.get(0)).reason()).startsWith("2017年度县级抽查不合格：");
    assertThat(jdbc.sql("select mark from performance_mark where county_code = '360428' and mark_year = 2017 and kind = 'DEDUCTION'")
        .query(String.class).single()).isEqualTo("县级抽查合格率50.00%，未高于90%：抽查不合格户已回退，其余当年退出户全部重新核查，实绩考核扣分（000号文件 八）");

    // and the township re-verifies: one exit stands, one is revoked
    List<String> others = exits.stream().filter(id -> !revokedAtOnce.contains(id)).toList();
    String standing = others.get(4);
    String revoked = others.get(5);
    reVerify(standing, "A");
    reVerify(revoked, "D");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, standing)).contains(HouseholdStatus.EXITED);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, revoked)).contains(HouseholdStatus.REVOKED);
    assertThat(last(revoked).reason()).startsWith("2017年度退出经重新核查未达标：住房安全有保障");
  }

  @Test
  void shouldLetTheProvincesAssessorsCheckEveryCountyWithExitsTheSameWay() {
    // given: 2019 exits in 南山村 (修水县) and 西源村 (都昌县)
    exited("360424100202", 2, 13, 2019);
    exited("360428100202", 2, 13, 2019);

    // when
    ProcessInstance assessment = runtimeService.startProcessInstanceByKey("provinceExitAssessment",
        Map.of("provinceCode", "360000", "exitYear", 2019));
    List<ProcessInstance> countyChecks = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(assessment.getId()).list();

    // then: one check per county, visited by the assessors, 10% of each village rounded up
    // the assessment is the province's: the assessed counties do not watch the assessors' sample
    assertThat(countyChecks).extracting(ProcessInstance::getTenantId).containsOnly("province-360000").hasSize(2);
    assertThat(countyChecks).extracting(check -> runtimeService.getVariable(check.getId(), "countyCode"))
        .containsExactlyInAnyOrder("360424", "360428");
    for (ProcessInstance check : countyChecks) {
      List<Task> visits = visits(check);
      assertThat(visits).hasSize(2);
      assertThat(taskService.getIdentityLinksForTask(visits.get(0).getId()))
          .anyMatch(link -> "province-360000-assessor".equals(link.getGroupId()));
      Object county = runtimeService.getVariable(check.getId(), "countyCode");
      checkAll(visits, 0);
      // the province's assessment of the county, recorded under the county with the assessment that called it
      SpotCheckRows.Check recorded = new SpotCheckRows(jdbc).checkOf(check.getId());
      assertThat(recorded).extracting(SpotCheckRows.Check::kind, SpotCheckRows.Check::name, SpotCheckRows.Check::level,
              SpotCheckRows.Check::placeCode, SpotCheckRows.Check::parentCaseInstanceId, SpotCheckRows.Check::sampleSize)
          .containsExactly("PROVINCE_HOUSEHOLD", "省级第三方评估", "PROVINCE", county, assessment.getId(), 2);
      assertThat(recorded.passRate()).isEqualByComparingTo("100.00");
    }
    assertThat(assessment).isEnded().hasPassed("Activity_AssessCounties", "Event_AssessmentDone");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("provinceExitAssessment",
        Map.of("provinceCode", "360000", "exitYear", 2014)))
        .isInstanceOf(CaseRefusedException.class).hasMessage("省 360000 2014年度没有已脱贫的退出户或已出列的贫困村可评估核查");
  }

  @Test
  @org.junit.jupiter.api.DisplayName("000 八：以设区市为单位 — the city checks its households over the whole city, not with the county's model")
  void shouldRefuseTheCityTheCountysModel() {
    // given: 2020 exits of 港头村 (都昌县) households 20–23
    exited("360428101201", 20, 23, 2020);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("countyHouseholdSpotCheck").count();
    processEngine.getIdentityService().setAuthentication("city-360400-leadinggroup", List.of("city-360400-leadinggroup"));

    // when / then: the city may not start a county's check (its own is cityHouseholdSpotCheck); nothing is started
    assertThatThrownBy(() -> start("360428", 2020, Map.of()))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    processEngine.getIdentityService().clearAuthentication();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("countyHouseholdSpotCheck").count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAYearWithoutExitsAndARateBelowTheMinimum() {
    assertThatThrownBy(() -> start("360424", 2015, Map.of())).isInstanceOf(CaseRefusedException.class)
        .hasMessage("修水县2015年度没有已脱贫的退出户可抽查");
    assertThatThrownBy(() -> start("360424", 2018, Map.of("sampleRate", 0.05))).hasMessage("抽查比例不得低于10%，也不得高于100%");
    // a refused start draws nothing: no check of 2015 is on the register
    assertThat(jdbc.sql("select count(*) from spot_check where place_code = '360424' and exit_year = 2015")
        .query(Integer.class).single()).isZero();
  }

  private ProcessInstance start(String county, int year, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("countyCode", county);
    variables.put("exitYear", year);
    return runtimeService.startProcessInstanceByKey("countyHouseholdSpotCheck", variables);
  }

  private List<Task> visits(ProcessInstance check) {
    return taskService.createTaskQuery().processInstanceId(check.getId()).taskDefinitionKey("Activity_HomeCheck").list();
  }

  /** Completes the visits; the first {@code failures} find a C house. Returns the first failing household. */
  private String checkAll(List<Task> visits, int failures) {
    String failing = null;
    for (int i = 0; i < visits.size(); i++) {
      String id = (String) taskService.getVariable(visits.get(i).getId(), "assessedHouseholdId");
      if (i < failures && failing == null) {
        failing = id;
      }
      taskService.complete(visits.get(i).getId(), HouseholdCaseSteps.findings(i < failures ? "C" : "A"));
    }
    return failing;
  }

  private void reVerify(String householdId, String housing) {
    ProcessInstance reVerification = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(householdId + "-2017-reverification").singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(reVerification.getId()).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(link -> "township-360428100-government".equals(link.getGroupId()));
    taskService.complete(task.getId(), HouseholdCaseSteps.findings(housing));
    assertThat(reVerification).isEnded();
  }

  private List<String> exited(String village, int from, int to, int year) {
    return exited(village, IntStream.rangeClosed(from, to).boxed().toList(), year);
  }

  /** Households whose exit was approved in the year, as the household procedure leaves them. */
  private List<String> exited(String village, List<Integer> numbers, int year) {
    List<String> ids = numbers.stream().map(n -> village + String.format("%04d", n)).toList();
    for (String id : ids) {
      // other tests of this database may already have taken the household off the register
      if (register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.POOR) {
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT, new ChangeContext("test", null, year + "年度预退出"));
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED, new ChangeContext("test", null, year + "年度脱贫退出"));
      }
      jdbc.sql("update household set exit_year = ? where id = ?").params(year, id).update();
    }
    return ids;
  }

  private static Object named(String... ids) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < ids.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"householdId\":\"").append(ids[i]).append("\"}");
    }
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  private static List<String> ids(SpinJsonNode list) {
    return list.elements().stream().map(node -> node.prop("householdId").stringValue()).toList();
  }

  private Object historic(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private StatusChange last(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1);
  }
}
