package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.OtherProvinceRegister.checkVillage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per path of the city's spot check of a year's exited villages (seed 000 八), in 黑河市 (231100). */
class VillageSpotCheckProcessIT extends ProcessEngineTest {

  private static final String HEIHE = "231100";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerVillages() {
    OtherProvinceRegister.ensure(jdbc);
  }

  @Test
  void shouldRevokeTheFailedVillageAndTheNamedProportionOfTheUnsampled() {
    // given: 15 villages exited in 2017, checked at 80%: 12 sampled
    List<String> villages = exited(3, 15, 2017);
    ProcessInstance check = start(2017, Map.of("sampleRate", 0.8));
    List<Task> visits = visits(check);
    assertThat(visits).hasSize(12);

    // when: one village has no broadband after all
    String failing = checkAll(visits, 1);

    // then: 11 of 12 (91.67%): the failed village is back on the list, and one of three unsampled must be named
    // (000 八 "由县确定") the county names them, in a case of its own, not the city
    assertThat(check).isEnded().hasPassed("Activity_StartCountyNamings");
    ProcessInstance countyNaming = runtimeService.createProcessInstanceQuery().processDefinitionKey("villageRevocationNaming")
        .processInstanceBusinessKey(check.getBusinessKey() + "-231123").singleResult();
    assertThat(countyNaming.getTenantId()).isEqualTo("county-231123");
    assertThat(countyNaming).isWaitingAt("Activity_NameUnsampled").task().hasCandidateGroup("county-231123-leadinggroup");
    assertThat(runtimeService.getVariable(countyNaming.getId(), "unsampledToRevoke")).isEqualTo(1);
    assertThat(register.currentStatus(SubjectType.VILLAGE, failing)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(last(failing).reason()).isEqualTo("2017年度市级抽查不合格：市级抽查未达标：通宽带：未达到（回退，继续扶持）");
    List<String> unsampled = ids((SpinJsonNode) runtimeService.getVariable(countyNaming.getId(), "unsampledList"));
    assertThat(unsampled).hasSize(3).isSubsetOf(villages);
    Task naming = taskService.createTaskQuery().processInstanceId(countyNaming.getId()).singleResult();
    assertThatThrownBy(() -> taskService.complete(naming.getId(), Map.of("namedRevocations", named(failing))))
        .isInstanceOf(CaseRefusedException.class).hasMessage("行政村 " + failing + " 不是本县本年度未被抽查的出列村");
    taskService.complete(naming.getId(), Map.of("namedRevocations", named(unsampled.get(0))));

    assertThat(check).isEnded().hasPassed("Event_RecognisedInProportion");
    assertThat(register.currentStatus(SubjectType.VILLAGE, unsampled.get(0))).contains(VillageStatus.POOR_VILLAGE);
    assertThat(last(unsampled.get(0)).reason()).isEqualTo("2017年度按市级抽查不合格比例确定（抽查合格率91.67%）（回退，继续扶持）");
    // 000 八: 逊克县's 15 exited villages × 91.67% are recognised in its ledger
    assertThat(jdbc.sql("select mark from performance_mark where process_instance_id = ? and kind = 'RECOGNITION'")
        .param(check.getId()).query(String.class).single())
        .isEqualTo("市级出列村抽查合格率91.67%，高于90%：按合格率认定退出贫困村15个×91.67%＝13.75个（000号文件 八）");
  }

  @Test
  void shouldRecogniseAllWhenTheSampledVillagePasses() {
    exited(5, 3, 2018);
    ProcessInstance check = start(2018, Map.of());

    checkAll(visits(check), 0);

    assertThat(check).isEnded().hasPassed("Event_RecognisedInProportion").hasNotPassed("Activity_StartCountyNamings");
  }

  @Test
  void shouldReVerifyEveryVillageAndMarkTheCountiesAtOrBelowNinetyPercent() {
    // given: 5 villages exited in 2019; one sampled, and it fails
    List<String> villages = exited(4, 5, 2019);
    ProcessInstance check = start(2019, Map.of());

    // when
    checkAll(visits(check), 1);

    // then
    assertThat(check).isEnded().hasPassed("Event_AllReVerified");
    assertThat(jdbc.sql("select count(*) from performance_mark where county_code = '231123' and mark_year = 2019 and kind = 'DEDUCTION'")
        .query(Integer.class).single()).isEqualTo(1);
    // (000 八 "应继续列入") the failed village is back on the list at once; the other four are re-verified
    List<String> revokedAtOnce = villages.stream()
        .filter(code -> register.currentStatus(SubjectType.VILLAGE, code).equals(java.util.Optional.of(VillageStatus.POOR_VILLAGE)))
        .toList();
    assertThat(revokedAtOnce).hasSize(1);
    assertThat(jdbc.sql("select mark from performance_mark where county_code = '231123' and mark_year = 2019 and kind = 'DEDUCTION'")
        .query(String.class).single()).isEqualTo("市级出列村抽查合格率0.00%，未高于90%：抽查不合格村已回退，其余当年出列村全部重新核查，实绩考核扣分（000号文件 八）");
    List<String> others = villages.stream().filter(code -> !revokedAtOnce.contains(code)).toList();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("villageReVerification")
        .processInstanceBusinessKeyLike("%-2019-reverification").list()).extracting(instance -> instance.getBusinessKey())
        .containsExactlyInAnyOrderElementsOf(others.stream().map(code -> code + "-2019-reverification").toList());
    reVerify(others.get(1), true);
    reVerify(others.get(2), false);
    assertThat(register.currentStatus(SubjectType.VILLAGE, others.get(1))).contains(VillageStatus.EXITED);
    assertThat(register.currentStatus(SubjectType.VILLAGE, others.get(2))).contains(VillageStatus.POOR_VILLAGE);
  }

  @Test
  void shouldRefuseAYearWithoutExitedVillages() {
    assertThatThrownBy(() -> start(2015, Map.of())).isInstanceOf(CaseRefusedException.class)
        .hasMessage("设区市 231100 2015年度没有已出列的贫困村可抽查");
  }

  private ProcessInstance start(int year, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("cityCode", HEIHE);
    variables.put("exitYear", year);
    return runtimeService.startProcessInstanceByKey("cityVillageSpotCheck", variables);
  }

  private List<Task> visits(ProcessInstance check) {
    return taskService.createTaskQuery().processInstanceId(check.getId()).taskDefinitionKey("Activity_VillageCheck").list();
  }

  /** The first {@code failures} visits find no broadband; returns the first failing village. */
  private String checkAll(List<Task> visits, int failures) {
    String failing = null;
    for (int i = 0; i < visits.size(); i++) {
      String village = (String) taskService.getVariable(visits.get(i).getId(), "sampledVillageCode");
      if (i < failures && failing == null) {
        failing = village;
      }
      taskService.complete(visits.get(i).getId(), checklist(i >= failures));
    }
    return failing;
  }

  private void reVerify(String village, boolean broadband) {
    ProcessInstance reVerification = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(village + "-2019-reverification").singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(reVerification.getId()).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(link -> "county-231123-government".equals(link.getGroupId()));
    taskService.complete(task.getId(), checklist(broadband));
    assertThat(reVerification).isEnded();
  }

  private static Map<String, Object> checklist(boolean broadband) {
    return Map.of("hardenedRoad", true, "broadband", broadband, "cableTelevision", true, "clinicWithDoctor", true,
        "culturalVenue", true);
  }

  private List<String> exited(int series, int count, int year) {
    List<String> codes = IntStream.rangeClosed(1, count).mapToObj(number -> checkVillage(series, number)).toList();
    for (String code : codes) {
      register.changeStatus(SubjectType.VILLAGE, code, VillageStatus.PRE_EXIT, new ChangeContext("test", null, year + "年度预退出"));
      register.changeStatus(SubjectType.VILLAGE, code, VillageStatus.EXITED, new ChangeContext("test", null, year + "年度出列"));
      jdbc.sql("update village set exit_year = ? where code = ?").params(year, code).update();
    }
    return codes;
  }

  private static Object named(String... codes) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < codes.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"householdId\":\"").append(codes[i]).append("\"}");
    }
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  private static List<String> ids(SpinJsonNode list) {
    return list.elements().stream().map(node -> node.prop("householdId").stringValue()).toList();
  }

  private StatusChange last(String village) {
    List<StatusChange> trail = register.history(SubjectType.VILLAGE, village);
    return trail.get(trail.size() - 1);
  }
}
