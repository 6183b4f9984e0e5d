package cn.gov.povertyexit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpotCheckSamplingTest {

  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
  private static final BigDecimal NINETY_PERCENT = new BigDecimal("0.90");

  @Test
  void shouldTakeAtLeastTheRateFromEveryVillageRoundedUp() {
    Map<String, List<String>> strata = Map.of("360424100201", ids("A", 23), "360424100202", ids("B", 8), "360424101201", ids("C", 1));

    List<String> sample = StratifiedSample.draw(strata, TEN_PERCENT, 42L);

    assertThat(sample.stream().filter(id -> id.startsWith("A"))).hasSize(3);
    assertThat(sample.stream().filter(id -> id.startsWith("B"))).hasSize(1);
    assertThat(sample.stream().filter(id -> id.startsWith("C"))).hasSize(1);
    assertThat(sample.size()).isGreaterThanOrEqualTo(RandomSample.sizeFor(32, TEN_PERCENT));
  }

  @Test
  void shouldDrawTheSameSampleFromTheSameSeedWhateverTheOrderGiven() {
    Map<String, List<String>> strata = Map.of("v1", ids("A", 23), "v2", ids("B", 15));
    Map<String, List<String>> reversed = Map.of("v2", reversed(ids("B", 15)), "v1", reversed(ids("A", 23)));

    assertThat(StratifiedSample.draw(reversed, TEN_PERCENT, 7L)).isEqualTo(StratifiedSample.draw(strata, TEN_PERCENT, 7L));
    assertThat(IntStream.range(0, 10).mapToObj(seed -> StratifiedSample.draw(strata, TEN_PERCENT, seed)).distinct().count())
        .isGreaterThan(1);
  }

  @Test
  void shouldReVerifyEverythingAtExactly90PercentAndRecogniseProportionallyAbove() {
    SpotCheckOutcome atNinety = SpotCheckOutcome.of(10000, 1000, 50, NINETY_PERCENT);
    SpotCheckOutcome justAbove = SpotCheckOutcome.of(10000, 999, 50, NINETY_PERCENT);

    assertThat(atNinety.recognisedInProportion()).isFalse();
    assertThat(atNinety.unsampledToRevoke()).isZero();
    assertThat(justAbove.recognisedInProportion()).isTrue();
    assertThat(justAbove.passRate()).isEqualByComparingTo("0.9001");
  }

  @Test
  void shouldRoundTheProportionalCountOfUnsampledExitsUp() {
    // 1 of 20 sampled failed (95%): of 180 unsampled exits, 9 go back; of 15, 0.75 rounds up to 1
    assertThat(SpotCheckOutcome.of(20, 1, 180, NINETY_PERCENT).unsampledToRevoke()).isEqualTo(9);
    assertThat(SpotCheckOutcome.of(20, 1, 15, NINETY_PERCENT).unsampledToRevoke()).isEqualTo(1);
    assertThat(SpotCheckOutcome.of(20, 0, 180, NINETY_PERCENT).unsampledToRevoke()).isZero();
  }

  @Test
  void shouldRefuseImpossibleCounts() {
    assertThatThrownBy(() -> SpotCheckOutcome.of(0, 0, 5, NINETY_PERCENT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpotCheckOutcome.of(10, 11, 5, NINETY_PERCENT)).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> reversed(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    Collections.reverse(copy);
    return copy;
  }

  private static List<String> ids(String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + String.format("%03d", i)).toList();
  }
}
