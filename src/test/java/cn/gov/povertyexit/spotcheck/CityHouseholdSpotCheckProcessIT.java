package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.SpotCheckTestCities.FUZHOU;
import static cn.gov.povertyexit.support.SpotCheckTestCities.JIAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.LEAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.SUICHUAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.WANAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.householdVillage;
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
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.SpotCheckRows;
import cn.gov.povertyexit.support.SpotCheckTestCities;
import cn.gov.povertyexit.support.TestHouseholds;
import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city's household check (seed 000 八: 设区市…对退出的贫困村、贫困户进行抽查; 以设区市、县为单位): one sample over every
 * county of 吉安市 with exits, one pass rate for the city, at the boundary of 90%. 抚州市's exits of the same years are
 * never touched.
 */
class CityHouseholdSpotCheckProcessIT extends ProcessEngineTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void places() {
    SpotCheckTestCities.ensure(jdbc);
    for (String county : List.of(SUICHUAN, WANAN, LEAN)) {
      TestHouseholds.ensure(jdbc, householdVillage(county), 1, 30);
    }
  }

  @Test
  @DisplayName("000 八：以设区市为单位，抽查合格率高于90%（11户抽查1户不合格，90.91%），不合格户回退，各县确定本县未抽查户回退名单，按合格率认定")
  void shouldComputeOnePassRateForTheCityAndLetEachCountyNameItsShare() {
    // given: 2017 exits of 遂川县 (10) and 万安县 (12), and three of 抚州市's 乐安县; the city checks half of each village
    List<String> suichuan = exited(SUICHUAN, 1, 10, 2017);
    List<String> wanan = exited(WANAN, 1, 12, 2017);
    List<String> otherCity = exited(LEAN, 1, 3, 2017);
    ProcessInstance check = start(2017, Map.of("sampleRate", 0.5));

    // then: one case for the whole city, its visits for the city's leading group: 5 + 6 households, none of 抚州市
    assertThat(check.getTenantId()).isEqualTo("city-" + JIAN);
    List<Task> visits = visits(check);
    assertThat(visits).hasSize(11);
    assertThat(taskService.getIdentityLinksForTask(visits.get(0).getId()))
        .anyMatch(link -> ("city-" + JIAN + "-leadinggroup").equals(link.getGroupId()));
    List<String> sampled = visits.stream().map(visit -> (String) taskService.getVariable(visit.getId(), "assessedHouseholdId")).toList();
    assertThat(sampled.stream().filter(suichuan::contains)).hasSize(5);
    assertThat(sampled.stream().filter(wanan::contains)).hasSize(6);

    // when: one sampled house of the city is found unsafe
    String failing = checkAll(visits, 1);

    // then: 10 of 11 (90.91%) for the city as a whole: recognised in proportion, the failed exit revoked at once
    assertThat(check).isEnded().hasPassed("Activity_RevokeFailed", "Activity_StartCountyNamings", "Event_RecognisedInProportion");
    assertThat(historic(check, "passRatePercent")).isEqualTo("90.91%");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, failing)).contains(HouseholdStatus.REVOKED);
    assertThat(last(failing).reason()).startsWith("2017年度市级抽查不合格：市级抽查未达标：住房安全有保障");
    assertThat(last(failing).processInstanceId()).isEqualTo(check.getId());
    // the register keeps the city's check: 11 of the city's 22 exits, one rate for the city, at its boundary
    SpotCheckRows rows = new SpotCheckRows(jdbc);
    SpotCheckRows.Check recorded = rows.checkOf(check.getId());
    assertThat(recorded).extracting(SpotCheckRows.Check::kind, SpotCheckRows.Check::level, SpotCheckRows.Check::placeCode,
            SpotCheckRows.Check::population, SpotCheckRows.Check::sampleSize, SpotCheckRows.Check::passedCount)
        .containsExactly("CITY_HOUSEHOLD", "CITY", JIAN, 22, 11, 10);
    assertThat(recorded.passRate()).isEqualByComparingTo("90.91");
    assertThat(recorded.outcome()).startsWith("认定通过：合格率90.91%，高于90%");
    assertThat(rows.subjectsOf(recorded.id())).extracting(SpotCheckRows.Subject::subjectId)
        .containsExactlyInAnyOrderElementsOf(sampled);
    assertThat(rows.subject(recorded.id(), failing)).extracting(SpotCheckRows.Subject::passed,
        SpotCheckRows.Subject::consequence).containsExactly(false, "回退");

    // and each county names its share, ⌈1 × its unsampled ÷ 11⌉ = 1, in a case of its own for its leading group
    // (000 八 "由县确定具体不合格…贫困户名单")
    ProcessInstance suichuanNaming = naming(check, SUICHUAN);
    ProcessInstance wananNaming = naming(check, WANAN);
    assertThat(suichuanNaming.getTenantId()).isEqualTo("county-" + SUICHUAN);
    assertThat(suichuanNaming).isWaitingAt("Activity_NameUnsampled").task().hasCandidateGroup("county-" + SUICHUAN + "-leadinggroup");
    assertThat(wananNaming).isWaitingAt("Activity_NameUnsampled").task().hasCandidateGroup("county-" + WANAN + "-leadinggroup");
    assertThat(runtimeService.getVariable(suichuanNaming.getId(), "unsampledToRevoke")).isEqualTo(1);
    assertThat(runtimeService.getVariable(wananNaming.getId(), "unsampledToRevoke")).isEqualTo(1);
    assertThat(runtimeService.getVariable(suichuanNaming.getId(), "countyName")).isEqualTo("遂川县");
    List<String> suichuanUnsampled = ids((SpinJsonNode) runtimeService.getVariable(suichuanNaming.getId(), "unsampledList"));
    List<String> wananUnsampled = ids((SpinJsonNode) runtimeService.getVariable(wananNaming.getId(), "unsampledList"));
    assertThat(suichuanUnsampled).hasSize(5).isSubsetOf(suichuan).doesNotContainAnyElementsOf(sampled);
    assertThat(wananUnsampled).hasSize(6).isSubsetOf(wanan).doesNotContainAnyElementsOf(sampled);

    // a household of the other county is not 遂川县's to name: refused, nothing changes
    Task suichuanTask = taskService.createTaskQuery().processInstanceId(suichuanNaming.getId()).singleResult();
    assertThatThrownBy(() -> taskService.complete(suichuanTask.getId(), Map.of("namedRevocations", named(wananUnsampled.get(0)))))
        .isInstanceOf(CaseRefusedException.class).hasMessage("户编号 " + wananUnsampled.get(0) + " 不是本县本年度未被抽查的退出户");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, wananUnsampled.get(0))).contains(HouseholdStatus.EXITED);
    assertThat(suichuanNaming).isWaitingAt("Activity_NameUnsampled");
    taskService.complete(suichuanTask.getId(), Map.of("namedRevocations", named(suichuanUnsampled.get(2))));
    Task wananTask = taskService.createTaskQuery().processInstanceId(wananNaming.getId()).singleResult();
    taskService.complete(wananTask.getId(), Map.of("namedRevocations", named(wananUnsampled.get(4))));

    assertThat(suichuanNaming).isEnded();
    assertThat(wananNaming).isEnded();
    for (String named : List.of(suichuanUnsampled.get(2), wananUnsampled.get(4))) {
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, named)).contains(HouseholdStatus.REVOKED);
      // each county's naming joins the city's check, unsampled
      assertThat(rows.subject(recorded.id(), named)).extracting(SpotCheckRows.Subject::sampled,
          SpotCheckRows.Subject::consequence).containsExactly(false, "回退");
      assertThat(last(named).reason()).isEqualTo("2017年度按市级抽查不合格比例确定（抽查合格率90.91%）（回退，继续扶持）");
    }
    // 000 八 按实际合格率的比例认定: each county's exits × the city's rate, in its own ledger, naming the city's check
    assertThat(mark(SUICHUAN, 2017, "RECOGNITION"))
        .containsExactly("市级抽查合格率90.91%，高于90%：按合格率认定退出贫困户10户×90.91%＝9.09户（000号文件 八）");
    assertThat(mark(WANAN, 2017, "RECOGNITION"))
        .containsExactly("市级抽查合格率90.91%，高于90%：按合格率认定退出贫困户12户×90.91%＝10.91户（000号文件 八）");
    assertThat(jdbc.sql("select recognised_exits from performance_mark where process_instance_id = ? and county_code = ?")
        .params(check.getId(), WANAN).query(BigDecimal.class).single()).isEqualByComparingTo("10.91");
    // nothing of 抚州市: its exits stand, no ledger entry, no naming
    assertThat(otherCity).allMatch(id -> register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.EXITED);
    assertThat(mark(LEAN, 2017, "RECOGNITION")).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(check.getBusinessKey() + "-" + LEAN).count()).isZero();

    // and the city checks a year once
    long checks = runtimeService.createProcessInstanceQuery().processDefinitionKey("cityHouseholdSpotCheck").count();
    assertThatThrownBy(() -> start(2017, Map.of())).isInstanceOf(CaseRefusedException.class)
        .hasMessage("吉安市2017年度的市级退出户抽查已经开展，不能重复抽查");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("cityHouseholdSpotCheck").count()).isEqualTo(checks);
  }

  @Test
  @DisplayName("000 八：以设区市为单位，合格率低于90%（含90%）（10户抽查1户不合格，90.00%），不合格户回退，本市当年其余退出户全部重新核查，各县扣分")
  void shouldReVerifyEveryOtherExitOfTheCityAndMarkEachCountyAtNinetyPercent() {
    // given: 2018 exits of 遂川县 (10) and 万安县 (10), three of 乐安县; half of each village: 5 + 5 sampled
    List<String> suichuan = exited(SUICHUAN, 11, 20, 2018);
    List<String> wanan = exited(WANAN, 13, 22, 2018);
    List<String> otherCity = exited(LEAN, 4, 6, 2018);
    ProcessInstance check = start(2018, Map.of("sampleRate", 0.5));
    List<Task> visits = visits(check);
    assertThat(visits).hasSize(10);

    // when: one of the ten fails
    String failing = checkAll(visits, 1);

    // then: 9 of 10 is 90.00%, not above 90%: the failed exit is revoked, every other exit of the city re-verified
    assertThat(check).isEnded().hasPassedInOrder("Activity_RevokeFailed", "Activity_StartReVerifications")
        .hasPassed("Event_AllReVerified").hasNotPassed("Activity_StartCountyNamings");
    assertThat(historic(check, "passRatePercent")).isEqualTo("90.00%");
    SpotCheckRows.Check recorded = new SpotCheckRows(jdbc).checkOf(check.getId());
    assertThat(recorded.passRate()).isEqualByComparingTo("90.00");
    assertThat(recorded.outcome()).isEqualTo("重新核实：合格率90.00%，未高于90%，抽查不合格的1户回退，其余当年退出户全部重新核查");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, failing)).contains(HouseholdStatus.REVOKED);
    assertThat(last(failing).reason()).startsWith("2018年度市级抽查不合格：市级抽查未达标：住房安全有保障");
    List<String> all = new ArrayList<>(suichuan);
    all.addAll(wanan);
    List<String> others = all.stream().filter(id -> !id.equals(failing)).toList();
    List<ProcessInstance> reVerifications = runtimeService.createProcessInstanceQuery().processDefinitionKey("householdReVerification")
        .variableValueEquals("spotCheckInstanceId", check.getId()).list();
    assertThat(reVerifications).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(others.stream().map(id -> id + "-2018-reverification").toList());
    // each county's marked, with the city's check named
    for (String county : List.of(SUICHUAN, WANAN)) {
      assertThat(mark(county, 2018, "DEDUCTION")).containsExactly(
          "市级抽查合格率90.00%，未高于90%：抽查不合格户已回退，其余当年退出户全部重新核查，实绩考核扣分（000号文件 八）");
    }
    // a 万安县 exit is re-verified by its own township, and stands
    String wananExit = wanan.stream().filter(others::contains).findFirst().orElseThrow();
    ProcessInstance reVerification = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(wananExit + "-2018-reverification").singleResult();
    assertThat(reVerification.getTenantId()).isEqualTo("county-" + WANAN);
    Task task = taskService.createTaskQuery().processInstanceId(reVerification.getId()).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> ("township-" + WANAN + "100-government").equals(link.getGroupId()));
    taskService.complete(task.getId(), HouseholdCaseSteps.findings("A"));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, wananExit)).contains(HouseholdStatus.EXITED);
    // nothing of 抚州市
    assertThat(otherCity).allMatch(id -> register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.EXITED);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("householdReVerification")
        .processInstanceBusinessKeyLike(LEAN + "%").count()).isZero();
    assertThat(mark(LEAN, 2018, "DEDUCTION")).isEmpty();
  }

  @Test
  @DisplayName("000 八：设区市抽查全部合格（100%），按合格率认定，无未抽查户须回退")
  void shouldRecogniseEveryCountysExitsWhenEverySampledHouseholdPasses() {
    exited(SUICHUAN, 21, 22, 2016);
    exited(WANAN, 23, 24, 2016);
    ProcessInstance check = start(2016, Map.of());

    List<Task> visits = visits(check);
    assertThat(visits).hasSize(2);
    checkAll(visits, 0);

    assertThat(check).isEnded().hasPassed("Event_RecognisedInProportion").hasNotPassed("Activity_StartCountyNamings");
    assertThat(mark(SUICHUAN, 2016, "RECOGNITION"))
        .containsExactly("市级抽查合格率100.00%，高于90%：按合格率认定退出贫困户2户×100.00%＝2.00户（000号文件 八）");
    assertThat(mark(WANAN, 2016, "RECOGNITION")).hasSize(1);
  }

  @Test
  @DisplayName("000 八：设区市只抽查本市当年的退出户：无退出户的年度、他市的官员均被拒绝，不开案件")
  void shouldRefuseAYearWithoutExitsAndAnotherCitysOfficials() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("cityHouseholdSpotCheck").count();
    assertThatThrownBy(() -> start(2015, Map.of())).isInstanceOf(CaseRefusedException.class)
        .hasMessage("吉安市2015年度没有已脱贫的退出户可抽查");
    assertThatThrownBy(() -> start(2017, Map.of("sampleRate", 0.05))).hasMessage("抽查比例不得低于10%，也不得高于100%");
    processEngine.getIdentityService().setAuthentication("city-360400-leadinggroup", List.of("city-360400-leadinggroup"));
    assertThatThrownBy(() -> start(2016, Map.of())).isInstanceOf(CaseRefusedException.class)
        .hasMessage("您的辖区内没有代码为 " + JIAN + " 的设区市");
    processEngine.getIdentityService().clearAuthentication();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("cityHouseholdSpotCheck").count()).isEqualTo(before);
    assertThat(FUZHOU).isNotEqualTo(JIAN);
  }

  private ProcessInstance start(int year, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("cityCode", JIAN);
    variables.put("exitYear", year);
    return runtimeService.startProcessInstanceByKey("cityHouseholdSpotCheck", variables);
  }

  private ProcessInstance naming(ProcessInstance check, String county) {
    String key = processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(check.getId())
        .singleResult().getBusinessKey();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("householdRevocationNaming")
        .processInstanceBusinessKey(key + "-" + county).singleResult();
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

  private List<String> mark(String county, int year, String kind) {
    return jdbc.sql("select mark from performance_mark where county_code = ? and mark_year = ? and kind = ?")
        .params(county, year, kind).query(String.class).list();
  }

  /** Households of the county's test village whose exit was approved in the year. */
  private List<String> exited(String county, int from, int to, int year) {
    List<String> ids = IntStream.rangeClosed(from, to).mapToObj(n -> TestHouseholds.id(householdVillage(county), n)).toList();
    for (String id : ids) {
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
