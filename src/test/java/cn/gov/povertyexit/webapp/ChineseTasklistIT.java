package cn.gov.povertyexit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A village official in a real Chromium whose first language is Chinese. */
class ChineseTasklistIT extends PostgresApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void shouldShowAVillageOfficialTheChineseTasklistWithTheirTaskAndForm() {
    // given
    ProcessInstance probe = runtimeService.startProcessInstanceByKey("accessProbe", "probe-browser",
        Map.of("villageCode", "360428100202", "countyCode", "360428"));
    String taskId = taskService.createTaskQuery().processInstanceId(probe.getId()).singleResult().getId();

    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when
      browser.logIntoTasklist("village-360428100202-committee", DEMO_PASSWORD);
      browser.waitForText(By.cssSelector("body"), "本组待办");
      String tasklist = browser.pageText();
      browser.screenshot("tasklist-zh-filters");
      browser.openTask(taskId);
      browser.waitFor(By.cssSelector(".fjs-container"));
      browser.waitForText(By.cssSelector(".fjs-container"), "已核对");
      browser.screenshot("tasklist-zh-task-form");

      // then: Chinese filters and the task, no migration banner
      assertThat(tasklist).contains("我的待办", "本组待办", "全部可见任务");
      assertThat(browser.pageText()).contains("核对农户信息");
      // the Community Edition renders the migration banner; the project's user-styles.css hides it
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .isNotEmpty().allMatch(banner -> !banner.isDisplayed());
    }
  }
}
