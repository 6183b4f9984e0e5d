package cn.gov.povertyexit.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountyStandardTest {

  private static final CountyStandard.Thresholds DEFAULTS = new CountyStandard.Thresholds(
      new BigDecimal("0.02"), new BigDecimal("0.02"), new BigDecimal("0.02"), new BigDecimal("0.90"));
  private static final CountyStandard.Sample GOOD = new CountyStandard.Sample(1000, 5, 2000, 10, 500, 480);
  private final CountyStandard standard = new CountyStandard();

  @Test
  void shouldPassIncidence199PercentAndFail200Percent() {
    assertThat(standard.assess(199, 10000, GOOD, DEFAULTS).met()).isTrue();
    CountyStandard.Verdict at = standard.assess(200, 10000, GOOD, DEFAULTS);
    assertThat(at.met()).isFalse();
    assertThat(at.failureReasons()).isEqualTo("贫困发生率2.00%，未低于2.00%");
  }

  @Test
  void shouldPassAWrongfulExitRateOf200PercentAndFail201Percent() {
    assertThat(standard.assess(100, 10000, new CountyStandard.Sample(10000, 200, 2000, 10, 500, 480), DEFAULTS).met()).isTrue();
    CountyStandard.Verdict above = standard.assess(100, 10000, new CountyStandard.Sample(10000, 201, 2000, 10, 500, 480), DEFAULTS);
    assertThat(above.met()).isFalse();
    assertThat(above.failureReasons()).isEqualTo("错退率2.01%，高于2.00%");
  }

  @Test
  void shouldPassAMissedRateAtTheMaximumOnly() {
    assertThat(standard.assess(100, 10000, new CountyStandard.Sample(1000, 5, 10000, 200, 500, 480), DEFAULTS).met()).isTrue();
    assertThat(standard.assess(100, 10000, new CountyStandard.Sample(1000, 5, 10000, 201, 500, 480), DEFAULTS).failureReasons())
        .isEqualTo("漏评率2.01%，高于2.00%");
  }

  @Test
  void shouldPassApproval9000PercentAndFail8999Percent() {
    assertThat(standard.assess(100, 10000, new CountyStandard.Sample(1000, 5, 2000, 10, 10000, 9000), DEFAULTS).met()).isTrue();
    CountyStandard.Verdict low = standard.assess(100, 10000, new CountyStandard.Sample(1000, 5, 2000, 10, 10000, 8999), DEFAULTS);
    assertThat(low.met()).isFalse();
    assertThat(low.failureReasons()).isEqualTo("群众认可度89.99%，低于90.00%");
  }

  @Test
  void shouldRefuseImpossibleSamples() {
    assertThatThrownBy(() -> new CountyStandard.Sample(0, 0, 100, 1, 10, 9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("抽查已退出人口必须大于0，收到 0");
    assertThatThrownBy(() -> new CountyStandard.Sample(100, 101, 100, 1, 10, 9)).hasMessage("错退人数应在0到抽查已退出人口100之间，收到 101");
    assertThatThrownBy(() -> new CountyStandard.Sample(100, 1, 100, 1, 10, -1)).hasMessageContaining("认可户数");
  }
}
