package cn.gov.povertyexit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomSampleTest {

  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

  @Test
  void shouldRoundTheSampleSizeUpSoItIsNeverBelowTheRate() {
    assertThat(RandomSample.sizeFor(23, TEN_PERCENT)).isEqualTo(3);
    assertThat(RandomSample.sizeFor(20, TEN_PERCENT)).isEqualTo(2);
    assertThat(RandomSample.sizeFor(21, TEN_PERCENT)).isEqualTo(3);
    assertThat(RandomSample.sizeFor(3, TEN_PERCENT)).isEqualTo(1);
    assertThat(RandomSample.sizeFor(0, TEN_PERCENT)).isZero();
  }

  @Test
  void shouldDrawTheSameSampleFromTheSameSeed() {
    List<Integer> population = IntStream.rangeClosed(1, 23).boxed().toList();

    List<Integer> first = RandomSample.draw(population, TEN_PERCENT, 20201231L);

    assertThat(RandomSample.draw(population, TEN_PERCENT, 20201231L)).isEqualTo(first);
    assertThat(first).hasSize(3).doesNotHaveDuplicates().isSubsetOf(population);
    assertThat(IntStream.range(0, 20).mapToObj(seed -> RandomSample.draw(population, TEN_PERCENT, seed)).distinct().count())
        .isGreaterThan(1);
  }
}
