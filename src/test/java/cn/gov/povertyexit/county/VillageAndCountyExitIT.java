package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * County exit on PostgreSQL, every step through the REST API as the demo official whose task it is — except the
 * State Council's special inspection of 修水县, done in the Chinese Tasklist in Chromium (the village exit is walked
 * in {@code village.VillageExitInTasklistIT}). Households are first taken off the register as the household
 * procedure would (the trail says so), so that the incidences computed from the register fall below 2%.
 */
class VillageAndCountyExitIT extends PostgresApplicationTest {

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void shouldTakeXiushuiThroughTheStateCouncilAndDuchangThroughTheProvincialLeadingGroup() {
    // given: enough households of both counties have exited (those of 东岭村, 南山村 and 杨梅村; 湖滨村, 西源村, 港头村)
    exitHouseholds("""
        select id from household where status = 'POOR' and (village_code in ('360424100201', '360428100201', '360428100202',
          '360428101201') or (village_code = '360424100202' and id <> '3604241002020001')
          or (village_code = '360424101202' and id not in ('3604241012020001', '3604241012020002')))""");

    // when: 修水县, a national key county
    String xiushui = start(restAs("county-360424-leadinggroup"), "countyExit", Map.of("countyCode", string("360424"), "exitYear", integer(2020)));
    throughProvinceCheckAndNotice(xiushui);
    completeOnlyTask(restAs("province-360000-leadinggroup"), xiushui, Map.of("stateCouncilReport", string("修水县拟退出情况报告")));
    inspectInTasklist(xiushui);
    completeOnlyTask(restAs("province-360000-government"), xiushui, Map.of("approvalNumber", string("赣府字〔2020〕30号"),
        "approvalDate", string("2020-12-30")));

    // and 都昌县, the province-designated county of seed 000
    String duchang = start(restAs("county-360428-leadinggroup"), "countyExit", Map.of("countyCode", string("360428"), "exitYear", integer(2020)));
    throughProvinceCheckAndNotice(duchang);
    assertThat(waitForTasks(restAs("national-100000-leadinggroup"), duchang)).isEmpty();
    completeOnlyTask(restAs("province-360000-leadinggroup"), duchang, Map.of("provinceDecision", string("审定同意都昌县退出")));
    completeOnlyTask(restAs("province-360000-government"), duchang, Map.of("approvalNumber", string("赣府字〔2020〕31号"),
        "approvalDate", string("2020-12-30")));

    // then
    for (String county : List.of("360424", "360428")) {
      assertThat(register.currentStatus(SubjectType.COUNTY, county)).as(county).contains(CountyStatus.EXITED);
      List<StatusChange> trail = register.history(SubjectType.COUNTY, county);
      assertThat(trail).extracting(StatusChange::toStatus).containsExactly("POOR_COUNTY", "APPLIED", "EXITED");
      assertThat(trail.get(2).actor()).isEqualTo("province-360000-government");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(xiushui).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(duchang)
        .activityId("Activity_SpecialInspection").count()).isZero();
  }

  private void throughProvinceCheckAndNotice(String exit) {
    completeOnlyTask(restAs("city-360400-leadinggroup"), exit, Map.of("cityReviewOpinion", string("初审同意")));
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("sampledExitedPopulation", longValue(3000));
    sample.put("wronglyExited", longValue(12));
    sample.put("sampledUnregisteredPopulation", longValue(2000));
    sample.put("missedPoor", longValue(9));
    sample.put("surveyedHouseholds", longValue(800));
    sample.put("approvingHouseholds", longValue(771));
    sample.put("assessmentReport", string("第三方评估抽样"));
    completeOnlyTask(restAs("province-360000-assessor"), exit, sample);
    completeOnlyTask(restAs("province-360000-leadinggroup"), exit, Map.of("provinceCheckOpinion", string("列入拟退出名单")));
    passNotice(exit);
  }

  private void inspectInTasklist(String exit) {
    Task inspection = waitForTask(exit, "Activity_SpecialInspection");
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      browser.logIntoTasklist("national-100000-leadinggroup", DEMO_PASSWORD);
      browser.openTask(inspection.getId());
      browser.waitForText(By.cssSelector(".fjs-container"), "专项评估检查");
      browser.waitForText(By.cssSelector(".fjs-container"), "群众认可度");
      browser.screenshot("special-inspection");
      browser.waitFor(By.cssSelector("button.claim")).click();
      browser.waitFor(By.cssSelector("button.unclaim"));
      browser.click(browser.driver().findElement(By.cssSelector("input[id*='Field_InspectionPassed']")));
      browser.driver().findElement(By.cssSelector("textarea[id*='Field_InspectionFindings']")).sendKeys("符合退出条件", Keys.TAB);
      pause(1000);
      browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='完成']")));
    }
    waitUntilDone(inspection.getId());
  }

  /** The households leave the register as their procedure would: 预退出, then 已脱贫. */
  private void exitHouseholds(String query) {
    for (String id : jdbc.sql(query).query(String.class).list()) {
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-" + id.substring(0, 6) + "-office", null, "2020年度预退出对象（测试准备）"));
      register.changeStatus(SubjectType.HOUSEHOLD, id.trim(), HouseholdStatus.EXITED,
          new ChangeContext("county-" + id.substring(0, 6) + "-government", null, "2020年度脱贫退出（测试准备）"));
    }
  }

  private String start(RestApi official, String process, Map<String, Object> variables) {
    RestApi.Response started = official.post("/process-definition/key/" + process + "/start", Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }



  private Task waitForTask(String processInstanceId, String activity) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activity).singleResult();
      if (task != null) {
        return task;
      }
      pause(250);
    }
    throw new AssertionError("no task " + activity);
  }

  private void waitUntilDone(String taskId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (taskService.createTaskQuery().taskId(taskId).count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the task was not completed in Tasklist");
      }
      pause(250);
    }
  }

  /** The seven days of the notice pass: its timer fires. */
  private void passNotice(String caseId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).count() == 0 && Instant.now().isBefore(deadline)) {
      pause(250);
    }
    String notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(notice).timers().singleResult().getId());
  }





}
