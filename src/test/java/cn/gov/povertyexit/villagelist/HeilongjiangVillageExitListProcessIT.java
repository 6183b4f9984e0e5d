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
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.TestHouseholds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of Heilongjiang's village list (villageHouseholdExitListHeilongjiang, seed 004 四(一)) and of the
 * household procedure that joins it (householdExitHeilongjiang 2.0.0): one representatives' assembly, one
 * verification with the households, one village notice and one announcement per list, each household still its own
 * case. Households of 新兴村 (逊克县) from 0901; each test first ends the lists earlier tests left waiting for their
 * assembly. Households 0918 and 0919 are put on the provincial standard (省标, seed 004 三(一)) by their test.
 */
class HeilongjiangVillageExitListProcessIT extends ProcessEngineTest {

  private static final String XINXING = OtherProvinceRegister.HEILONGJIANG_VILLAGE;
  private static final String COMMITTEE = "village-" + XINXING + "-committee";
  private static final String WORK_TEAM = "village-" + XINXING + "-workteam";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired ExitPolicy policy;
  @Autowired NoticeBoard noticeBoard;

  @BeforeEach
  void households() {
    OtherProvinceRegister.ensure(jdbc);
    TestHouseholds.ensure(jdbc, XINXING, 901, 30);
    for (int year = 2016; year <= 2020; year++) {
      OpenVillageLists.end(runtimeService, XINXING, year);
    }
  }

  @Test
  void shouldAppraiseTheVillageInOneAssemblyAndSendTheAgreedHouseholdsToOneVerification() {
    // given: three households surveyed
    ProcessInstance first = surveyed(901, 2020);
    ProcessInstance second = surveyed(902, 2020);
    ProcessInstance refused = surveyed(903, 2020);

    // then: one list, one assembly task for the committee, naming the village and the list's size
    ProcessInstance list = steps().listOf(first);
    assertThat(steps().listOf(second).getId()).isEqualTo(list.getId());
    assertThat(steps().listOf(refused).getId()).isEqualTo(list.getId());
    assertThat(processEngine.getRepositoryService().getProcessDefinition(list.getProcessDefinitionId()).getKey())
        .isEqualTo(HeilongjiangListVariables.PROCESS_KEY);
    assertThat(taskService.createTaskQuery().processInstanceId(list.getId()).count()).isEqualTo(1);
    assertThat(list).isWaitingAt("Activity_AppraisalMeeting").task().hasCandidateGroup(COMMITTEE);
    assertThat(formOf(list)).isEqualTo("heilongjiangAppraisalMeetingForm");
    assertThat(taskService.getVariableLocal(task(list).getId(), "caseSubject"))
        .isEqualTo("新兴村（" + XINXING + "）· 奇克镇 · 第1批名单 3户");
    assertThat(list.getTenantId()).isEqualTo("county-231123");

    // when: the assembly agrees to two and refuses one, with its reason
    steps().holdMeeting(list, List.of(id(901), id(902)), id(903) + " 家庭收入来源单一");

    // then: the agreed wait for the work team's one verification, the refused one stays poor
    assertThat(first).isWaitingAt(HeilongjiangListVariables.AWAITING_CONFIRMATION);
    assertThat(second).isWaitingAt(HeilongjiangListVariables.AWAITING_CONFIRMATION);
    assertThat(refused).isEnded().hasPassed("Activity_KeepOnRegister");
    assertThat(lastReason(903)).isEqualTo("民主评议未同意退出：家庭收入来源单一");
    assertThat(list).isWaitingAt("Activity_ListConfirmation").task().hasCandidateGroup(WORK_TEAM);
    assertThat(formOf(list)).isEqualTo("heilongjiangListConfirmationForm");
    assertThat(candidates(list, "proposedCandidates")).containsExactly(id(901), id(902));
    assertThat(taskService.getVariableLocal(task(list).getId(), "caseSubject"))
        .isEqualTo("新兴村（" + XINXING + "）· 奇克镇 · 第1批名单 2户");
  }

  @Test
  void shouldPostOneNoticeAnnounceOnceAndRecordEachExitWithTheAnnouncement() {
    // given: two households the assembly agreed to
    ProcessInstance agrees = surveyed(904, 2019);
    ProcessInstance disputes = surveyed(905, 2019);
    ProcessInstance list = steps().listOf(agrees);
    steps().holdMeeting(list, List.of(id(904), id(905)), "");

    // when: one household agrees, the other disputes its exit
    confirm(list, List.of(id(904)), id(905) + " 户主认为务工收入不稳定");

    // then: one notice, one timer, for the household that agrees; the other goes to its own re-verification
    assertThat(agrees).isWaitingAt("Activity_InVillageListNotice");
    assertThat(runtimeService.getVariable(agrees.getId(), "confirmationVerifiers")).isEqualTo("孙立军、高峰、马丽");
    assertThat(disputes).isWaitingAt("Activity_RepresentativeReVerification").task().hasCandidateGroup(COMMITTEE);
    assertThat(runtimeService.getVariable(disputes.getId(), "confirmationRemarks")).isEqualTo("户主认为务工收入不稳定");
    assertThat(list).isWaitingAt("Event_VillageNoticeEnded");
    assertThat(processEngine.getManagementService().createJobQuery().timers().processInstanceId(list.getId()).count()).isEqualTo(1);
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(agrees.getId()).count()).isZero();
    assertThat(runtimeService.getVariable(list.getId(), "noticeList").toString()).contains("户主0904").doesNotContain("户主0905");

    // when: the period ends and the committee announces the list
    execute(job(list));
    assertThat(agrees).isWaitingAt(HeilongjiangListVariables.AWAITING_ANNOUNCEMENT);
    assertThat(list).isWaitingAt("Activity_AnnounceExit").task().hasCandidateGroup(COMMITTEE);
    assertThat(formOf(list)).isEqualTo("heilongjiangListAnnouncementForm");
    complete(task(list), withVariables("announcementNumber", "新兴村公告〔2019〕2号", "announcementDate", "2019-12-20"));

    // then: the household is 已脱贫 in the same step, with the announcement in its trail
    assertThat(list).isEnded().hasPassed("Event_ListAnnounced");
    assertThat(agrees).isEnded().hasPassedInOrder("Activity_AwaitAnnouncement", "Activity_RecordExit", "Event_HouseholdExited");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(904))).contains(HouseholdStatus.EXITED);
    assertThat(lastReason(904)).isEqualTo("2019年度脱贫退出：公告退出（新兴村公告〔2019〕2号）");

    // when: the representatives confirm the disputed exit, its own notice passes and it is announced on its own
    complete(task(disputes), withVariables("representativeCount", 15L, "reVerificationFindings", "收入稳定，确认退出",
        "exitConfirmed", true));
    ProcessInstance notice = steps().noticeOf(disputes);
    assertThat(notice).isWaitingAt("Gateway_AwaitNoticeOutcome");
    execute(job(notice));
    assertThat(disputes).isWaitingAt("Activity_AnnounceExit").task().hasCandidateGroup(COMMITTEE);
    complete(task(disputes), withVariables("announcementNumber", "新兴村公告〔2019〕3号", "announcementDate", "2019-12-30"));

    // then
    assertThat(disputes).isEnded().hasPassed("Activity_RepresentativeReVerification", "Activity_VillageNotice",
        "Activity_RecordExit");
    assertThat(lastReason(905)).isEqualTo("2019年度脱贫退出：公告退出（新兴村公告〔2019〕3号）");
  }

  @Test
  void shouldRefuseAVerificationThatLeavesAHouseholdUndecidedOrWithoutAReasonAndAnswerNobody() {
    ProcessInstance first = surveyed(906, 2018);
    ProcessInstance second = surveyed(907, 2018);
    ProcessInstance list = steps().listOf(first);
    steps().holdMeeting(list, List.of(id(906), id(907)), "");

    assertThatThrownBy(() -> confirm(list, List.of(id(906)), ""))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessage("以下农户尚未核实认可（勾选认可退出，或写明户编号和不认可的理由）：户主0907（" + id(907) + "）");
    assertThatThrownBy(() -> confirm(list, List.of(id(906)), id(907)))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("请写明不认可户主0907");
    assertThatThrownBy(() -> confirm(list, List.of(id(906), id(907)), id(907) + " 不同意"))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("既勾选了认可退出，又填写了不认可的理由");
    assertThatThrownBy(() -> confirm(list, List.of(id(906), id(907), id(930)), ""))
        .isInstanceOf(CaseRefusedException.class).hasMessage("户编号 " + id(930) + " 不是本批拟退出名单上的农户，不能勾选其认可退出");

    assertThat(list).isWaitingAt("Activity_ListConfirmation");
    assertThat(first).isWaitingAt(HeilongjiangListVariables.AWAITING_CONFIRMATION);
    assertThat(second).isWaitingAt(HeilongjiangListVariables.AWAITING_CONFIRMATION);
    assertThat(runtimeService.getVariable(first.getId(), "householdAgrees")).isNull();
  }

  @Test
  void shouldEndAListWhoseHouseholdsAllDisputeAndKeepOneTheRepresentativesDoNotConfirm() {
    ProcessInstance exit = surveyed(908, 2017);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, List.of(id(908)), "");

    confirm(list, List.of(), id(908) + " 不同意退出");

    assertThat(list).isEnded().hasPassed("Event_NoneAgreeing");
    complete(task(exit), withVariables("representativeCount", 12L, "reVerificationFindings", "家庭收入来源不稳定",
        "exitConfirmed", false));
    assertThat(exit).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_VillageNotice");
    assertThat(lastReason(908)).isEqualTo("村民代表再核实未确认退出：家庭收入来源不稳定");
  }

  @Test
  void shouldEndAListTheAssemblyProposesNobodyFrom() {
    ProcessInstance exit = surveyed(909, 2016);
    ProcessInstance list = steps().listOf(exit);

    steps().holdMeeting(list, List.of(), id(909) + " 群众意见较大");

    assertThat(list).isEnded().hasPassed("Event_NoneProposed");
    assertThat(exit).isEnded().hasPassed("Event_HouseholdStaysPoor");
  }

  @Test
  void shouldHoldOnlyTheObjectedHouseholdAndGiveItAFullPeriodOfItsOwnWhenNotUpheld() {
    // given: two households on the list's notice
    ProcessInstance quiet = surveyed(910, 2016);
    ProcessInstance objected = surveyed(911, 2016);
    ProcessInstance list = steps().listOf(quiet);
    steps().holdMeeting(list, List.of(id(910), id(911)), "");
    confirm(list, List.of(id(910), id(911)), "");

    // when: an objection against one of them
    steps().registerObjection(id(911), 2016, "该户家中有小轿车，收入未如实申报");

    // then: that household leaves the list's notice for its own; the village's officials verify it
    assertThat(objected).hasPassed("Event_VillageNoticeObjection", "Activity_RecordVillageObjection")
        .isWaitingAt("Activity_VillageNotice");
    ProcessInstance notice = steps().noticeOf(objected);
    assertThat(notice).isWaitingAt("Activity_VerifyObjection").task().hasCandidateGroup(COMMITTEE).hasCandidateGroup(WORK_TEAM);
    execute(job(list));
    assertThat(quiet).isWaitingAt(HeilongjiangListVariables.AWAITING_ANNOUNCEMENT);
    assertThat(candidates(list, "verificationCandidates")).containsExactly(id(910));

    // when: the objection is found not upheld on a later day
    Instant decidedAt = Instant.parse("2016-12-03T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(decidedAt));
    complete(task(notice), withVariables("objectionFindings", "车辆为亲属所有，收入属实", "objectionUpheld", false));

    // then: a full period of its own, then its own announcement
    Job period = processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult();
    // decided on 12-03 (16:00 in China): the period is 12-04 … 12-10 and runs out at 24:00 of the 10th
    assertThat(period.getDuedate().toInstant()).isEqualTo(Instant.parse("2016-12-11T00:00:00+08:00"));
    execute(period);
    assertThat(objected).isWaitingAt("Activity_AnnounceExit");
  }

  @Test
  void shouldSurveyAHouseholdAgainWhenTheObjectionIsUpheldAndPutItOnTheVillagesNextList() {
    ProcessInstance exit = surveyed(912, 2017);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, List.of(id(912)), "");
    confirm(list, List.of(id(912)), "");
    steps().registerObjection(id(912), 2017, "外出务工收入未申报");

    complete(task(steps().noticeOf(exit)), withVariables("objectionFindings", "属实", "objectionUpheld", true));

    assertThat(exit).isWaitingAt("Activity_HouseholdSurvey");
    execute(job(list));
    assertThat(list).isEnded().hasPassed("Event_AllOpposed");
    complete(task(exit));
    ProcessInstance nextList = steps().listOf(exit);
    assertThat(nextList.getId()).isNotEqualTo(list.getId());
    assertThat(runtimeService.getVariable(nextList.getId(), "listNumber"))
        .isEqualTo((Integer) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(list.getId()).variableName("listNumber").singleResult().getValue() + 1);
    assertThat(nextList).isWaitingAt("Activity_AppraisalMeeting");
  }

  @Test
  @DisplayName("004 四(一)3 村内公示异议成立：重新入户调查、重新对照退出标准，列入本村本年度下一批名单，经评议、核实认可、公示后公告退出")
  void shouldSurveyAndAssessAnUpheldHouseholdAgainAndExitItOnTheVillagesSecondListOfTheYear() {
    // given: a household on its village's first list of the year, in the list's notice
    ProcessInstance exit = surveyed(916, 2018);
    ProcessInstance firstList = steps().listOf(exit);
    int firstNumber = (Integer) runtimeService.getVariable(firstList.getId(), "listNumber");
    steps().holdMeeting(firstList, List.of(id(916)), "");
    confirm(firstList, List.of(id(916)), "");
    assertThat(exit).isWaitingAt("Activity_InVillageListNotice");

    // when: an objection against it is found upheld
    steps().registerObjection(id(916), 2018, "该户经营收入未如实申报");
    complete(task(steps().noticeOf(exit)), withVariables("objectionFindings", "属实，养殖收入漏报", "objectionUpheld", true));

    // then: back to the work team's 入户调查, not to 核实认可; still 预退出, not announced with its list
    assertThat(exit).isWaitingAt("Activity_HouseholdSurvey").task().hasCandidateGroup(WORK_TEAM);
    assertThat(exit).hasNotPassed("Activity_AwaitAnnouncement");
    assertThat(runtimeService.getVariable(exit.getId(), "lastObjectionFindings")).isEqualTo("属实，养殖收入漏报");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(916))).contains(HouseholdStatus.PRE_EXIT);
    execute(job(firstList));
    assertThat(firstList).isEnded().hasPassed("Event_AllOpposed");

    // when: the re-survey records the income the objection found, still above the line
    complete(task(exit), withVariables("businessIncome", 4000.0));

    // then: the standard is applied again and the household joins the village's next list of the year
    assertThat(runtimeService.getVariable(exit.getId(), "standardSummary").toString())
        .contains("人均可支配收入6650.00元，超过2018年国家扶贫标准3535元");
    ProcessInstance secondList = steps().listOf(exit);
    assertThat(secondList.getId()).isNotEqualTo(firstList.getId());
    assertThat(runtimeService.getVariable(secondList.getId(), "listNumber")).isEqualTo(firstNumber + 1);
    assertThat(secondList.getBusinessKey()).isEqualTo(XINXING + "-2018-" + (firstNumber + 1));
    assertThat(taskService.getVariableLocal(task(secondList).getId(), "caseSubject"))
        .isEqualTo("新兴村（" + XINXING + "）· 奇克镇 · 第" + (firstNumber + 1) + "批名单 1户");

    // when: the second list's assembly, verification, notice and announcement
    steps().holdMeeting(secondList, List.of(id(916)), "");
    confirm(secondList, List.of(id(916)), "");
    assertThat(exit).isWaitingAt("Activity_InVillageListNotice");
    assertThat(noticeBoard.find(committee(), secondList.getId(), NoticeStage.VILLAGE).orElseThrow().standard())
        .startsWith("，其年人均纯收入稳定超过2018年国家扶贫标准（3535元），不愁吃").doesNotContain("省扶贫标准");
    execute(job(secondList));
    complete(task(secondList), withVariables("announcementNumber", "新兴村公告〔2018〕5号", "announcementDate", "2018-12-28"));

    // then
    assertThat(exit).isEnded().hasPassedInOrder("Activity_VillageNotice", "Activity_HouseholdSurvey",
        "Activity_ApplySurveyStandard", "Activity_JoinAppraisalList", "Activity_AwaitAppraisal",
        "Activity_AwaitConfirmation", "Activity_InVillageListNotice", "Activity_AwaitAnnouncement", "Activity_RecordExit");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(916))).contains(HouseholdStatus.EXITED);
    assertThat(lastReason(916)).isEqualTo("2018年度脱贫退出：公告退出（新兴村公告〔2018〕5号）");
  }

  @Test
  @DisplayName("004 四(一)3 村内公示异议成立、重新入户调查后未达到退出标准的，恢复未脱贫，不再列入名单")
  void shouldKeepAnUpheldHouseholdOnTheRegisterWhenTheReSurveyFailsTheStandard() {
    ProcessInstance exit = surveyed(917, 2018);
    ProcessInstance list = steps().listOf(exit);
    steps().holdMeeting(list, List.of(id(917)), "");
    confirm(list, List.of(id(917)), "");
    steps().registerObjection(id(917), 2018, "该户务工收入系一次性收入");
    complete(task(steps().noticeOf(exit)), withVariables("objectionFindings", "属实，务工收入不稳定", "objectionUpheld", true));

    // the re-survey: wages of 1000 in all, 3535 × 2 = 7070 is the line
    complete(task(exit), withVariables("wageIncome", 1000.0));

    assertThat(exit).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_AnnounceExit");
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(exit.getId())
        .activityId("Activity_JoinAppraisalList").count()).isEqualTo(1);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(917))).contains(HouseholdStatus.POOR);
    assertThat(lastReason(917)).isEqualTo("对照退出标准评定未达标：收入稳定超过贫困标准：人均可支配收入1650.00元，未超过2018年国家扶贫标准3535元");
  }

  @Test
  @DisplayName("004 三(一) 省标准贫困户对照省扶贫标准：恰在省扶贫标准的不达标，超过0.01元的达标；国标户同等收入对照国家扶贫标准")
  void shouldMeasureAProvincialStandardHouseholdAgainstTheProvincialLine() {
    // given: two 省标 households and one 国标 household, each of two members
    BigDecimal provincial = policy.province("230000").provincialPovertyLine(2019).orElseThrow();
    BigDecimal national = policy.nationalPovertyLine(2019);
    assertThat(provincial).isGreaterThan(national);
    onProvincialStandard(918);
    onProvincialStandard(919);

    // when: the cases start, each survey form compares with the household's own line
    ProcessInstance atLine = procedureOf(steps().startCase(id(918), 2019));
    ProcessInstance justAbove = procedureOf(steps().startCase(id(919), 2019));
    ProcessInstance nationalAtProvincialLine = procedureOf(steps().startCase(id(920), 2019));
    assertThat(runtimeService.getVariable(atLine.getId(), "povertyLine")).isEqualTo(provincial.doubleValue());
    assertThat(runtimeService.getVariable(nationalAtProvincialLine.getId(), "povertyLine")).isEqualTo(national.doubleValue());

    // and: the surveys record a per-capita income exactly at the provincial line, and 0.01 above it
    survey(atLine, provincial.multiply(BigDecimal.valueOf(2)));
    survey(justAbove, provincial.multiply(BigDecimal.valueOf(2)).add(new BigDecimal("0.02")));
    survey(nationalAtProvincialLine, provincial.multiply(BigDecimal.valueOf(2)));

    // then: at the line is not stably above it; the verdict names the provincial line
    String line = "2019年省扶贫标准" + provincial.toPlainString() + "元";
    assertThat(atLine).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_JoinAppraisalList");
    assertThat(lastReason(918)).isEqualTo("对照退出标准评定未达标：收入稳定超过贫困标准：人均可支配收入"
        + provincial.setScale(2) + "元，未超过" + line);
    assertThat(justAbove).isWaitingAt("Activity_AwaitAppraisal");
    assertThat(runtimeService.getVariable(justAbove.getId(), "standardSummary").toString())
        .contains("人均可支配收入" + provincial.add(new BigDecimal("0.01")).setScale(2) + "元，超过" + line);
    // the same income passes a 国标 household, measured against the national line and saying so
    assertThat(nationalAtProvincialLine).isWaitingAt("Activity_AwaitAppraisal");
    assertThat(runtimeService.getVariable(nationalAtProvincialLine.getId(), "standardSummary").toString())
        .contains("超过2019年国家扶贫标准" + national.toPlainString() + "元");

    // when: both are agreed, verified and posted on the village's notice
    ProcessInstance list = steps().listOf(justAbove);
    assertThat(steps().listOf(nationalAtProvincialLine).getId()).isEqualTo(list.getId());
    steps().holdMeeting(list, List.of(id(919), id(920)), "");
    confirm(list, List.of(id(919), id(920)), "");

    // then: the printed notice states the provincial line its 省标 household met, beside the national one
    assertThat(noticeBoard.find(committee(), list.getId(), NoticeStage.VILLAGE).orElseThrow().standard())
        .startsWith("，其年人均纯收入稳定超过2019年国家扶贫标准（" + national.toPlainString() + "元）（省标准贫困户稳定超过2019年省扶贫标准（"
            + provincial.toPlainString() + "元）），不愁吃、不愁穿");
  }

  @Test
  void shouldKeepAHouseholdWithoutSafeDrinkingWaterOffTheList() {
    // household 2 of 新兴村 lacks safe drinking water, a criterion in Heilongjiang
    ProcessInstance exit = steps().startCase(OtherProvinceRegister.household(XINXING, 2), 2020);
    ProcessInstance procedure = procedureOf(exit);
    execute(job(procedure));
    complete(task(procedure));

    assertThat(procedure).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_JoinAppraisalList");
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, OtherProvinceRegister.household(XINXING, 2));
    assertThat(trail.get(trail.size() - 1).reason()).isEqualTo("对照退出标准评定未达标：饮水安全有保障：饮水不安全");
  }

  // --- steps

  private static Authentication committee() {
    return new Authentication(COMMITTEE, List.of(COMMITTEE));
  }

  private void onProvincialStandard(int number) {
    jdbc.sql("update household set poverty_standard = 'PROVINCIAL' where id = ?").param(id(number)).update();
  }

  /** The work team's 入户调查 with the register's facts except the income: all of it as wages. */
  private void survey(ProcessInstance procedure, BigDecimal income) {
    execute(job(procedure));
    complete(task(procedure), withVariables("wageIncome", income.doubleValue(), "businessIncome", 0.0,
        "businessCosts", 0.0, "propertyIncome", 0.0, "transferIncome", 0.0));
  }

  /** The household's case of the Heilongjiang procedure, surveyed and waiting for its list's assembly. */
  private ProcessInstance surveyed(int number, int year) {
    ProcessInstance procedure = procedureOf(steps().startCase(id(number), year));
    execute(job(procedure));
    assertThat(procedure).isWaitingAt("Activity_HouseholdSurvey").task().hasCandidateGroup(WORK_TEAM);
    complete(task(procedure));
    assertThat(procedure).isWaitingAt("Activity_AwaitAppraisal");
    return procedure;
  }

  private ProcessInstance procedureOf(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_HeilongjiangProcedure");
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
  }

  /** The work team's one verification of the list: the households that agree, and the others with reasons. */
  private void confirm(ProcessInstance list, List<String> agreeing, String disagreeing) {
    Map<String, Object> verification = new HashMap<>();
    verification.put("confirmationVerifiers", "孙立军、高峰、马丽");
    verification.put("agreeingHouseholds", SpinValues.jsonValue(Spin.JSON(agreeing).toString()).create());
    verification.put("disagreeingHouseholds", disagreeing);
    complete(task(list), verification);
  }

  /** The Camunda Form the list's open task shows. */
  private String formOf(ProcessInstance list) {
    return taskService.createTaskQuery().processInstanceId(list.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey();
  }

  private List<String> candidates(ProcessInstance list, String variable) {
    org.camunda.spin.json.SpinJsonNode options = (org.camunda.spin.json.SpinJsonNode) runtimeService.getVariable(list.getId(), variable);
    return options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
  }

  private HouseholdCaseSteps steps() {
    return new HouseholdCaseSteps(processEngine);
  }

  private String lastReason(int number) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, id(number));
    return trail.get(trail.size() - 1).reason();
  }

  private static String id(int number) {
    return TestHouseholds.id(XINXING, number);
  }
}
