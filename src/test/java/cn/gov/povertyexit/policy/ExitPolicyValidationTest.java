package cn.gov.povertyexit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The policy as the application binds it at start-up from application.yaml, with one value changed at a time. */
class ExitPolicyValidationTest {

  @Configuration
  @EnableConfigurationProperties(ExitPolicy.class)
  static class PolicyOnly {}

  private final ApplicationContextRunner startup = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(PolicyOnly.class);

  @Test
  void shouldStartWithTheShippedPolicy() {
    startup.run(context -> {
      assertThat(context).hasNotFailed();
      ExitPolicy policy = context.getBean(ExitPolicy.class);
      assertThat(policy.noticePeriod()).isEqualTo(Duration.ofDays(7));
      assertThat(policy.nationalPovertyLine(2020)).isEqualByComparingTo("4000");
      assertThat(policy.province("360000").procedureVariant()).isEqualTo(ProcedureVariant.JIANGXI);
      assertThat(policy.province("230000").villageChecklist()).hasSize(5);
      assertThat(policy.assessment().minPublicApprovalRate()).isEqualByComparingTo(new BigDecimal("0.90"));
    });
  }

  @Test
  void shouldRefuseToStartWithASixDayNoticePeriod() {
    startup.withPropertyValues("poverty-exit.policy.notice-period=P6D").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("公示期不得少于7天");
    });
  }

  @Test
  void shouldAcceptExactlySevenDaysWrittenInHours() {
    startup.withPropertyValues("poverty-exit.policy.notice-period=PT168H").run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void shouldRefuseAThresholdAboveOne() {
    startup.withPropertyValues("poverty-exit.policy.county-incidence-threshold=2").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("countyIncidenceThreshold");
    });
  }

  @Test
  void shouldRefuseANegativePovertyLine() {
    startup.withPropertyValues("poverty-exit.policy.national-poverty-line.2021=-1").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nationalPovertyLine");
    });
  }

  @Test
  void shouldNameAYearWithoutPovertyLine() {
    startup.run(context -> {
      ExitPolicy policy = context.getBean(ExitPolicy.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.nationalPovertyLine(2031))
          .isInstanceOf(PolicyNotConfiguredException.class)
          .hasMessageContaining("2031");
    });
  }
}
