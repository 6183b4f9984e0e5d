package cn.gov.povertyexit.sampling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A spot-check sample stratified by place (e.g. village): every stratum gives at least the rate of its members,
 * rounded up, so the whole sample is never below the rate either. Strata and members are taken in code order
 * and shuffled with one seeded generator: the same population and seed always draw the same sample.
 */
public final class StratifiedSample {

  private StratifiedSample() {}

  public static List<String> draw(Map<String, List<String>> strata, BigDecimal rate, long seed) {
    Random random = new Random(seed);
    List<String> sample = new ArrayList<>();
    for (Map.Entry<String, List<String>> stratum : new TreeMap<>(strata).entrySet()) {
      List<String> members = new ArrayList<>(stratum.getValue());
      Collections.sort(members);
      Collections.shuffle(members, random);
      sample.addAll(members.subList(0, RandomSample.sizeFor(members.size(), rate)));
    }
    return List.copyOf(sample);
  }
}
