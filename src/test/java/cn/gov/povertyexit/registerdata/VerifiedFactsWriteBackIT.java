package cn.gov.povertyexit.registerdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gov.povertyexit.household.HouseholdCaseSteps;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts a township's home verification accepts become the register's, in the step that accepts them, with the
 * earlier values and the case in the trail (seed 000 五(1) "录入信息档案"; 001 二). A village of this test alone.
 */
class VerifiedFactsWriteBackIT extends ProcessEngineTest {

  private static final String VILLAGE = "360424101209";
  private static final int YEAR = 2020;

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void village() {
    if (jdbc.sql("select count(*) from village where code = ?").param(VILLAGE).query(Integer.class).single() == 0) {
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '360424101', '回龙村', 0, 'NOT_POOR')")
          .param(VILLAGE).update();
    }
    TestHouseholds.ensure(jdbc, VILLAGE, 1, 10);
    OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
  }

  @Test
  void shouldWriteTheSurveyedFactsTheTownshipConfirmedOnItsListToTheRegister() {
    // given: household 1 surveyed as registered; household 2's house found rebuilt (A on the register, surveyed B)
    ProcessInstance unchanged = steps().startCase(household(1), YEAR);
    steps().passSurvey(unchanged);
    ProcessInstance rebuilt = steps().startCase(household(2), YEAR);
    execute(job(rebuilt));
    complete(task(rebuilt), HouseholdCaseSteps.findings("B"));
    steps().agreeInAppraisal(rebuilt);
    steps().passNotice(rebuilt);
    String beforeVerification = housing(2);

    // when: the township confirms both on the village's list
    ProcessInstance list = steps().listOf(rebuilt);
    steps().verifyList(list, List.of(household(1), household(2)), List.of());

    // then: the survey alone changed nothing; the confirmation wrote household 2's house, with its case and old value
    assertThat(beforeVerification).isEqualTo("A");
    assertThat(housing(2)).isEqualTo("B");
    assertThat(trail(2)).containsExactly("HOUSEHOLD|乡镇按名单入户核实：住房安全等级：A → B|" + rebuilt.getId());
    assertThat(trail(1)).isEmpty();
  }

  @Test
  void shouldWriteTheFactsOfAHouseholdsOwnVerificationToTheRegister() {
    // given: household 5 surveyed as registered, then sent by the township to its own verification
    ProcessInstance exit = steps().startCase(household(5), YEAR);
    steps().passSurvey(exit);
    steps().agreeInAppraisal(exit);
    steps().passNotice(exit);
    Map<String, Object> found = HouseholdCaseSteps.findings("B");
    found.put("wageIncome", 9600.0);
    found.put("drinkingWaterSafe", false);

    // when: the verification finds the house rated B, no safe water, and more wages than registered
    steps().verifyAtHome(exit, found);

    // then: the register holds what the township verified, each change in the trail with its earlier value
    assertThat(housing(5)).isEqualTo("B");
    assertThat(jdbc.sql("select wage_income from household_income where household_id = ? and income_year = ?")
        .params(household(5), YEAR).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("9600");
    assertThat(trail(5)).containsExactly(
        "HOUSEHOLD|乡镇单独入户核实：住房安全等级：A → B；饮水安全：是 → 否|" + exit.getId(),
        "INCOME|乡镇单独入户核实：2020年工资性收入：9000.00 → 9600.00|" + exit.getId());
  }

  private String housing(int n) {
    return jdbc.sql("select housing_rating from household where id = ?").param(household(n)).query(String.class).single();
  }

  private List<String> trail(int n) {
    return jdbc.sql("""
            select subject_type || '|' || details || '|' || process_instance_id from register_change
            where household_id = ? order by id""").param(household(n)).query(String.class).list();
  }

  private HouseholdCaseSteps steps() {
    return new HouseholdCaseSteps(processEngine);
  }

  private static String household(int n) {
    return TestHouseholds.id(VILLAGE, n);
  }
}
