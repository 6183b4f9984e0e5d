package cn.gov.povertyexit.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VillageStandardTest {

  private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");
  private static final Map<String, String> JIANGXI = Map.of("severelyPoorGroupsRenovated", "重度贫困村小组村庄整治建设全部完成");
  private final VillageStandard standard = new VillageStandard();

  @Test
  void shouldPassAnIncidenceOf199PercentAndFailExactly2Percent() {
    VillageStandard.Verdict below = standard.assess(199, 10000, TWO_PERCENT, JIANGXI, Map.of("severelyPoorGroupsRenovated", true));
    VillageStandard.Verdict at = standard.assess(200, 10000, TWO_PERCENT, JIANGXI, Map.of("severelyPoorGroupsRenovated", true));

    assertThat(below.met()).isTrue();
    assertThat(below.reasons().get(0)).isEqualTo("贫困发生率1.99%（贫困人口199人／农村户籍人口10000人），低于2.00%");
    assertThat(at.met()).isFalse();
    assertThat(at.failureReasons()).isEqualTo("贫困发生率2.00%（贫困人口200人／农村户籍人口10000人），未低于2.00%");
  }

  @Test
  void shouldNotRoundAnIncidenceJustAtTheThresholdBelowIt() {
    // 40 of 2000 is exactly 2%; 39.99… cannot happen with whole people, but 2000.5 can't either: use 4001 people
    assertThat(standard.assess(80, 4001, TWO_PERCENT, Map.of(), Map.of()).met()).isTrue();   // 1.9995%
    assertThat(standard.assess(80, 4000, TWO_PERCENT, Map.of(), Map.of()).met()).isFalse();  // 2.0000%
  }

  @Test
  void shouldFailAMissingChecklistItemWithItsName() {
    Map<String, String> heilongjiang = new LinkedHashMap<>();
    heilongjiang.put("hardenedRoad", "中心屯通水泥（沥青）路");
    heilongjiang.put("broadband", "通宽带");

    VillageStandard.Verdict verdict = standard.assess(10, 1500, TWO_PERCENT, heilongjiang,
        Map.of("hardenedRoad", true, "broadband", false));

    assertThat(verdict.met()).isFalse();
    assertThat(verdict.incidenceBelowThreshold()).isTrue();
    assertThat(verdict.failureReasons()).isEqualTo("通宽带：未达到");
  }

  @Test
  void shouldRefuseImpossiblePopulations() {
    assertThatThrownBy(() -> standard.assess(1, 0, TWO_PERCENT, Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("农村户籍人口必须大于0，收到 0");
    assertThatThrownBy(() -> standard.assess(-1, 100, TWO_PERCENT, Map.of(), Map.of()))
        .hasMessageContaining("贫困人口应在0到农村户籍人口100之间");
  }
}
