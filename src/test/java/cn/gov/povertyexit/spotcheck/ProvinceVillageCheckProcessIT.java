package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.support.SpotCheckTestCities.FUZHOU;
import static cn.gov.povertyexit.support.SpotCheckTestCities.GUANGCHANG;
import static cn.gov.povertyexit.support.SpotCheckTestCities.JIAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.LEAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.SUICHUAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.WANAN;
import static cn.gov.povertyexit.support.SpotCheckTestCities.checkVillages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.SpotCheckRows;
import cn.gov.povertyexit.support.SpotCheckTestCities;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The province's check of the villages that exited in a year (seed 000 八: 省扶贫开发领导小组…抽取部分退出的贫困户、贫困村进行核查;
 * 以设区市、县为单位), in 2023, a year no other test gives 江西省 exits: 吉安市's 50 villages (10 drawn, one fails: 90.00%) and
 * 抚州市's 55 (11 drawn, one fails: 90.91%), checked by the province's assessors, one pass rate per city.
 */
class ProvinceVillageCheckProcessIT extends ProcessEngineTest {

  private static final int YEAR = 2023;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void places() {
    SpotCheckTestCities.ensure(jdbc);
  }

  @Test
  @DisplayName("000 八：省抽取退出的贫困村核查，以设区市为单位：90.00%全部重新核查并扣分，90.91%由县确定未抽查村回退名单并按合格率认定")
  void shouldCheckEachCitysExitedVillagesWithTheAssessorsAndDecideByTheCitysPassRate() {
    // given: every test village of 吉安市 and 抚州市 exited in 2023
    List<String> jian = new ArrayList<>(checkVillages(SUICHUAN));
    jian.addAll(checkVillages(WANAN));
    List<String> fuzhou = new ArrayList<>(checkVillages(LEAN));
    fuzhou.addAll(checkVillages(GUANGCHANG));
    jian.forEach(this::exit);
    fuzhou.forEach(this::exit);

    // when: the province's assessment of 2023
    ProcessInstance assessment = runtimeService.startProcessInstanceByKey("provinceExitAssessment",
        Map.of("provinceCode", "360000", "exitYear", YEAR));

    // then: no household exited in 2023, so no county's household check; one village check per city, the province's
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(assessment.getId())
        .processDefinitionKey("countyHouseholdSpotCheck").count()).isZero();
    ProcessInstance jianCheck = cityCheck(assessment, JIAN);
    ProcessInstance fuzhouCheck = cityCheck(assessment, FUZHOU);
    assertThat(jianCheck.getTenantId()).isEqualTo("province-360000");
    List<Task> jianVisits = visits(jianCheck);
    List<Task> fuzhouVisits = visits(fuzhouCheck);
    // at least 20% of each county, rounded up: 5 + 5, and 5 + 6
    assertThat(jianVisits).hasSize(10);
    assertThat(fuzhouVisits).hasSize(11);
    for (Task visit : jianVisits) {
      assertThat(taskService.getIdentityLinksForTask(visit.getId())).extracting(link -> link.getGroupId())
          .contains("province-360000-assessor").doesNotContain("city-" + JIAN + "-leadinggroup");
    }

    // when: in one village of each city a 重度贫困村小组 is not renovated after all
    String jianFailing = checkAll(jianVisits, 1);
    String fuzhouFailing = checkAll(fuzhouVisits, 1);

    // then 吉安市: 9 of 10, 90.00%, not above 90%: the failed village back on the list, every other one re-verified by
    // its county government, both counties marked, naming the province's check
    assertThat(jianCheck).isEnded().hasPassed("Activity_RevokeFailed", "Event_AllReVerified");
    assertThat(register.currentStatus(SubjectType.VILLAGE, jianFailing)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(last(jianFailing).reason()).isEqualTo(YEAR + "年度省级抽查不合格：省级抽查未达标：重度贫困村小组村庄整治建设全部完成：未达到（回退，继续扶持）");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("villageReVerification")
        .variableValueEquals("villageCheckInstanceId", jianCheck.getId()).list()).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(jian.stream().filter(code -> !code.equals(jianFailing))
            .map(code -> code + "-" + YEAR + "-reverification").toList());
    // the register keeps both city checks as the province's, with each village's finding criterion by criterion
    SpotCheckRows rows = new SpotCheckRows(jdbc);
    SpotCheckRows.Check jianRecord = rows.checkOf(jianCheck.getId());
    assertThat(jianRecord).extracting(SpotCheckRows.Check::kind, SpotCheckRows.Check::name, SpotCheckRows.Check::level,
            SpotCheckRows.Check::placeCode, SpotCheckRows.Check::population, SpotCheckRows.Check::sampleSize,
            SpotCheckRows.Check::parentCaseInstanceId)
        .containsExactly("PROVINCE_VILLAGE", "省级出列村抽查", "PROVINCE", JIAN, jian.size(), 10, assessment.getId());
    assertThat(jianRecord.passRate()).isEqualByComparingTo("90.00");
    assertThat(jianRecord.outcome()).isEqualTo("重新核实：合格率90.00%，未高于90%，抽查不合格的1个村回退，其余当年出列村全部重新核查");
    assertThat(rows.subject(jianRecord.id(), jianFailing)).extracting(SpotCheckRows.Subject::subjectType,
            SpotCheckRows.Subject::passed, SpotCheckRows.Subject::findings, SpotCheckRows.Subject::consequence)
        .containsExactly("VILLAGE", false, "省级抽查未达标：重度贫困村小组村庄整治建设全部完成：未达到", "回退");
    assertThat(rows.subjectsOf(jianRecord.id())).hasSize(10).allMatch(SpotCheckRows.Subject::sampled);
    for (String county : List.of(SUICHUAN, WANAN)) {
      assertThat(mark(county, "DEDUCTION")).containsExactly(
          "省级出列村抽查合格率90.00%，未高于90%：抽查不合格村已回退，其余当年出列村全部重新核查，实绩考核扣分（000号文件 八）");
    }

    // and 抚州市: 10 of 11, 90.91%: the failed village back on the list; 乐安县 names ⌈1 × 20 ÷ 11⌉ = 2 of its
    // unsampled, 广昌县 ⌈1 × 24 ÷ 11⌉ = 3, each in its own case; each county's exits recognised at 90.91%
    assertThat(fuzhouCheck).isEnded().hasPassed("Activity_StartCountyNamings", "Event_RecognisedInProportion");
    assertThat(register.currentStatus(SubjectType.VILLAGE, fuzhouFailing)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(mark(LEAN, "RECOGNITION"))
        .containsExactly("省级出列村抽查合格率90.91%，高于90%：按合格率认定退出贫困村25个×90.91%＝22.73个（000号文件 八）");
    assertThat(mark(GUANGCHANG, "RECOGNITION"))
        .containsExactly("省级出列村抽查合格率90.91%，高于90%：按合格率认定退出贫困村30个×90.91%＝27.27个（000号文件 八）");
    String key = processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(fuzhouCheck.getId())
        .singleResult().getBusinessKey();
    assertThat(key).isEqualTo(FUZHOU + "-" + YEAR + "-villagecheck-province");
    ProcessInstance leanNaming = runtimeService.createProcessInstanceQuery().processDefinitionKey("villageRevocationNaming")
        .processInstanceBusinessKey(key + "-" + LEAN).singleResult();
    ProcessInstance guangchangNaming = runtimeService.createProcessInstanceQuery().processDefinitionKey("villageRevocationNaming")
        .processInstanceBusinessKey(key + "-" + GUANGCHANG).singleResult();
    assertThat(leanNaming).isWaitingAt("Activity_NameUnsampled").task().hasCandidateGroup("county-" + LEAN + "-leadinggroup");
    assertThat(runtimeService.getVariable(leanNaming.getId(), "unsampledToRevoke")).isEqualTo(2);
    assertThat(runtimeService.getVariable(guangchangNaming.getId(), "unsampledToRevoke")).isEqualTo(3);
    List<String> leanUnsampled = ids((SpinJsonNode) runtimeService.getVariable(leanNaming.getId(), "unsampledList"));
    List<String> guangchangUnsampled = ids((SpinJsonNode) runtimeService.getVariable(guangchangNaming.getId(), "unsampledList"));
    assertThat(leanUnsampled).hasSize(20).isSubsetOf(checkVillages(LEAN));
    assertThat(guangchangUnsampled).hasSize(24).isSubsetOf(checkVillages(GUANGCHANG));

    // a list of the wrong size is refused, and nothing changes
    Task leanTask = taskService.createTaskQuery().processInstanceId(leanNaming.getId()).singleResult();
    assertThatThrownBy(() -> taskService.complete(leanTask.getId(), Map.of("namedRevocations", named(leanUnsampled.get(0)))))
        .isInstanceOf(CaseRefusedException.class).hasMessage("应按抽查不合格比例回退2个未抽查的出列村，名单中为1个");
    assertThat(register.currentStatus(SubjectType.VILLAGE, leanUnsampled.get(0))).contains(VillageStatus.EXITED);
    assertThat(leanNaming).isWaitingAt("Activity_NameUnsampled");
    taskService.complete(leanTask.getId(), Map.of("namedRevocations", named(leanUnsampled.get(0), leanUnsampled.get(1))));
    Task guangchangTask = taskService.createTaskQuery().processInstanceId(guangchangNaming.getId()).singleResult();
    taskService.complete(guangchangTask.getId(), Map.of("namedRevocations",
        named(guangchangUnsampled.get(0), guangchangUnsampled.get(1), guangchangUnsampled.get(2))));
    assertThat(register.currentStatus(SubjectType.VILLAGE, leanUnsampled.get(1))).contains(VillageStatus.POOR_VILLAGE);
    SpotCheckRows.Check fuzhouRecord = rows.checkOf(fuzhouCheck.getId());
    assertThat(fuzhouRecord.passRate()).isEqualByComparingTo("90.91");
    assertThat(fuzhouRecord.outcome()).startsWith("认定通过：合格率90.91%，高于90%");
    // the five villages the counties named join the check unsampled; the refused list of one added nothing
    assertThat(rows.subjectsOf(fuzhouRecord.id())).filteredOn(subject -> !subject.sampled())
        .extracting(SpotCheckRows.Subject::subjectId).containsExactlyInAnyOrder(leanUnsampled.get(0), leanUnsampled.get(1),
            guangchangUnsampled.get(0), guangchangUnsampled.get(1), guangchangUnsampled.get(2));
    assertThat(last(guangchangUnsampled.get(2)).reason())
        .isEqualTo(YEAR + "年度按省级抽查不合格比例确定（抽查合格率90.91%）（回退，继续扶持）");
    // 抚州市's villages were not re-verified, 吉安市's counties neither named nor recognised
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("villageReVerification")
        .variableValueEquals("villageCheckInstanceId", fuzhouCheck.getId()).count()).isZero();
    assertThat(fuzhou.stream().filter(code -> register.currentStatus(SubjectType.VILLAGE, code).orElseThrow() == VillageStatus.POOR_VILLAGE))
        .hasSize(1 + 2 + 3);
    assertThat(mark(SUICHUAN, "RECOGNITION")).isEmpty();
    assertThat(mark(LEAN, "DEDUCTION")).isEmpty();

    // and the assessment is done once both city checks are (no county had household exits to assess)
    assertThat(assessment).isEnded().hasPassed("Activity_CheckCityVillages", "Gateway_ChecksJoin", "Event_AssessmentDone")
        .hasNotPassed("Activity_AssessCounties");
  }

  private ProcessInstance cityCheck(ProcessInstance assessment, String city) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(assessment.getId())
        .processDefinitionKey("cityVillageSpotCheck").variableValueEquals("cityCode", city).singleResult();
  }

  private List<Task> visits(ProcessInstance check) {
    return taskService.createTaskQuery().processInstanceId(check.getId()).taskDefinitionKey("Activity_VillageCheck").list();
  }

  /** The first {@code failures} visits find a group of the village not renovated (江西省's list); returns the first failing village. */
  private String checkAll(List<Task> visits, int failures) {
    String failing = null;
    for (int i = 0; i < visits.size(); i++) {
      String village = (String) taskService.getVariable(visits.get(i).getId(), "sampledVillageCode");
      if (i < failures && failing == null) {
        failing = village;
      }
      taskService.complete(visits.get(i).getId(), Map.of("severelyPoorGroupsRenovated", i >= failures,
          "hardenedRoad", true, "broadband", true,
          "cableTelevision", true, "clinicWithDoctor", true, "culturalVenue", true));
    }
    return failing;
  }

  private void exit(String village) {
    if (register.currentStatus(SubjectType.VILLAGE, village).orElseThrow() == VillageStatus.POOR_VILLAGE) {
      register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.PRE_EXIT, new ChangeContext("test", null, YEAR + "年度预退出"));
      register.changeStatus(SubjectType.VILLAGE, village, VillageStatus.EXITED, new ChangeContext("test", null, YEAR + "年度出列"));
    }
    jdbc.sql("update village set exit_year = ? where code = ?").params(YEAR, village).update();
  }

  private List<String> mark(String county, String kind) {
    return jdbc.sql("select mark from performance_mark where county_code = ? and mark_year = ? and kind = ?")
        .params(county, YEAR, kind).query(String.class).list();
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
