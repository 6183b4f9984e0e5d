package cn.gov.povertyexit.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's engine, models, forms and delegates on an in-memory database with the demo register, with the
 * job executor off so that a test fires timers itself, and flow coverage recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
    "camunda.bpm.job-execution.enabled=false",
    // a name of its own: engines register by name JVM-wide, and the webapps of the PostgreSQL context use "default"
    "camunda.bpm.process-engine-name=processTests",
    // process applications too: the PostgreSQL context's is "poverty-exit"
    "camunda.bpm.generate-unique-process-application-name=true",
    "poverty-exit.demo.enabled=true"})
@Import(ProcessEngineTest.CoverageRecording.class)
public abstract class ProcessEngineTest {

  @TestConfiguration
  public static class CoverageRecording {
    @Bean
    FlowCoverage flowCoverage() {
      return new FlowCoverage();
    }
  }

  @Autowired
  protected ProcessEngine processEngine;

  @Autowired
  private JdbcClient planFixture;

  @BeforeEach
  void bindAssertions() {
    BpmnAwareTests.init(processEngine);
    TestPlans.planEverything(planFixture);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }
}
