package cn.gov.povertyexit.villagelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.household.HouseholdCaseSteps;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.TestHouseholds;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of a village's exit list (villageHouseholdExitList, seed 000 五(1)): one meeting, one notice,
 * one township verification and one second notice for the village's households, each household still its own case.
 * Each test has its village and year to itself (households of the test register that meet the standard).
 */
class VillageExitListProcessIT extends ProcessEngineTest {

  private static final String ZHUPING = "360424101201";
  private static final String YANGMEI = "360424101202";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void households() {
    TestHouseholds.ensure(jdbc, ZHUPING, 951, 30);
    TestHouseholds.ensure(jdbc, YANGMEI, 951, 30);
  }

  @Test
  void shouldDecideEveryHouseholdOfTheVillageInOneMeetingAndPostOneNotice() {
    // given: three households surveyed, one of them below the line (confirmed by the work team)
    ProcessInstance first = surveyed(ZHUPING, 951, 2020);
    ProcessInstance second = surveyed(ZHUPING, 952, 2020);
    ProcessInstance third = surveyed(ZHUPING, 953, 2020);
    ProcessInstance poor = surveyedBelowTheLine(ZHUPING, 954, 2020);

    // then: one list, one meeting task for the committee, naming the village and the list's size
    ProcessInstance list = steps().listOf(first);
    assertThat(List.of(second, third, poor)).allSatisfy(other -> assertThat(steps().listOf(other).getId()).isEqualTo(list.getId()));
    assertThat(taskService.createTaskQuery().processDefinitionKey("villageHouseholdExitList")
        .processInstanceId(list.getId()).count()).isEqualTo(1);
    assertThat(list).task().hasCandidateGroup("village-" + ZHUPING + "-committee");
    assertThat(taskService.getVariableLocal(task(list).getId(), "caseSubject")).isEqualTo("竹坪村（" + ZHUPING + "）· 宁州镇 · 第1批名单 4户");
    assertThat(steps().candidatesOf(list)).containsExactly(id(ZHUPING, 951), id(ZHUPING, 952), id(ZHUPING, 953));
    assertThat(list.getBusinessKey()).isEqualTo(ZHUPING + "-2020-1");
    assertThat(list.getTenantId()).isEqualTo("county-360424");

    // when: the meeting agrees to two and refuses one, with its reason, a minute before midnight of 2020-11-20
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-11-20T23:59:00+08:00")));
    steps().holdMeeting(list, List.of(id(ZHUPING, 951), id(ZHUPING, 952)), id(ZHUPING, 953) + " 家庭收入来源单一，不稳定");

    // then: the notice is a record of the register, counted from 11-21 to 24:00 of 11-27 (seed 000 五(1))
    Map<String, Object> notice = jdbc.sql("select * from public_notice where case_instance_id = ?").param(list.getId())
        .query().singleRow();
    assertThat(notice).containsEntry("kind", "VILLAGE_LIST").containsEntry("place_code", ZHUPING)
        .containsEntry("posting_place", "本村村务公开栏").containsEntry("outcome", "RUNNING")
        .containsEntry("title", "2020年度拟退出贫困户名单公示");
    assertThat(notice.get("posted_on").toString()).isEqualTo("2020-11-20");
    assertThat(notice.get("ends_on").toString()).isEqualTo("2020-11-27");
    assertThat(job(list).getDuedate().toInstant()).isEqualTo(Instant.parse("2020-11-28T00:00:00+08:00"));
    assertThat(jdbc.sql("select subject_name from public_notice_entry where notice_id = ? order by subject_id")
        .param(notice.get("id")).query(String.class).list()).containsExactly("户主0951", "户主0952");

    // then
    assertThat(first).isWaitingAt("Activity_InVillageListNotice");
    assertThat(second).isWaitingAt("Activity_InVillageListNotice");
    assertThat(third).isEnded().hasPassed("Activity_KeepOnRegister");
    assertThat(lastReason(id(ZHUPING, 953))).isEqualTo("民主评议未同意退出：家庭收入来源单一，不稳定");
    assertThat(poor).isEnded().hasPassed("Activity_KeepOnRegister");
    assertThat(lastReason(id(ZHUPING, 954))).startsWith("对照退出标准评定未达标：");
    assertThat(list).isWaitingAt("Event_VillageNoticeEnded");
    assertThat(processEngine.getManagementService().createJobQuery().timers().processInstanceId(list.getId()).count())
        .isEqualTo(1);
    assertThat(processEngine.getManagementService().createJobQuery().timers().processInstanceId(first.getId()).count())
        .isZero();
    assertThat(runtimeService.getVariable(list.getId(), "noticeList").toString())
        .contains("户主0951", "户主0952").doesNotContain("户主0953", "成员", "1966");
  }

  @Test
  void shouldRefuseAMeetingThatLeavesAHouseholdUndecidedAndAnswerNobody() {
    ProcessInstance first = surveyed(YANGMEI, 951, 2020);
    ProcessInstance second = surveyed(YANGMEI, 952, 2020);
    ProcessInstance list = steps().listOf(first);

    assertThatThrownBy(() -> steps().holdMeeting(list, List.of(id(YANGMEI, 951)), ""))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessageStartingWith("以下农户尚未评议（勾选同意，或写明户编号和不同意的理由）：户主0952（" + id(YANGMEI, 952) + "）");
    assertThatThrownBy(() -> steps().holdMeeting(list, List.of(id(YANGMEI, 951), id(YANGMEI, 952)),
        id(YANGMEI, 952) + " 重复"))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("既勾选了同意退出，又填写了不同意的理由");
    assertThatThrownBy(() -> steps().holdMeeting(list, List.of(id(YANGMEI, 951)), id(YANGMEI, 952)))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("请写明不同意");
    assertThatThrownBy(() -> steps().holdMeeting(list, List.of(id(YANGMEI, 951), id(YANGMEI, 952), id(ZHUPING, 960)), ""))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("不是本批名单中达到退出标准的农户");

    // a posting place left empty or longer than 200 characters is refused, and no notice is posted
    for (String place : List.of("  ", "栏".repeat(201))) {
      Map<String, Object> meeting = new java.util.HashMap<>(Map.of("appraisalDate", "2020-11-20", "appraisalAttendance", 23L,
          "agreedHouseholds", json(List.of(id(YANGMEI, 951), id(YANGMEI, 952))), "refusedHouseholds", "",
          "noticePostingPlace", place));
      assertThatThrownBy(() -> taskService.complete(task(list).getId(), meeting))
          .isInstanceOf(CaseRefusedException.class).hasMessageContaining("公示张贴地点");
    }
    assertThat(jdbc.sql("select count(*) from public_notice where case_instance_id = ?").param(list.getId())
        .query(Integer.class).single()).isZero();
    assertThat(list).isWaitingAt("Activity_AppraisalMeeting");
    assertThat(first).isWaitingAt("Activity_AwaitAppraisal");
    assertThat(second).isWaitingAt("Activity_AwaitAppraisal");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(YANGMEI, 952))).contains(HouseholdStatus.PRE_EXIT);
  }

  @Test
  void shouldPutAHouseholdSurveyedAfterTheMeetingOnTheVillagesNextList() {
    ProcessInstance early = surveyed(YANGMEI, 953, 2019);
    ProcessInstance firstList = steps().listOf(early);
    steps().holdMeeting(firstList, List.of(id(YANGMEI, 953)), "");
    assertThat(firstList).isWaitingAt("Event_VillageNoticeEnded");

    ProcessInstance late = surveyed(YANGMEI, 954, 2019);

    ProcessInstance secondList = steps().listOf(late);
    assertThat(secondList.getId()).isNotEqualTo(firstList.getId());
    assertThat(secondList.getBusinessKey()).isEqualTo(YANGMEI + "-2019-2");
    assertThat(runtimeService.getVariable(secondList.getId(), "listNumber")).isEqualTo(2);
    assertThat(steps().candidatesOf(secondList)).containsExactly(id(YANGMEI, 954));
    assertThat(runtimeService.getVariable(firstList.getId(), "noticeList").toString()).doesNotContain(id(YANGMEI, 954));
  }

  @Test
  void shouldHoldOnlyTheObjectedHouseholdAndLetTheRestOfTheListProceedOnTime() {
    // given: two households on the village's notice
    ProcessInstance quiet = surveyed(ZHUPING, 961, 2019);
    ProcessInstance objected = surveyed(ZHUPING, 962, 2019);
    ProcessInstance list = steps().listOf(quiet);
    steps().holdMeeting(list, steps().candidatesOf(list), "");

    // when: an objection against one of them
    steps().registerObjection(id(ZHUPING, 962), 2019, "该户家中有小轿车，收入未如实申报");

    // then: that household leaves the list's notice for verification; the other waits for the list's period
    assertThat(objected).hasPassed("Event_VillageNoticeObjection").isWaitingAt("Activity_VillageNotice");
    ProcessInstance notice = steps().noticeOf(objected);
    assertThat(notice).isWaitingAt("Activity_VerifyObjection").task()
        .hasCandidateGroup("village-" + ZHUPING + "-committee").hasCandidateGroup("township-360424101-government");
    assertThat(runtimeService.getVariable(notice.getId(), "objectionContent")).isEqualTo("该户家中有小轿车，收入未如实申报");
    execute(job(list));
    assertThat(quiet).isWaitingAt("Activity_AwaitTownshipListVerification");
    assertThat(list).isWaitingAt("Activity_TownshipListVerification");
    assertThat(steps().candidatesOfVerification(list)).containsExactly(id(ZHUPING, 961));

    // when: the objection is found not upheld on a later day
    Instant decidedAt = Instant.parse("2019-12-03T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(decidedAt));
    complete(task(notice), withVariables("objectionFindings", "车辆为亲属所有，收入属实", "objectionUpheld", false));

    // then: a full period of its own, after which it is verified by the township on its own
    Job period = processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult();
    // decided on 12-03 (16:00 in China): the period is 12-04 … 12-10 and runs out at 24:00 of the 10th
    assertThat(period.getDuedate().toInstant()).isEqualTo(Instant.parse("2019-12-11T00:00:00+08:00"));
    execute(period);
    assertThat(objected).isWaitingAt("Activity_TownshipVerification");
  }

  @Test
  void shouldSendAHouseholdBackToTheSurveyWhenTheObjectionIsUpheld() {
    ProcessInstance exit = surveyed(ZHUPING, 963, 2018);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, steps().candidatesOf(list), "");
    steps().registerObjection(id(ZHUPING, 963), 2018, "外出务工收入未申报");

    complete(task(steps().noticeOf(exit)), withVariables("objectionFindings", "属实", "objectionUpheld", true));

    assertThat(exit).isWaitingAt("Activity_YearEndSurvey");
    execute(job(list));
    assertThat(list).isEnded().hasPassed("Event_AllOpposed");
  }

  @Test
  void shouldVerifyTheListOnceAndSendOnlyTheCorrectedHouseholdToItsOwnVerification() {
    // given: three households past the village notice
    ProcessInstance first = surveyed(YANGMEI, 961, 2018);
    ProcessInstance second = surveyed(YANGMEI, 962, 2018);
    ProcessInstance corrected = surveyed(YANGMEI, 963, 2018);
    ProcessInstance list = steps().listOf(first);
    steps().holdMeeting(list, steps().candidatesOf(list), "");
    execute(job(list));
    assertThat(list).task().hasCandidateGroup("township-360424101-government");

    // when: one verification for the list, one household to correct
    steps().verifyList(list, List.of(id(YANGMEI, 961), id(YANGMEI, 962)), List.of(id(YANGMEI, 963)));

    // then
    assertThat(first).isWaitingAt("Activity_InSecondListNotice");
    assertThat(second).isWaitingAt("Activity_InSecondListNotice");
    assertThat(corrected).isWaitingAt("Activity_TownshipVerification");
    assertThat(runtimeService.getVariable(corrected.getId(), "verifiers").toString()).contains("王伟", "李娜", "张敏");
    assertThat(runtimeService.getVariable(corrected.getId(), "verificationDate")).isEqualTo("2018-12-01");
    assertThat(list).isWaitingAt("Event_SecondNoticeEnded");

    // when: the second notice's period ends
    execute(job(list));

    // then: both go to the county; the list is done
    assertThat(first).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(second).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(list).isEnded().hasPassed("Event_ListReported");
    // and the corrected household, verified with its new facts, gets its own second notice
    Map<String, Object> facts = HouseholdCaseSteps.findings("B");
    facts.put("verifiers", runtimeService.getVariable(corrected.getId(), "verifiers"));
    facts.put("verificationDate", "2018-12-02");
    complete(task(corrected), facts);
    assertThat(corrected).isWaitingAt("Activity_SecondNotice");
  }

  @Test
  void shouldRefuseAListVerificationThatLeavesAHouseholdUnverifiedOrNamesItTwice() {
    ProcessInstance first = surveyed(ZHUPING, 964, 2017);
    ProcessInstance second = surveyed(ZHUPING, 965, 2017);
    ProcessInstance list = steps().listOf(first);
    steps().holdMeeting(list, steps().candidatesOf(list), "");
    execute(job(list));

    assertThatThrownBy(() -> steps().verifyList(list, List.of(id(ZHUPING, 964)), List.of()))
        .isInstanceOf(CaseRefusedException.class).hasMessageStartingWith("以下农户尚未核实");
    assertThatThrownBy(() -> steps().verifyList(list, List.of(id(ZHUPING, 964), id(ZHUPING, 965)), List.of(id(ZHUPING, 965))))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("既勾选了核实无误，又勾选了需更正数据");

    assertThat(list).isWaitingAt("Activity_TownshipListVerification");
    assertThat(first).isWaitingAt("Activity_AwaitTownshipListVerification");
    assertThat(second).isWaitingAt("Activity_AwaitTownshipListVerification");
  }

  @Test
  void shouldEndAListWhoseHouseholdsAllNeedCorrection() {
    ProcessInstance exit = surveyed(YANGMEI, 964, 2017);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, steps().candidatesOf(list), "");
    execute(job(list));

    steps().verifyList(list, List.of(), List.of(id(YANGMEI, 964)));

    assertThat(list).isEnded().hasPassed("Event_AllCorrected");
    assertThat(exit).isWaitingAt("Activity_TownshipVerification");
  }

  @Test
  void shouldEndAListTheMeetingProposesNobodyFrom() {
    ProcessInstance exit = surveyed(ZHUPING, 966, 2016);
    ProcessInstance list = steps().listOf(exit);

    steps().holdMeeting(list, List.of(), id(ZHUPING, 966) + " 群众意见较大");

    assertThat(list).isEnded().hasPassed("Event_NoneProposed");
    assertThat(exit).isEnded().hasPassed("Event_HouseholdStaysPoor");
  }

  @Test
  void shouldVerifyAnObjectionDuringTheSecondListNoticeAndSendTheHouseholdBackToTheTownship() {
    ProcessInstance exit = surveyed(YANGMEI, 965, 2016);
    ProcessInstance other = surveyed(YANGMEI, 966, 2016);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, steps().candidatesOf(list), "");
    execute(job(list));
    steps().verifyList(list, steps().candidatesOfVerification(list), List.of());

    steps().registerObjection(id(YANGMEI, 965), 2016, "住房鉴定有误");
    assertThat(exit).hasPassed("Event_SecondNoticeObjection", "Activity_RecordSecondObjection")
        .isWaitingAt("Activity_SecondNotice");
    ProcessInstance notice = steps().noticeOf(exit);
    assertThat(notice).task().hasCandidateGroup("township-360424101-government");
    complete(task(notice), withVariables("objectionFindings", "重新鉴定", "objectionUpheld", true));

    assertThat(exit).isWaitingAt("Activity_TownshipVerification");
    execute(job(list));
    assertThat(other).isWaitingAt("Activity_AwaitCountyDecision");
  }

  @Test
  void shouldTakeAHouseholdWhoseSecondNoticeObjectionIsNotUpheldToTheCounty() {
    ProcessInstance exit = surveyed(ZHUPING, 967, 2016);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, steps().candidatesOf(list), "");
    execute(job(list));
    steps().verifyList(list, steps().candidatesOfVerification(list), List.of());
    steps().registerObjection(id(ZHUPING, 967), 2016, "收入偏低");
    ProcessInstance notice = steps().noticeOf(exit);

    complete(task(notice), withVariables("objectionFindings", "经核实收入属实", "objectionUpheld", false));
    execute(job(notice));

    assertThat(exit).isWaitingAt("Activity_AwaitCountyDecision");
  }

  // --- steps

  private ProcessInstance surveyed(String village, int number, int year) {
    ProcessInstance exit = steps().startCase(id(village, number), year);
    steps().passSurvey(exit);
    assertThat(exit).isWaitingAt("Activity_AwaitAppraisal");
    return exit;
  }

  private ProcessInstance surveyedBelowTheLine(String village, int number, int year) {
    ProcessInstance exit = steps().startCase(id(village, number), year);
    execute(job(exit));
    Map<String, Object> facts = HouseholdCaseSteps.findings("A");
    facts.put("wageIncome", 1000.0);
    complete(task(exit), facts);
    complete(task(exit), withVariables("surveyFailureConfirmed", true, "surveyFailureRemarks", "工资收入属实"));
    assertThat(exit).isWaitingAt("Activity_AwaitAppraisal");
    return exit;
  }

  private HouseholdCaseSteps steps() {
    return new HouseholdCaseSteps(processEngine);
  }

  private String lastReason(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1).reason();
  }

  private static String id(String village, int number) {
    return TestHouseholds.id(village, number);
  }

  static Object json(List<String> ids) {
    return SpinValues.jsonValue(Spin.JSON(ids).toString()).create();
  }
}
