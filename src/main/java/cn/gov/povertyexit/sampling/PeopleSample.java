package cn.gov.povertyexit.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A sample of people drawn by household (seed 003 三(四)7: the city checks a share of the **people** marked exited,
 * drawn from poor and non-poor villages): in each stratum, households are taken in a seeded random order until their
 * members reach the rate of the stratum's people, rounded up — a household is visited whole. The same strata and seed
 * always draw the same sample.
 */
public final class PeopleSample {

  /** A household and how many people it has. */
  public record Household(String id, int members) {}

  /** What was drawn from one stratum. */
  public record Drawn(String stratum, int people, int peopleRequired, List<Household> households) {
    public int peopleDrawn() {
      return households.stream().mapToInt(Household::members).sum();
    }
  }

  private PeopleSample() {}

  public static List<Drawn> draw(Map<String, List<Household>> strata, BigDecimal rate, long seed) {
    Random random = new Random(seed);
    List<Drawn> drawn = new ArrayList<>();
    for (Map.Entry<String, List<Household>> stratum : new TreeMap<>(strata).entrySet()) {
      List<Household> households = new ArrayList<>(stratum.getValue());
      households.sort(Comparator.comparing(Household::id));
      Collections.shuffle(households, random);
      int people = households.stream().mapToInt(Household::members).sum();
      int required = rate.multiply(BigDecimal.valueOf(people)).setScale(0, RoundingMode.CEILING).intValueExact();
      List<Household> taken = new ArrayList<>();
      int count = 0;
      for (Household household : households) {
        if (count >= required) {
          break;
        }
        taken.add(household);
        count += household.members();
      }
      drawn.add(new Drawn(stratum.getKey(), people, required, List.copyOf(taken)));
    }
    return List.copyOf(drawn);
  }
}
