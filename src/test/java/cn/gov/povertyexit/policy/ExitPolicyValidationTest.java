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
  @org.junit.jupiter.api.DisplayName("003 三(四)7：湖南市级核查比例须在6%至10%之间——5.99%、10.01%不能启动，6%、10%可以")
  void shouldRefuseAHunanCityCheckRateOutsideSixToTenPercent() {
    for (String[] range : new String[][] {{"0.0599", "0.10"}, {"0.06", "0.1001"}, {"0.09", "0.07"}}) {
      startup.withPropertyValues("poverty-exit.policy.provinces.430000.city-sample-rate-min=" + range[0],
          "poverty-exit.policy.provinces.430000.city-sample-rate-max=" + range[1]).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("市级核查比例应在6%至10%之间");
          });
    }
    startup.withPropertyValues("poverty-exit.policy.provinces.430000.city-sample-rate-min=0.06",
        "poverty-exit.policy.provinces.430000.city-sample-rate-max=0.10").run(context -> assertThat(context).hasNotFailed());
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

  @Test
  @org.junit.jupiter.api.DisplayName("000 四(1) 低保规定只属江西；003 四(二) 湖南数据采集10月9日开始，程序10月28日、备案11月15日到期；江西仍为11月1日")
  void shouldShipTheDibaoRuleForJiangxiOnlyAndHunansOwnDates() {
    startup.run(context -> {
      ExitPolicy policy = context.getBean(ExitPolicy.class);
      assertThat(policy.province("360000").dibaoCountsAboveLine()).isTrue();
      assertThat(policy.province("430000").dibaoCountsAboveLine()).isFalse();
      assertThat(policy.province("230000").dibaoCountsAboveLine()).isFalse();
      assertThat(policy.yearEndSurveyStart(2020, "430000")).isEqualTo("2020-10-09T00:00:00+08:00");
      assertThat(policy.yearEndSurveyStart(2020, "360000")).isEqualTo("2020-11-01T00:00:00+08:00");
      assertThat(policy.yearEndSurveyStart(2020, "230000")).isEqualTo("2020-11-01T00:00:00+08:00");
      ProcedureDeadlines deadlines = new ProcedureDeadlines(policy);
      assertThat(deadlines.procedureDue("430000", 2020).toInstant()).hasToString("2020-10-28T15:59:59Z");
      assertThat(deadlines.filingDue("430000", 2019).toInstant()).hasToString("2019-11-15T15:59:59Z");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> deadlines.procedureDue("360000", 2020))
          .isInstanceOf(PolicyNotConfiguredException.class)
          .hasMessage("未配置江西省的脱贫程序截止日期（poverty-exit.policy.provinces.360000.procedure-deadline）");
    });
  }

  @Test
  void shouldRefuseAProvinceDateThatIsNoMonthAndDay() {
    startup.withPropertyValues("poverty-exit.policy.provinces.430000.procedure-deadline=10-32").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("脱贫程序截止日期格式应为 MM-dd");
    });
  }
}
