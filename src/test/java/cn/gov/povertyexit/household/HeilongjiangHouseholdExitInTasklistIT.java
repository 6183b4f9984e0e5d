package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TasklistSteps;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One household of 新兴村 (黑龙江省黑河市逊克县奇克镇) through the Heilongjiang procedure (seed 004 四(一)) in the Chinese
 * Tasklist, each step by the village official whose task it is: the home survey, the villager representatives'
 * appraisal, the verification with the household, which disputes the exit, the representatives' re-verification that
 * confirms it, the village notice (its seven days simulated) and the announcement; the register then shows 已脱贫.
 * The place and its officials are added to the register for this class (the demo has none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeilongjiangHouseholdExitInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = OtherProvinceRegister.HEILONGJIANG_VILLAGE;
  private static final String HOUSEHOLD = OtherProvinceRegister.household(VILLAGE, 1);
  private static final int YEAR = 2020;
  private static final String CASE = HouseholdVariables.businessKey(HOUSEHOLD, YEAR);
  private static final String WORK_TEAM = "village-" + VILLAGE + "-workteam";
  private static final String COMMITTEE = "village-" + VILLAGE + "-committee";

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired StatusRegister register;

  private ChineseBrowser browser;
  private TasklistSteps walk;

  @BeforeAll
  void addHeilongjiangAndOpenBrowser() {
    OtherProvinceRegister.ensure(jdbc);
    access.synchronise();
    demo.createOfficials();
    browser = new ChineseBrowser(port);
    walk = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void shouldTakeADisputedExitThroughTheRepresentativesReVerificationToTheAnnouncement() {
    // given: the county office has chosen the household for the year's exits
    RestApi.Response started = restAs("county-231123-office").post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(HOUSEHOLD), "exitYear", integer(YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);

    // when
    walk.work(WORK_TEAM, caseTask("Activity_HouseholdSurvey"), "yearEndSurveyForm", HOUSEHOLD,
        () -> browser.waitForText(By.cssSelector(".fjs-container"), "成员1-1"));
    walk.work(COMMITTEE, caseTask("Activity_RepresentativeAppraisal"), "democraticAppraisalForm", HOUSEHOLD, () -> {
      browser.type("Field_AppraisalDate", "2020年11月25日");
      browser.type("Field_AppraisalAttendance", "35");
      browser.pick("Field_AppraisalAgreed", "同意退出");
      browser.type("Field_AppraisalRemarks", "村民代表大会评议同意");
    });
    walk.work(WORK_TEAM, caseTask("Activity_VerifyAndConfirm"), "householdConfirmationForm", HOUSEHOLD, () -> {
      browser.waitForText(By.cssSelector(".fjs-container"), "退出标准评定结果");
      browser.type("Field_ConfirmationVerifiers", "村党支部书记孙立军、驻村第一书记高峰、驻村工作队员马丽");
      browser.pick("Field_HouseholdAgrees", "不认可");
      browser.type("Field_ConfirmationRemarks", "户主认为务工收入不稳定，不同意退出");
    });
    walk.work(COMMITTEE, caseTask("Activity_RepresentativeReVerification"), "representativeReVerificationForm", HOUSEHOLD, () -> {
      browser.type("Field_RepresentativeCount", "9");
      browser.type("Field_ReVerificationFindings", "村民代表逐项再核实：两人常年在县城务工，收入稳定，达到退出标准");
      browser.pick("Field_ExitConfirmed", "确认退出");
    });
    walk.passNotice(CASE);
    walk.work(COMMITTEE, caseTask("Activity_AnnounceExit"), "exitAnnouncementForm", HOUSEHOLD, () -> {
      assertThat(browser.value("Field_VillageName")).isEqualTo("新兴村");
      browser.type("Field_AnnouncementNumber", "新兴村公告〔2020〕3号");
      browser.type("Field_AnnouncementDate", "2020年12月20日");
    });

    // then: the dispute and the re-verification are kept with the case, the household is 已脱贫
    assertThat(caseValue("householdAgrees")).isEqualTo(false);
    assertThat(caseValue("exitConfirmed")).isEqualTo(true);
    assertThat(caseValue("appraisalDate")).isEqualTo("2020-11-25");
    assertThat(caseValue("announcementDate")).isEqualTo("2020-12-20");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, HOUSEHOLD)).contains(HouseholdStatus.EXITED);
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, HOUSEHOLD);
    assertThat(trail.get(trail.size() - 1).actor()).isEqualTo(COMMITTEE);
  }

  private Task caseTask(String activityId) {
    return walk.waitForTask(() -> taskService.createTaskQuery().processInstanceBusinessKey(CASE).taskDefinitionKey(activityId));
  }

  /** A variable of the household's Heilongjiang procedure (the instance its tasks belong to). */
  private Object caseValue(String name) {
    String procedure = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("householdExitHeilongjiang").processInstanceBusinessKey(CASE).singleResult().getId();
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(procedure).variableName(name)
        .singleResult().getValue();
  }
}
