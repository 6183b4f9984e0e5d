package cn.gov.povertyexit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procedure walked in the Chinese Tasklist: one browser for the whole test class, logged in again only when the
 * next task belongs to another official; the steps before and between are taken over REST or by the engine's timers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TasklistWalk extends PostgresApplicationTest {

  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;
  @Autowired protected ManagementService managementService;

  private ChineseBrowser browser;
  private String loggedIn;

  protected ChineseBrowser browser() {
    if (browser == null) {
      browser = new ChineseBrowser(port);
    }
    return browser;
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The official's Tasklist, logged in once and kept while the same official works on. */
  protected ChineseBrowser tasklistOf(String official) {
    if (!official.equals(loggedIn)) {
      browser().logIntoTasklist(official, DEMO_PASSWORD);
      loggedIn = official;
    }
    return browser();
  }

  /**
   * The official opens the task in Tasklist and claims it, after the test has checked over REST, as that official,
   * that the task carries the form it means to fill.
   */
  protected ChineseBrowser openAndClaim(String official, Task task, String formId) {
    assertThat(formKeyOfTask(official, task.getId())).as("form of " + task.getTaskDefinitionKey()).isEqualTo(formId);
    ChineseBrowser tasklist = tasklistOf(official);
    tasklist.openTask(task.getId());
    tasklist.claim();
    return tasklist;
  }

  /** 发起流程 → the process, after the test has checked that its start form is the one it means to fill. */
  protected ChineseBrowser openStartForm(String official, String processKey, String processName, String formId) {
    assertThat(startFormKey(official, processKey)).as("start form of " + processKey).isEqualTo(formId);
    ChineseBrowser tasklist = tasklistOf(official);
    // from the list itself, so that no open task's form is behind the dialog
    tasklist.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/");
    tasklist.waitFor(By.xpath("//a[normalize-space()='发起流程']"));
    tasklist.openStartForm(processName);
    return tasklist;
  }

  protected Task waitForTask(String processInstanceId, String activityId) {
    Task[] found = new Task[1];
    waitUntil("task " + activityId + " of " + processInstanceId, () -> {
      found[0] = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
          .singleResult();
      return found[0] != null;
    });
    return found[0];
  }

  /** Tasklist took 完成: the task is gone. */
  protected void waitUntilDone(Task task) {
    waitUntil(task.getTaskDefinitionKey() + " completed in Tasklist (page: " + browser().notifications() + ")",
        () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  protected String startedCase(String processKey, String businessKey) {
    String[] id = new String[1];
    waitUntil("case " + businessKey, () -> {
      var instance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
          .processInstanceBusinessKey(businessKey).singleResult();
      id[0] = instance == null ? null : instance.getId();
      return id[0] != null;
    });
    return id[0];
  }

  /** The value the case keeps (runtime or, once ended, history). */
  protected Object caseValue(String processInstanceId, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** The notice period passes: the timer of the case's notice fires now. */
  protected void passNotice(String caseId) {
    waitUntil("notice of " + caseId,
        () -> runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).count() == 1);
    String notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(notice).timers().singleResult().getId());
  }

  protected void completeByRest(String official, String processInstanceId, Map<String, Object> variables) {
    completeOnlyTask(restAs(official), processInstanceId, variables);
  }

  /** Waits until the task list in the middle shows a task with all these texts (its variables load after the list). */
  protected void waitForListedTask(ChineseBrowser tasklist, String... texts) {
    waitUntil("a listed task with " + String.join(", ", texts), () -> {
      try {
        return tasklist.taskList().stream().anyMatch(task -> java.util.Arrays.stream(texts).allMatch(task::contains));
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        return false;
      }
    });
  }

  protected static void waitUntil(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not reached within 30 s: " + what);
      }
      pause(200);
    }
  }
}
