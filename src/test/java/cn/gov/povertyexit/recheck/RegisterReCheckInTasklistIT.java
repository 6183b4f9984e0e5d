package cn.gov.povertyexit.recheck;

import static cn.gov.povertyexit.support.IdentificationTestCounty.COUNTY;
import static cn.gov.povertyexit.support.IdentificationTestCounty.POOR_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.SECOND_TOWNSHIP;
import static cn.gov.povertyexit.support.IdentificationTestCounty.officialOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.IdentificationTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.TasklistSteps;
import cn.gov.povertyexit.support.TestHouseholds;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The re-check's two forms completed in the Chinese Tasklist: the county office's list and the township's verdicts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterReCheckInTasklistIT extends PostgresApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StatusRegister register;

  private ChineseBrowser browser;
  private TasklistSteps steps;

  @BeforeAll
  void openBrowser() {
    IdentificationTestCounty.ensure(jdbc, access, demo);
    browser = new ChineseBrowser(port);
    steps = new TasklistSteps(browser, this::restAs, taskService, runtimeService, managementService);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void shouldRemoveAWronglyListedHouseholdFromTheTownshipsListInTasklist() {
    String wronglyListed = TestHouseholds.id(POOR_VILLAGE, 4);
    String kept = TestHouseholds.id(POOR_VILLAGE, 5);
    String office = officialOf(COUNTY, "office");
    steps.logInAs(office);
    assertThat(startFormKey(office, "registerReCheck")).isEqualTo("registerReCheckStartForm");
    browser.openStartForm("建档立卡疑似问题再次核实");
    browser.type("Field_CountyCode", COUNTY);
    browser.type("Field_CheckYear", "2020");
    browser.pick("Field_FindingSource", "审计发现");
    browser.type("Field_SuspectedHouseholds", wronglyListed + " 家庭成员在县城经营超市\n" + kept + " 有一辆小轿车");
    browser.screenshot("recheck-start");
    browser.start();
    ProcessInstance reCheck = runtimeService.createProcessInstanceQuery().processDefinitionKey("registerReCheck")
        .processInstanceBusinessKey(COUNTY + "-2020").active().list().get(0);

    steps.work(officialOf(SECOND_TOWNSHIP, "government"),
        steps.waitForTask(() -> taskService.createTaskQuery().processInstanceId(reCheck.getId())
            .taskDefinitionKey("Activity_TownshipReCheck")),
        "townshipReCheckForm", "石门镇（" + SECOND_TOWNSHIP + "）· 武宁县 · 再次核实2户", () -> {
          browser.type("Field_Verifiers", "刘洋 镇扶贫办主任\n陈静 镇纪委副书记\n黄磊 驻村第一书记");
          browser.type("Field_VerificationDate", "2020年8月10日");
          browser.tick("Field_RemoveHouseholds", "户主0004（" + wronglyListed + "）");
          browser.type("Field_ReCheckFindings", wronglyListed + " 经核实，户主之子在县城经营超市，年收入约十万元，识别不准");
        });

    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, wronglyListed)).contains(HouseholdStatus.REMOVED);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, kept)).contains(HouseholdStatus.POOR);
  }
}
