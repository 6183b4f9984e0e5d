package cn.gov.povertyexit.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.TasklistWalk;
import cn.gov.povertyexit.support.TestHouseholds;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 省级退出户第三方评估 started from Tasklist's 发起流程 by the provincial leading group: every county with exits in the
 * year gets its check, with the commissioned assessors' home visits in their own Tasklist.
 */
class ProvinceExitAssessmentInTasklistIT extends TasklistWalk {

  private static final int YEAR = 2019;
  /** 南山村 of 修水县: households of this test alone. */
  private static final String VILLAGE = "360424100202";
  private static final int FIRST = 951;

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldHaveTheAssessorsCheckTheCountyWithExitsOfTheYear() {
    // given: two households of 修水县 exited in 2019
    TestHouseholds.ensure(jdbc, VILLAGE, FIRST, 2);
    List<String> exited = List.of(TestHouseholds.id(VILLAGE, FIRST), TestHouseholds.id(VILLAGE, FIRST + 1));
    for (String id : exited) {
      if (register.currentStatus(SubjectType.HOUSEHOLD, id).orElseThrow() == HouseholdStatus.POOR) {
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
            new ChangeContext("county-360424-office", null, YEAR + "年度预退出对象（测试准备）"));
        register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
            new ChangeContext("county-360424-government", null, YEAR + "年度脱贫退出（测试准备）"));
      }
      jdbc.sql("update household set exit_year = ? where id = ?").params(YEAR, id).update();
    }

    // when: 发起流程 → 省级退出户第三方评估
    ChineseBrowser start = openStartForm("province-360000-leadinggroup", "provinceExitAssessment", "省级退出户第三方评估",
        "provinceAssessmentStartForm");
    start.waitForText(By.cssSelector(".modal .fjs-container"), "年度退出户第三方评估");
    start.type("Field_ProvinceCode", "360000");
    start.type("Field_ExitYear", String.valueOf(YEAR));
    start.screenshot("province-assessment-start");
    start.start();

    // then: the assessment runs, and 修水县's check waits for the assessors' home visits
    String assessment = startedCase("provinceExitAssessment", "360000-" + YEAR + "-assessment");
    // (other tests of the shared database may give other counties exits of the year, and checks of their own)
    waitUntil("county check called", () -> runtimeService.createProcessInstanceQuery().superProcessInstanceId(assessment)
        .variableValueEquals("countyCode", "360424").count() == 1);
    String countyCheck = runtimeService.createProcessInstanceQuery().superProcessInstanceId(assessment)
        .variableValueEquals("countyCode", "360424").singleResult().getId();
    assertThat(runtimeService.getVariable(countyCheck, "countyCode")).isEqualTo("360424");
    assertThat(runtimeService.getVariable(countyCheck, "checkerGroup")).isEqualTo("province-360000-assessor");
    JsonNode visits = waitForTasks(restAs("province-360000-assessor"), countyCheck);
    assertThat(visits).isNotEmpty();
    assertThat(visits.get(0).get("name").asText()).isEqualTo("入户抽查");
    assertThat(formKeyOfTask("province-360000-assessor", visits.get(0).get("id").asText())).isEqualTo("householdCheckForm");
    // the assessed county does not see the assessors' sample
    assertThat(restAs("county-360424-leadinggroup").get("/task?processInstanceId=" + countyCheck).json()).isEmpty();
  }
}
