package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.OtherProvinceRegister.HEILONGJIANG_VILLAGE;
import static cn.gov.povertyexit.support.OtherProvinceRegister.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Heilongjiang procedure (seed 004 四(一)), which householdExit calls for households of 黑龙江省. */
class HeilongjiangHouseholdExitProcessIT extends ProcessEngineTest {

  @Autowired RuntimeService runtimeService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerHeilongjiangVillage() {
    OtherProvinceRegister.ensure(jdbc);
  }

  @Test
  void shouldAppraiseConfirmNoticeAndAnnounceTheExit() {
    // given
    ProcessInstance exit = start(1);
    ProcessInstance procedure = variantOf(exit);

    // when
    survey(procedure);
    appraise(procedure, true);
    confirm(procedure, true);
    passNotice(procedure);
    complete(task(procedure), withVariables("announcementNumber", "逊政告〔2020〕9号", "announcementDate", "2020-12-20"));

    // then
    assertThat(procedure).isEnded().hasPassedInOrder("Activity_HouseholdSurvey", "Activity_RepresentativeAppraisal",
        "Activity_VerifyAndConfirm", "Activity_VillageNotice", "Activity_AnnounceExit", "Activity_RecordExit");
    assertThat(exit).isEnded().hasPassed("Activity_HeilongjiangProcedure", "Event_HeilongjiangProcedureDone")
        .hasNotPassed("Event_SupportPeriodEnded");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(HEILONGJIANG_VILLAGE, 1))).contains(HouseholdStatus.EXITED);
    assertThat(lastReason(1)).isEqualTo("2020年度脱贫退出：公告退出（逊政告〔2020〕9号）");
    assertThat(procedure.getTenantId()).isEqualTo("county-231123");
  }

  @Test
  void shouldReVerifyWithVillagerRepresentativesWhenTheHouseholdDisagreesAndAgainAfterAnUpheldObjection() {
    // given
    ProcessInstance procedure = variantOf(start(3));
    survey(procedure);
    appraise(procedure, true);

    // when: the household disputes its exit, the representatives confirm it
    confirm(procedure, false);
    assertThat(procedure).isWaitingAt("Activity_RepresentativeReVerification").task()
        .hasCandidateGroup("village-" + HEILONGJIANG_VILLAGE + "-committee");
    complete(task(procedure), withVariables("representativeCount", 15L, "reVerificationFindings", "收入稳定，确认退出",
        "exitConfirmed", true));

    // and an objection in the notice is upheld
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(procedure.getId()).singleResult();
    new HouseholdCaseSteps(processEngine).registerObjection(household(HEILONGJIANG_VILLAGE, 3), 2020, "该户主要劳动力患病");
    assertThat(notice).task().hasCandidateGroup("village-" + HEILONGJIANG_VILLAGE + "-workteam");
    complete(task(notice), withVariables("objectionFindings", "情况属实，需再核实", "objectionUpheld", true));

    // then: back to verification and the household's agreement
    assertThat(procedure).isWaitingAt("Activity_VerifyAndConfirm");
    confirm(procedure, true);
    passNotice(procedure);
    assertThat(procedure).isWaitingAt("Activity_AnnounceExit");
  }

  @Test
  void shouldKeepAHouseholdTheRepresentativesDoNotConfirm() {
    ProcessInstance procedure = variantOf(start(4));
    survey(procedure);
    appraise(procedure, true);
    confirm(procedure, false);

    complete(task(procedure), withVariables("representativeCount", 12L, "reVerificationFindings", "家庭收入来源不稳定",
        "exitConfirmed", false));

    assertThat(procedure).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_VillageNotice");
    assertThat(lastReason(4)).isEqualTo("村民代表再核实未确认退出：家庭收入来源不稳定");
  }

  @Test
  void shouldKeepAHouseholdWithoutSafeDrinkingWaterWhichHeilongjiangRequires() {
    ProcessInstance procedure = variantOf(start(2));

    survey(procedure);

    assertThat(procedure).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_RepresentativeAppraisal");
    assertThat(lastReason(2)).isEqualTo("对照退出标准评定未达标：饮水安全有保障：饮水不安全");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(HEILONGJIANG_VILLAGE, 2))).contains(HouseholdStatus.POOR);
  }

  @Test
  void shouldKeepAHouseholdTheRepresentativeAssemblyDoesNotAgreeOn() {
    ProcessInstance procedure = variantOf(start(5));
    survey(procedure);

    appraise(procedure, false);

    assertThat(procedure).isEnded().hasPassed("Event_HouseholdStaysPoor");
    assertThat(lastReason(5)).startsWith("民主评议未同意退出");
  }

  private ProcessInstance start(int number) {
    return new HouseholdCaseSteps(processEngine).startCase(household(HEILONGJIANG_VILLAGE, number), 2020);
  }

  private ProcessInstance variantOf(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_HeilongjiangProcedure");
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
  }

  private void survey(ProcessInstance procedure) {
    execute(job(procedure));
    assertThat(procedure).isWaitingAt("Activity_HouseholdSurvey").task().hasCandidateGroup("village-" + HEILONGJIANG_VILLAGE + "-workteam");
    complete(task(procedure));
  }

  private void appraise(ProcessInstance procedure, boolean agreed) {
    assertThat(procedure).isWaitingAt("Activity_RepresentativeAppraisal").task().hasCandidateGroup("village-" + HEILONGJIANG_VILLAGE + "-committee");
    complete(task(procedure), withVariables("appraisalDate", "2020-11-10", "appraisalAttendance", 41L,
        "appraisalAgreed", agreed, "appraisalRemarks", agreed ? "同意" : "不同意"));
  }

  private void confirm(ProcessInstance procedure, boolean agrees) {
    assertThat(procedure).isWaitingAt("Activity_VerifyAndConfirm").task().hasCandidateGroup("village-" + HEILONGJIANG_VILLAGE + "-workteam");
    complete(task(procedure), withVariables("confirmationVerifiers", "村支书、工作队队长、第一书记", "householdAgrees", agrees));
  }

  private void passNotice(ProcessInstance procedure) {
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(procedure.getId()).singleResult();
    execute(processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult());
  }

  private String lastReason(int number) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, household(HEILONGJIANG_VILLAGE, number));
    return trail.get(trail.size() - 1).reason();
  }
}
