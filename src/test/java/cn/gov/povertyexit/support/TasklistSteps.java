package cn.gov.povertyexit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.openqa.selenium.By;

/**
 * A case walked task by task in one Chinese Tasklist: each task is opened by the official whose task it is (logged in
 * once for as many tasks in a row as they have), its form is checked to be the one meant, claimed, filled in and
 * completed; the walk waits for the task to go. Only the seven days of a notice are simulated (its timer is executed).
 */
public class TasklistSteps {

  private final ChineseBrowser browser;
  private final Function<String, RestApi> restAs;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private String loggedIn;

  public TasklistSteps(ChineseBrowser browser, Function<String, RestApi> restAs, TaskService taskService,
      RuntimeService runtimeService, ManagementService managementService) {
    this.browser = browser;
    this.restAs = restAs;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  public ChineseBrowser browser() {
    return browser;
  }

  /** Logs in as this official unless they are the one logged in already. */
  public void logInAs(String official) {
    if (!official.equals(loggedIn)) {
      browser.logIntoTasklist(official, PostgresApplicationTest.DEMO_PASSWORD);
      loggedIn = official;
    }
  }

  /** The single task the query finds, once the engine has created it. */
  public Task waitForTask(Supplier<TaskQuery> query) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<Task> tasks = query.get().list();
      if (tasks.size() == 1) {
        return tasks.get(0);
      }
      pause();
    }
    throw new AssertionError("no single task: " + query.get().list());
  }

  /** The form a task opens with, as the official's Tasklist asks the engine for it. */
  public String formKey(String official, Task task) {
    return restAs.apply(official).get("/task/" + task.getId()).json().path("camundaFormRef").path("key").asText();
  }

  /**
   * The official finds the task under 本组待办 (by the text the list shows for it), checks it opens the form meant,
   * claims it, fills it in and completes it; a screenshot of the filled form is kept under the form's id.
   */
  public void work(String official, Task task, String formId, String listedAs, Runnable fillIn) {
    logInAs(official);
    assertThat(formKey(official, task)).as("form of " + task.getName()).isEqualTo(formId);
    browser.openFilter("本组待办");
    browser.waitForText(By.cssSelector(".tasks-list"), listedAs);
    browser.openTask(task.getId());
    browser.claim();
    fillIn.run();
    browser.screenshot(formId + "-" + task.getTaskDefinitionKey());
    browser.complete();
    waitUntilGone(task);
  }

  /** Fails, with what the page shows, when the task is still open after Tasklist's 完成. */
  public void waitUntilGone(Task task) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        browser.screenshot("not-completed-" + task.getTaskDefinitionKey());
        throw new AssertionError(task.getName() + " was not completed in the browser:\n" + browser.notifications()
            + "\n" + browser.pageText());
      }
      pause();
    }
  }

  /** The seven days of the case's running notice pass without objection: its timer fires. */
  public void passNotice(String businessKey) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      ProcessInstance notice = runtimeService.createProcessInstanceQuery().processDefinitionKey("publicNotice")
          .processInstanceBusinessKey(businessKey).active().list().stream().findFirst().orElse(null);
      Job timer = notice == null ? null
          : managementService.createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
      if (timer != null) {
        managementService.executeJob(timer.getId());
        return;
      }
      pause();
    }
    throw new AssertionError("no notice running for " + businessKey);
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
