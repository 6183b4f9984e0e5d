package cn.gov.povertyexit.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A random sample that can be drawn again: the same population (in the same order), rate and seed always give the
 * same sample, so the seed recorded with a case proves the draw. The size is never below the rate: it rounds up.
 */
public final class RandomSample {

  private RandomSample() {}

  public static int sizeFor(int population, BigDecimal rate) {
    if (population == 0) {
      return 0;
    }
    int size = rate.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING).intValueExact();
    return Math.max(1, Math.min(population, size));
  }

  public static <T> List<T> draw(List<T> population, BigDecimal rate, long seed) {
    List<T> shuffled = new ArrayList<>(population);
    Collections.shuffle(shuffled, new Random(seed));
    return List.copyOf(shuffled.subList(0, sizeFor(population.size(), rate)));
  }
}
