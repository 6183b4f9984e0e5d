package cn.gov.povertyexit.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per path of villageExit (seed 000 五(2); Heilongjiang order of seed 004 四(二)). */
class VillageExitProcessIT extends ProcessEngineTest {

  /** 竹坪村 (修水县): 1630 rural residents, 24 poor households on the demo register. */
  private static final String ZHUPING = "360424101201";
  /** 港头村 (都昌县): no household has exited, so its incidence stays above 2%. */
  private static final String GANGTOU = "360428101201";

  @Autowired RuntimeService runtimeService;
  @Autowired StatusRegister register;
  @Autowired VillageRecords villages;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerOtherProvinces() {
    OtherProvinceRegister.ensure(jdbc);
  }

  @Test
  void shouldTakeAVillageWhoseHouseholdsExitedThroughNoticeApprovalFilingAndAnnouncement() {
    // given: enough of 竹坪村's households have exited to bring the incidence below 2%
    exitHouseholdsUntilBelowTwoPercent(ZHUPING);
    VillageRecords.Village before = villages.find(ZHUPING).orElseThrow();
    ProcessInstance exit = start(ZHUPING, 2020);

    // when
    investigate(exit, Map.of("severelyPoorGroupsRenovated", true));
    passNotice(exit);
    assertThat(exit).isWaitingAt("Activity_CityApproval").task().hasCandidateGroup("city-360400-leadinggroup");
    complete(task(exit), withVariables("cityApproved", true, "cityDecisionReason", "同意出列"));
    assertThat(exit).task().hasCandidateGroup("province-360000-leadinggroup");
    complete(task(exit), withVariables("villageProvinceFilingNumber", "赣扶备〔2020〕40号", "villageProvinceFilingDate", "2020-12-20"));
    assertThat(exit).task().hasCandidateGroup("county-360424-government");
    complete(task(exit), withVariables("announcementNumber", "修府通〔2020〕5号", "announcementDate", "2020-12-25"));

    // then
    assertThat(exit).isEnded().hasPassed("Activity_RecordVillageExit").hasNotPassed("Activity_AnnounceExit");
    assertThat(register.currentStatus(SubjectType.VILLAGE, ZHUPING)).contains(VillageStatus.EXITED);
    assertThat(lastReason(ZHUPING)).isEqualTo("2020年度贫困村出列：县人民政府通告（修府通〔2020〕5号）");
    assertThat(historicVariable(exit, "incidencePercent"))
        .isEqualTo(VillageStandard.percent(new BigDecimal(before.poorPopulation())
            .divide(new BigDecimal(before.ruralPopulation()), 4, RoundingMode.HALF_UP)));
    assertThat(exit.getTenantId()).isEqualTo("county-360424");
  }

  @Test
  void shouldKeepAVillageAboveTheThresholdOnTheList() {
    ProcessInstance exit = start(GANGTOU, 2020);

    investigate(exit, Map.of("severelyPoorGroupsRenovated", true));

    assertThat(exit).isEnded().hasPassed("Activity_KeepVillageOnRegister").hasNotPassed("Activity_VillageNotice");
    assertThat(register.currentStatus(SubjectType.VILLAGE, GANGTOU)).contains(VillageStatus.POOR_VILLAGE);
    assertThat(lastReason(GANGTOU)).startsWith("调查核实未达到出列标准：贫困发生率").contains("未低于2.00%");
  }

  @Test
  void shouldSendTheVillageBackToTheCountyWhenTheCityRefusesOrAnObjectionIsUpheld() {
    // given
    String jiangxiVillage = "360424100202";
    exitHouseholdsUntilBelowTwoPercent(jiangxiVillage);
    ProcessInstance exit = start(jiangxiVillage, 2020);
    investigate(exit, Map.of("severelyPoorGroupsRenovated", true));

    // when: an objection in the notice is upheld
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
    runtimeService.startProcessInstanceByKey("objectionRegistration", Map.of("villageCode", jiangxiVillage, "exitYear", 2020,
        "objectorName", "村民丙", "objectionContent", "村小组道路尚未完工"));
    assertThat(notice).task().hasCandidateGroup("township-360424100-government").hasCandidateGroup("county-360424-government");
    complete(task(notice), withVariables("objectionFindings", "情况属实", "objectionUpheld", true));

    // then: back to the investigation; and a city refusal also sends it back
    assertThat(exit).isWaitingAt("Activity_InvestigateVillage");
    investigate(exit, Map.of("severelyPoorGroupsRenovated", true));
    passNotice(exit);
    complete(task(exit), withVariables("cityApproved", false, "cityDecisionReason", "整治建设验收资料不全"));
    assertThat(exit).isWaitingAt("Activity_InvestigateVillage");
    assertThat(runtimeService.getVariable(exit.getId(), "cityDecisionReason")).isEqualTo("整治建设验收资料不全");
  }

  @Test
  void shouldAnnounceThenFileWithCityAndProvinceInHeilongjiang() {
    // given: 新兴村 (逊克县) has 24 poor residents of 1500: 1.60%
    String village = OtherProvinceRegister.HEILONGJIANG_VILLAGE;
    ProcessInstance exit = start(village, 2020);

    // when: the county leading group organises the investigation (004 四(二)1), not the county government
    execute(job(exit));
    assertThat(exit).isWaitingAt("Activity_LeadingGroupInvestigation").task().hasCandidateGroup("county-231123-leadinggroup");
    investigate(exit, allHeilongjiangItems(true));
    passNotice(exit);
    assertThat(exit).isWaitingAt("Activity_AnnounceExit").task().hasCandidateGroup("county-231123-government");
    complete(task(exit), withVariables("announcementNumber", "逊政告〔2020〕12号", "announcementDate", "2020-12-10"));
    complete(task(exit), withVariables("villageCityFilingNumber", "黑河扶备〔2020〕3号", "villageCityFilingDate", "2020-12-12"));
    complete(task(exit), withVariables("villageProvinceFilingNumber", "黑扶备〔2020〕7号", "villageProvinceFilingDate", "2020-12-15"));

    // then
    assertThat(exit).isEnded().hasPassedInOrder("Activity_AnnounceExit", "Activity_CityFiling",
        "Activity_HeilongjiangProvinceFiling", "Activity_RecordVillageExit")
        .hasNotPassed("Activity_CityApproval", "Activity_InvestigateVillage");
    assertThat(register.currentStatus(SubjectType.VILLAGE, village)).contains(VillageStatus.EXITED);
  }

  @Test
  void shouldFailAVillageMissingAChecklistItemWithTheItemsName() {
    // given: 红星村, a second poor village of 逊克县, without broadband
    String village = OtherProvinceRegister.SECOND_HEILONGJIANG_VILLAGE;
    ProcessInstance exit = start(village, 2020);
    Map<String, Object> items = new HashMap<>(allHeilongjiangItems(true));
    items.put("broadband", false);

    investigate(exit, items);

    assertThat(exit).isEnded().hasPassed("Activity_KeepVillageOnRegister");
    assertThat(lastReason(village)).isEqualTo("调查核实未达到出列标准：通宽带：未达到");
  }

  @Test
  void shouldRefuseANonPoorVillageAnUnknownOneAndASecondCase() {
    assertThatThrownBy(() -> start("360424101202", 2020)).isInstanceOf(CaseRefusedException.class)
        .hasMessage("贫困村 360424101202 当前状态为「非贫困村」，不能变更为「预退出」");
    assertThatThrownBy(() -> start("360424101299", 2020)).hasMessage("您的辖区内没有代码为 360424101299 的行政村");
    start(OtherProvinceRegister.EXTRA_JIANGXI_VILLAGE, 2020);
    assertThatThrownBy(() -> start(OtherProvinceRegister.EXTRA_JIANGXI_VILLAGE, 2020))
        .hasMessage("上坪村2020年度出列案件正在办理，不能重复发起");
  }

  @Test
  @DisplayName("000 五(2)/四(2)：调查时户退出尚未审批而未出列的村，县可在同一年度重新发起；已出列的不能再发起")
  void shouldLetTheCountyTakeUpAVillageAgainWithinTheYearOnceItsHouseholdsExitsAreApproved() {
    // given: 下坪村 has 300 residents; 4 of its 6 households (8 people) are 预退出, so it counts 12 poor people (4.00%)
    String village = TimingTrapVillage.ensure(jdbc, register);
    ProcessInstance first = start(village, 2020);

    // when: the county investigates before the households' exits are approved
    execute(job(first));
    assertThat(first).isWaitingAt("Activity_InvestigateVillage");
    assertThat(runtimeService.getVariable(first.getId(), "pendingHouseholdExitsNote"))
        .isEqualTo("本村有4户（8人）贫困户的退出尚未经县审批，其人口在审批前仍计入贫困发生率。"
            + "如现在调查核实未达到出列标准，本村本年度出列案件结束后，县可在这些农户审批后重新发起本年度出列。");
    assertThat(runtimeService.getVariable(first.getId(), "pendingHouseholdExits").toString())
        .contains(TimingTrapVillage.pending(1)).contains("户主0001");
    investigate(first, Map.of("severelyPoorGroupsRenovated", true));

    // then: the village stays poor for now, and the trail says why a retry may succeed
    assertThat(first).isEnded().hasPassed("Activity_KeepVillageOnRegister");
    assertThat(lastReason(village)).startsWith("调查核实未达到出列标准：贫困发生率4.00%")
        .endsWith("（调查时尚有4户退出未经县审批，审批后可重新发起本年度出列）");

    // when: the county approves the four households, then takes the village up again in the same year
    TimingTrapVillage.approvePendingExits(register);
    ProcessInstance second = start(village, 2020);
    assertThatThrownBy(() -> start(village, 2020)).hasMessage("下坪村2020年度出列案件正在办理，不能重复发起");
    execute(job(second));
    assertThat(runtimeService.getVariable(second.getId(), "pendingHouseholdExitsNote")).isEqualTo("本村没有退出尚未审批的贫困户。");
    investigate(second, Map.of("severelyPoorGroupsRenovated", true));
    passNotice(second);
    complete(task(second), withVariables("cityApproved", true, "cityDecisionReason", "同意出列"));
    complete(task(second), withVariables("villageProvinceFilingNumber", "赣扶备〔2020〕41号", "villageProvinceFilingDate", "2020-12-20"));
    complete(task(second), withVariables("announcementNumber", "修府通〔2020〕6号", "announcementDate", "2020-12-25"));

    // then: it exits, under the year's second case; a third case of the year is refused and changes nothing
    assertThat(second).isEnded().hasPassed("Activity_RecordVillageExit");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(second.getId())
        .singleResult().getBusinessKey()).isEqualTo(village + "-2020-2");
    assertThat(historicVariable(second, "incidencePercent")).isEqualTo("1.33%");
    int trailBefore = register.history(SubjectType.VILLAGE, village).size();
    assertThatThrownBy(() -> start(village, 2020)).isInstanceOf(CaseRefusedException.class)
        .hasMessage("下坪村已于2020年度出列，不能再次发起本年度出列");
    assertThat(register.currentStatus(SubjectType.VILLAGE, village)).contains(VillageStatus.EXITED);
    assertThat(register.history(SubjectType.VILLAGE, village)).hasSize(trailBefore);
  }

  private ProcessInstance start(String village, int year) {
    return runtimeService.startProcessInstanceByKey("villageExit", Map.of("villageCode", village, "exitYear", year));
  }

  private void investigate(ProcessInstance exit, Map<String, Object> checklist) {
    if (processEngine.getManagementService().createJobQuery().processInstanceId(exit.getId()).count() > 0) {
      execute(job(exit));
    }
    // Jiangxi's county government investigates (000 五(2)); Heilongjiang's county leading group (004 四(二)1)
    assertThat(task(exit).getTaskDefinitionKey()).isIn("Activity_InvestigateVillage", "Activity_LeadingGroupInvestigation");
    Map<String, Object> variables = new HashMap<>(checklist);
    variables.put("investigationDate", "2020-11-15");
    complete(task(exit), variables);
  }

  private void passNotice(ProcessInstance exit) {
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
    execute(processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult());
  }

  /** Households exit one by one, as the household procedure records them, until the village's incidence is below 2%. */
  private void exitHouseholdsUntilBelowTwoPercent(String village) {
    List<String> poor = jdbc.sql("select id from household where village_code = ? and status = 'POOR' order by id")
        .param(village).query(String.class).list();
    for (String id : poor) {
      VillageRecords.Village figures = villages.find(village).orElseThrow();
      if (figures.poorPopulation() * 50 < figures.ruralPopulation()) {
        return;
      }
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.PRE_EXIT, new ChangeContext("test", null, "预退出"));
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.EXITED, new ChangeContext("test", null, "脱贫退出"));
    }
  }

  private static Map<String, Object> allHeilongjiangItems(boolean met) {
    return Map.of("hardenedRoad", met, "broadband", met, "cableTelevision", met, "clinicWithDoctor", met, "culturalVenue", met);
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private String lastReason(String village) {
    List<StatusChange> trail = register.history(SubjectType.VILLAGE, village);
    return trail.get(trail.size() - 1).reason();
  }
}
