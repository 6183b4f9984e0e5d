package cn.gov.povertyexit.household;

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
import cn.gov.povertyexit.support.ProcessEngineTest;
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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path of the household procedure (householdExit with its notices and objections) on the demo
 * register of 东岭村, 修水县 (village 360424100201): household n is 3604241002010000 + n, its situation as in
 * DemoHouseholds.VILLAGE_MIX.
 */
class HouseholdExitProcessIT extends ProcessEngineTest {

  private static final String VILLAGE = "360424100201";
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void shouldTakeAHouseholdMeetingTheStandardThroughEveryStepToExited() {
    // given
    ProcessInstance exit = startCase(household(1), 2020);
    assertThat(exit).isWaitingAt("Event_SupportPeriodEnded");
    // Jiangxi keeps the national year-end date (seed 000 五(1) 年终; Hunan's own dates, seed 003 四(二), are not its)
    assertThat(job(exit).getDuedate().toInstant()).isEqualTo(Instant.parse("2020-10-31T16:00:00Z"));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(1))).contains(HouseholdStatus.PRE_EXIT);

    // when
    passSurvey(exit);
    agreeInAppraisal(exit);
    passNotice(exit);
    verifyAtHome(exit, Map.of());
    passNotice(exit);
    answerFromCounty(exit, true, "县政府〔2020〕12号公告");

    // then
    assertThat(exit).hasPassedInOrder("Activity_MarkPreExit", "Activity_YearEndSurvey", "Activity_ApplySurveyStandard",
        "Activity_JoinAppraisalList", "Activity_AwaitAppraisal", "Activity_InVillageListNotice",
        "Activity_AwaitTownshipListVerification", "Activity_InSecondListNotice", "Activity_AwaitCountyDecision",
        "Activity_RecordExit")
        .isEnded().hasPassed("Event_HouseholdExited").hasNotPassed("Activity_VillageNotice", "Activity_SecondNotice");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(1))).contains(HouseholdStatus.EXITED);
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, household(1));
    assertThat(trail).extracting(StatusChange::toStatus).containsExactly("POOR", "PRE_EXIT", "EXITED");
    assertThat(trail.get(2).processInstanceId()).isEqualTo(exit.getId());
    assertThat(trail.get(2).reason()).contains("县政府〔2020〕12号公告");
    assertThat(exit.getBusinessKey()).isEqualTo(household(1) + "-2020");
    assertThat(exit.getTenantId()).isEqualTo("county-360424");
  }

  @Test
  void shouldKeepAHouseholdBelowTheLineOnTheRegisterAfterTheSurvey() {
    // given: household 2 earns 85% of the line
    ProcessInstance exit = startCase(household(2), 2020);

    // when: the work team sees why and confirms, and the committee's meeting takes note
    passSurvey(exit);
    assertThat(exit).isWaitingAt("Activity_ReviewSurveyFailure").task()
        .hasCandidateGroup("village-" + VILLAGE + "-workteam");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(2))).contains(HouseholdStatus.PRE_EXIT);
    complete(task(exit), withVariables("surveyFailureConfirmed", true));
    ProcessInstance list = steps().listOf(exit);
    assertThat(steps().candidatesOf(list)).doesNotContain(household(2));
    assertThat(runtimeService.getVariable(list.getId(), "appraisalList").toString())
        .contains(household(2), "未达标（驻村工作队已确认）");
    steps().holdMeeting(list, steps().candidatesOf(list), "");

    // then
    assertThat(exit).isEnded().hasPassed("Activity_KeepOnRegister", "Event_HouseholdStaysPoor")
        .hasNotPassed("Activity_InVillageListNotice");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(2))).contains(HouseholdStatus.POOR);
    assertThat(lastReason(household(2))).startsWith("对照退出标准评定未达标：收入稳定超过贫困标准：人均可支配收入3400.00元");
  }

  @Test
  void shouldSendASurveyTheWorkTeamFindsMistypedBackForCorrectionWithItsValues() {
    // given: a qualifying household whose income was typed one digit short
    ProcessInstance exit = startCase(household(4), 2019);
    execute(job(exit));
    Map<String, Object> typed = HouseholdCaseSteps.findings("B");
    typed.put("wageIncome", 900.0);
    complete(task(exit), typed);
    assertThat(exit).isWaitingAt("Activity_ReviewSurveyFailure");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason").toString()).contains("收入稳定超过贫困标准");

    // when
    complete(task(exit), withVariables("surveyFailureConfirmed", false));

    // then: the survey again, with what was typed, and nothing changed on the register
    assertThat(exit).isWaitingAt("Activity_YearEndSurvey");
    assertThat(runtimeService.getVariable(exit.getId(), "wageIncome")).isEqualTo(900.0);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(4))).contains(HouseholdStatus.PRE_EXIT);
    typed.put("wageIncome", 9000.0);
    complete(task(exit), typed);
    assertThat(exit).isWaitingAt("Activity_AwaitAppraisal");
  }

  @Test
  void shouldKeepAHouseholdTheTownshipFindsInADangerousHouse() {
    // given
    ProcessInstance exit = startCase(household(3), 2020);
    passSurvey(exit);
    agreeInAppraisal(exit);
    passNotice(exit);

    // when: the township's list sends it to its own verification, where the team finds the house rated D
    verifyAtHome(exit, HouseholdCaseSteps.findings("D"));

    // then
    assertThat(exit).isEnded().hasPassed("Activity_TownshipVerification", "Activity_ApplyVerifiedStandard",
            "Activity_KeepOnRegister")
        .hasNotPassed("Activity_SecondNotice", "Activity_InSecondListNotice");
    assertThat(lastReason(household(3))).isEqualTo("对照退出标准复核未达标：住房安全有保障：住房鉴定为D级危房");
  }

  @Test
  void shouldKeepAHouseholdTheAppraisalDoesNotAgreeOn() {
    ProcessInstance exit = startCase(household(5), 2020);
    passSurvey(exit);
    ProcessInstance list = steps().listOf(exit);
    List<String> others = new java.util.ArrayList<>(steps().candidatesOf(list));
    others.remove(household(5));

    steps().holdMeeting(list, others, household(5) + " 家庭收入不稳定，建议继续帮扶");

    assertThat(exit).isEnded().hasPassed("Event_HouseholdStaysPoor").hasNotPassed("Activity_InVillageListNotice");
    assertThat(lastReason(household(5))).isEqualTo("民主评议未同意退出：家庭收入不稳定，建议继续帮扶");
  }

  @Test
  void shouldSendTheHouseholdBackToTheSurveyWhenAnObjectionInTheVillageNoticeIsUpheld() {
    // given
    ProcessInstance exit = startCase(household(7), 2019);
    passSurvey(exit);
    agreeInAppraisal(exit);

    // when
    registerObjection(household(7), 2019, "该户子女在外务工收入未如实申报");
    ProcessInstance notice = noticeOf(exit);
    assertThat(exit).hasPassed("Event_VillageNoticeObjection", "Activity_RecordVillageObjection");
    assertThat(notice).isWaitingAt("Activity_VerifyObjection").task()
        .hasCandidateGroup("village-" + VILLAGE + "-committee").hasCandidateGroup("township-360424100-government");
    complete(task(notice), withVariables("objectionFindings", "经核实情况属实", "objectionUpheld", true));

    // then
    assertThat(notice).isEnded().hasPassed("Event_ObjectionUpheld");
    assertThat(exit).isWaitingAt("Activity_YearEndSurvey");
    assertThat(runtimeService.getVariable(exit.getId(), "lastObjectionFindings")).isEqualTo("经核实情况属实");
  }

  @Test
  void shouldRestartTheNoticeForAFullPeriodWhenAnObjectionIsNotUpheld() {
    // given
    ProcessInstance exit = startCase(household(9), 2019);
    passSurvey(exit);
    agreeInAppraisal(exit);
    registerObjection(household(9), 2019, "怀疑该户住房不安全");
    ProcessInstance notice = noticeOf(exit);

    // when: the objection is decided on day 5 of the notice
    Instant decidedAt = Instant.parse("2020-11-25T09:30:00Z");
    ClockUtil.setCurrentTime(Date.from(decidedAt));
    complete(task(notice), withVariables("objectionFindings", "经查住房为B级，安全", "objectionUpheld", false));

    // then: a new timer for a full period counted from the next day (11-26 … 12-02), due at 24:00 of its last day
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2020-12-03T00:00:00+08:00"));
    assertThat(notice).isWaitingAt("Gateway_AwaitNoticeOutcome");
    // and the register: the objection verified on the list's notice, the household's own notice replacing it there
    Map<String, Object> own = jdbc.sql("select * from public_notice where case_instance_id = ?").param(notice.getId())
        .query().singleRow();
    Map<String, Object> objection = jdbc.sql("select * from notice_objection where subject_id = ? and notice_id = ?")
        .params(household(9), own.get("replaces_id")).query().singleRow();
    assertThat(objection).containsEntry("upheld", false)
        .containsEntry("findings", "经查住房为B级，安全").containsEntry("content", "怀疑该户住房不安全");
    assertThat(own).containsEntry("kind", "HOUSEHOLD").containsEntry("outcome", "RUNNING")
        .containsEntry("posting_place", "本村村务公开栏");
    assertThat(own.get("posted_on").toString()).isEqualTo("2020-11-25");
    assertThat(own.get("ends_on").toString()).isEqualTo("2020-12-02");
    execute(timer);
    assertThat(exit).isWaitingAt("Activity_TownshipVerification");
    assertThat(jdbc.sql("select outcome from public_notice where id = ?").param(own.get("id")).query(String.class).single())
        .isEqualTo("PASSED");
  }

  @Test
  void shouldVerifyAnObjectionRaisedWhileAnotherIsBeingVerifiedAfterIt() {
    // given: the village notice of a household, with one objection under verification
    ProcessInstance exit = startCase(household(11), 2019);
    passSurvey(exit);
    agreeInAppraisal(exit);
    registerObjection(household(11), 2019, "怀疑该户住房不安全");
    ProcessInstance notice = noticeOf(exit);
    assertThat(notice).isWaitingAt("Activity_VerifyObjection");

    // when: a second objection arrives during that verification, and the first is found not upheld
    registerObjection(household(11), 2019, "该户有人在外经商，收入未申报");
    assertThat(notice).hasPassed("Event_FurtherObjectionRaised", "Activity_QueueObjection");
    assertThat(runtimeService.getVariable(notice.getId(), "objectionContent")).isEqualTo("怀疑该户住房不安全");
    complete(task(notice), withVariables("objectionFindings", "经查住房为B级，安全", "objectionUpheld", false));

    // then: the second objection is verified next, before any new period starts
    assertThat(notice).isWaitingAt("Activity_VerifyObjection").hasPassed("Activity_TakeNextObjection");
    assertThat(runtimeService.getVariable(notice.getId(), "objectionContent")).isEqualTo("该户有人在外经商，收入未申报");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).count()).isZero();
    complete(task(notice), withVariables("objectionFindings", "经查属实，经商收入未计入", "objectionUpheld", true));
    assertThat(notice).isEnded().hasPassed("Event_ObjectionUpheld");
    assertThat(exit).isWaitingAt("Activity_YearEndSurvey");
    // both objections are kept against the list's notice, each with its own verdict; no notice of its own was posted
    List<Map<String, Object>> objections = jdbc.sql("select o.content, o.upheld, n.kind from notice_objection o"
            + " join public_notice n on n.id = o.notice_id where o.subject_id = ? and n.exit_year = 2019 order by o.id")
        .param(household(11)).query().listOfRows();
    assertThat(objections).extracting(row -> row.get("content"), row -> row.get("upheld"), row -> row.get("kind"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("怀疑该户住房不安全", false, "VILLAGE_LIST"),
            org.assertj.core.groups.Tuple.tuple("该户有人在外经商，收入未申报", true, "VILLAGE_LIST"));
    assertThat(jdbc.sql("select count(*) from public_notice where case_instance_id = ?").param(notice.getId())
        .query(Integer.class).single()).isZero();
  }

  @Test
  void shouldSendTheHouseholdBackToTownshipVerificationWhenAnObjectionInTheSecondNoticeIsUpheld() {
    // given
    ProcessInstance exit = startCase(household(13), 2019);
    passSurvey(exit);
    agreeInAppraisal(exit);
    passNotice(exit);
    verifyAtHome(exit, HouseholdCaseSteps.findings("B"));
    ProcessInstance secondNotice = noticeOf(exit);
    assertThat(exit).isWaitingAt("Activity_SecondNotice");

    // when
    registerObjection(household(13), 2019, "住房鉴定有误");
    assertThat(secondNotice).task().hasCandidateGroup("township-360424100-government");
    complete(task(secondNotice), withVariables("objectionFindings", "重新鉴定", "objectionUpheld", true));

    // then: the household's own second notice, posted by the township in the village, was interrupted
    assertThat(exit).isWaitingAt("Activity_TownshipVerification").hasPassed("Activity_SecondNotice");
    Map<String, Object> interrupted = jdbc.sql("select * from public_notice where case_instance_id = ?")
        .param(secondNotice.getId()).query().singleRow();
    assertThat(interrupted).containsEntry("kind", "HOUSEHOLD_SECOND").containsEntry("outcome", "OBJECTED")
        .containsEntry("title", "2019年度拟退出贫困户第二次公示（单户）");
    assertThat(interrupted.get("ended_at")).isNotNull();
    assertThat(jdbc.sql("select upheld from notice_objection where notice_id = ?").param(interrupted.get("id"))
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void shouldKeepAHouseholdTheCountyDoesNotApprove() {
    ProcessInstance exit = startCase(household(17), 2020);
    passSurvey(exit);
    agreeInAppraisal(exit);
    passNotice(exit);
    verifyAtHome(exit, Map.of());
    passNotice(exit);

    answerFromCounty(exit, false, "第三方评估核查未达标");

    assertThat(exit).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_RecordExit");
    assertThat(lastReason(household(17))).isEqualTo("县级审批未批准退出：第三方评估核查未达标");
  }

  @Test
  void shouldRefuseAnUnknownHouseholdAndKeepNothing() {
    long before = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> startCase("3604241002019999", 2020))
        .isInstanceOf(CaseRefusedException.class).hasMessage("您的辖区内没有户编号为 3604241002019999 的贫困户");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseASecondCaseForTheSameHouseholdAndYear() {
    startCase(household(22), 2020);
    int trail = register.history(SubjectType.HOUSEHOLD, household(22)).size();

    assertThatThrownBy(() -> startCase(household(22), 2020))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessage("户编号 " + household(22) + " 的2020年度退出案件已经存在，不能重复发起");
    assertThat(register.history(SubjectType.HOUSEHOLD, household(22))).hasSize(trail);
  }

  @Test
  void shouldRefuseAYearWithoutPovertyLine() {
    assertThatThrownBy(() -> startCase(household(21), 2031)).hasMessageContaining("未配置2031年国家贫困标准");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(21))).contains(HouseholdStatus.POOR);
  }

  @Test
  void shouldRefuseAVerificationTeamOfTwoAndKeepTheTask() {
    // given
    ProcessInstance exit = startCase(household(19), 2019);
    passSurvey(exit);
    agreeInAppraisal(exit);
    passNotice(exit);
    ProcessInstance list = steps().listOf(exit);
    Task verification = task(list);
    Object everyone = json(steps().candidatesOfVerification(list));

    // when / then
    assertThatThrownBy(() -> taskService.complete(verification.getId(), Map.of("verifiers", "张三\n李四",
        "verificationDate", "2019-12-01", "confirmedHouseholds", everyone)))
        .isInstanceOf(CaseRefusedException.class).hasMessage("入户核实人员不得少于3人（000号文件 五(1)），当前为2人");
    assertThat(taskService.createTaskQuery().taskId(verification.getId()).count()).isEqualTo(1);
    // the same name twice is still two people
    assertThatThrownBy(() -> taskService.complete(verification.getId(), Map.of("verifiers", team("张三", "李四", "张三"),
        "verificationDate", "2019-12-01", "confirmedHouseholds", everyone)))
        .hasMessageContaining("当前为2人");
    assertThat(exit).isWaitingAt("Activity_AwaitTownshipListVerification");
  }

  @Test
  void shouldRefuseNegativeIncomeInTheSurveyAndKeepTheTask() {
    ProcessInstance exit = startCase(household(20), 2019);
    execute(job(exit));

    assertThatThrownBy(() -> taskService.complete(task(exit).getId(), Map.of("wageIncome", -100.0)))
        .isInstanceOf(CaseRefusedException.class).hasMessage("工资性收入不能为负数，收到 -100.0");
    assertThat(exit).isWaitingAt("Activity_YearEndSurvey");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(20))).contains(HouseholdStatus.PRE_EXIT);
  }

  @Test
  void shouldRefuseAnObjectionAgainstACaseNotInNotice() {
    // given: a case waiting for its survey
    ProcessInstance exit = startCase(household(23), 2020);
    long registrations = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("objectionRegistration").count();

    // when / then
    assertThatThrownBy(() -> registerObjection(household(23), 2020, "不应退出"))
        .isInstanceOf(CaseRefusedException.class)
        .hasMessage("户编号 " + household(23) + " 的2020年度退出案件当前不在公示期，不能登记异议");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("objectionRegistration").count()).isEqualTo(registrations);
    assertThat(exit).isWaitingAt("Event_SupportPeriodEnded");
  }

  // --- steps of the procedure, as the officials complete them

  private ProcessInstance startCase(String householdId, int year) {
    return steps().startCase(householdId, year);
  }

  private void passSurvey(ProcessInstance exit) {
    steps().passSurvey(exit);
  }

  private void agreeInAppraisal(ProcessInstance exit) {
    assertThat(runtimeService.getVariable(exit.getId(), "standardMet")).isEqualTo(true);
    steps().agreeInAppraisal(exit);
  }

  private void passNotice(ProcessInstance exit) {
    steps().passNotice(exit);
  }

  private void verifyAtHome(ProcessInstance exit, Map<String, Object> findings) {
    steps().verifyAtHome(exit, findings);
  }

  private void registerObjection(String householdId, int year, String content) {
    steps().registerObjection(householdId, year, content);
  }

  private ProcessInstance noticeOf(ProcessInstance exit) {
    return steps().noticeOf(exit);
  }

  private void answerFromCounty(ProcessInstance exit, boolean approved, String reason) {
    assertThat(exit).isWaitingAt("Activity_AwaitCountyDecision");
    runtimeService.createMessageCorrelation("countyDecision").processInstanceId(exit.getId())
        .setVariable("countyApproved", approved).setVariable("countyDecisionReason", reason).correlate();
  }

  private static Object json(List<String> ids) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.camunda.spin.Spin.JSON(ids).toString()).create();
  }

  private HouseholdCaseSteps steps() {
    return new HouseholdCaseSteps(processEngine);
  }

  private String lastReason(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1).reason();
  }

  private static Object team(String... names) {
    return HouseholdCaseSteps.team(names);
  }

  private static String household(int number) {
    return VILLAGE + String.format("%04d", number);
  }
}
