package cn.gov.povertyexit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed 003 三(四)7: the city checks 6%–10% of the people marked exited, drawn from poor and non-poor villages. */
class PeopleSampleTest {

  private static final BigDecimal SIX_PERCENT = new BigDecimal("0.06");

  @Test
  @DisplayName("003 三(四)7：贫困村和非贫困村分层，各层抽到本层人数的6%（向上取整）为止")
  void shouldDrawEachKindOfVillageUntilItsShareOfPeopleIsReached() {
    // 50 people in poor villages (25 households of 2): 6% = 3 people → 2 households; 17 in non-poor (one of 5, four of 3):
    // 6% = 1.02 → 2 people → at least one household
    Map<String, List<PeopleSample.Household>> strata = Map.of(
        "贫困村", households("P", 25, 2),
        "非贫困村", List.of(new PeopleSample.Household("N00", 5), new PeopleSample.Household("N01", 3),
            new PeopleSample.Household("N02", 3), new PeopleSample.Household("N03", 3), new PeopleSample.Household("N04", 3)));

    List<PeopleSample.Drawn> drawn = PeopleSample.draw(strata, SIX_PERCENT, 42L);

    assertThat(drawn).extracting(PeopleSample.Drawn::stratum).containsExactlyInAnyOrder("贫困村", "非贫困村");
    PeopleSample.Drawn poor = stratum(drawn, "贫困村");
    assertThat(poor.people()).isEqualTo(50);
    assertThat(poor.peopleRequired()).isEqualTo(3);
    assertThat(poor.households()).hasSize(2);
    assertThat(poor.peopleDrawn()).isEqualTo(4);
    PeopleSample.Drawn other = stratum(drawn, "非贫困村");
    assertThat(other.peopleRequired()).isEqualTo(2);
    assertThat(other.households()).hasSize(1);
  }

  @Test
  @DisplayName("003 三(四)7：人数恰为比例的整数倍时不多抽（100人×6%＝6人，3户）；多1人即多抽一户")
  void shouldTakeExactlyTheRateAtAWholeNumberAndOneMoreHouseholdJustAbove() {
    assertThat(stratum(PeopleSample.draw(Map.of("贫困村", households("P", 50, 2)), SIX_PERCENT, 7L), "贫困村").households())
        .hasSize(3);
    List<PeopleSample.Household> oneMore = new java.util.ArrayList<>(households("P", 50, 2));
    oneMore.add(new PeopleSample.Household("Q", 1));
    // 101 × 6% = 6.06 → 7 people: four households of two, or three of two and the single
    PeopleSample.Drawn drawn = stratum(PeopleSample.draw(Map.of("贫困村", oneMore), SIX_PERCENT, 7L), "贫困村");
    assertThat(drawn.peopleRequired()).isEqualTo(7);
    assertThat(drawn.peopleDrawn()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void shouldDrawTheSameSampleFromTheSameSeed() {
    Map<String, List<PeopleSample.Household>> strata = Map.of("贫困村", households("P", 40, 3));
    assertThat(PeopleSample.draw(strata, SIX_PERCENT, 99L)).isEqualTo(PeopleSample.draw(strata, SIX_PERCENT, 99L));
  }

  private static List<PeopleSample.Household> households(String prefix, int count, int members) {
    return IntStream.range(0, count).mapToObj(i -> new PeopleSample.Household(prefix + String.format("%02d", i), members)).toList();
  }

  private static PeopleSample.Drawn stratum(List<PeopleSample.Drawn> drawn, String name) {
    return drawn.stream().filter(stratum -> stratum.stratum().equals(name)).findFirst().orElseThrow();
  }
}
