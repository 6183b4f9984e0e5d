package cn.gov.povertyexit.household;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The village committee of 南山村 holds the democratic appraisal of one household in the Chinese Tasklist. */
class AppraisalInTasklistIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360424100202";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void shouldLetTheCommitteeSeeTheHouseholdAndVerdictAndCompleteTheAppraisal() {
    // given: household 1 of 南山村 has been surveyed and meets the standard
    ProcessInstance exit = runtimeService.startProcessInstanceByKey("householdExit",
        Map.of("householdId", VILLAGE + "0001", "exitYear", 2020));
    taskService.complete(waitForTask(exit, "Activity_YearEndSurvey").getId());
    Task appraisal = waitForTask(exit, "Activity_DemocraticAppraisal");
    String headName = (String) runtimeService.getVariable(exit.getId(), "householdHeadName");

    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the committee opens the task, reads the form, claims and completes it
      browser.logIntoTasklist("village-" + VILLAGE + "-committee", DEMO_PASSWORD);
      browser.openTask(appraisal.getId());
      browser.waitForText(By.cssSelector(".fjs-container"), "退出标准评定结果");
      browser.waitForText(By.cssSelector(".fjs-container"), headName);
      String form = browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
      String shownHousehold = browser.driver().findElement(By.cssSelector("input[id*='Field_HouseholdId']")).getDomProperty("value");
      browser.screenshot("appraisal-form");
      browser.claim();

      browser.type("Field_AppraisalDate", "2020-11-20");
      browser.type("Field_AppraisalAttendance", "27");
      browser.pick("Field_AppraisalAgreed", "同意退出");
      browser.type("Field_AppraisalRemarks", "全体参会人员同意该户退出");
      browser.screenshot("appraisal-filled");
      browser.complete();

      // then: the form showed the household and the verdict, and the case went on to the village notice
      assertThat(shownHousehold).isEqualTo(VILLAGE + "0001");
      assertThat(form).contains("农户基本信息", "家庭成员", headName, "收入稳定超过贫困标准", "达标", "住房鉴定为");
      waitUntilPassed(exit, "Activity_DemocraticAppraisal");
      assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).count()).isEqualTo(1);
      assertThat(runtimeService.getVariable(exit.getId(), "appraisalAgreed")).isEqualTo(true);
      assertThat(runtimeService.getVariable(exit.getId(), "appraisalRemarks")).isEqualTo("全体参会人员同意该户退出");
    }
  }

  private Task waitForTask(ProcessInstance instance, String activityId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
      if (task != null) {
        return task;
      }
      pause();
    }
    throw new AssertionError("no task " + activityId + " in " + instance.getId());
  }

  private void waitUntilPassed(ProcessInstance instance, String activityId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(activityId + " was not completed in the browser");
      }
      pause();
    }
  }

  private static void pause() {
    pause(250);
  }
}
