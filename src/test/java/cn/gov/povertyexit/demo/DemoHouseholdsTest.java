package cn.gov.povertyexit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoHouseholdsTest {

  private static final IntFunction<BigDecimal> LINES = year -> year == 2020 ? new BigDecimal("4000") : new BigDecimal("3747");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  @Test
  void shouldGiveEveryPoorVillageEverySituationOfTheStandard() {
    List<DemoHouseholds.Household> households = new DemoHouseholds().forVillage("360424100201", 24, LINES);

    assertThat(households).hasSize(24);
    assertThat(households.stream().map(DemoHouseholds.Household::situation).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(DemoHouseholds.Situation.class));
    assertThat(households).extracting(DemoHouseholds.Household::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("360424100201\\d{4}"));
  }

  @Test
  void shouldPutIncomeExactlyAtTheLineWhereTheSituationSaysSo() {
    DemoHouseholds.Household atLine = situation(DemoHouseholds.Situation.INCOME_AT_LINE);
    DemoHouseholds.Household meets = situation(DemoHouseholds.Situation.MEETS_STANDARD);

    assertThat(perCapita(atLine, 2020)).isEqualByComparingTo("4000.00");
    assertThat(perCapita(atLine, 2019)).isEqualByComparingTo("3747.00");
    assertThat(perCapita(meets, 2020)).isGreaterThan(new BigDecimal("4000"));
  }

  @Test
  void shouldGiveDropoutHouseholdsAChildOfCompulsorySchoolAgeOutOfSchool() {
    for (DemoHouseholds.Situation situation : List.of(DemoHouseholds.Situation.DROPOUT_FOR_POVERTY,
        DemoHouseholds.Situation.DROPOUT_FOR_DISABILITY)) {
      DemoHouseholds.Member child = situation(situation).members().stream()
          .filter(member -> member.schooling().equals("DROPPED_OUT")).findFirst().orElseThrow();
      int ageAtYearEnd = Period.between(child.birthDate(), LocalDate.of(2020, 12, 31)).getYears();
      assertThat(ageAtYearEnd).isBetween(6, 15);
      assertThat(child.dropoutReason()).isEqualTo(situation == DemoHouseholds.Situation.DROPOUT_FOR_POVERTY ? "POVERTY" : "DISABILITY");
    }
  }

  @Test
  void shouldIssueWellFormedUniqueNationalIds() {
    DemoHouseholds generator = new DemoHouseholds();
    List<String> ids = List.of("360424100201", "360424100202", "360428100201").stream()
        .flatMap(village -> generator.forVillage(village, 24, LINES).stream())
        .flatMap(household -> household.members().stream())
        .map(DemoHouseholds.Member::nationalId)
        .toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.length() == 18 && checkDigitValid(id));
  }

  @Test
  void shouldProduceTheSameHouseholdsForTheSameVillage() {
    assertThat(new DemoHouseholds().forVillage("360428101201", 24, LINES))
        .isEqualTo(new DemoHouseholds().forVillage("360428101201", 24, LINES));
  }

  private static DemoHouseholds.Household situation(DemoHouseholds.Situation situation) {
    return new DemoHouseholds().forVillage("360424100201", 24, LINES).stream()
        .filter(household -> household.situation() == situation).findFirst().orElseThrow();
  }

  private static BigDecimal perCapita(DemoHouseholds.Household household, int year) {
    DemoHouseholds.Income income = household.incomes().stream().filter(i -> i.year() == year).findFirst().orElseThrow();
    BigDecimal total = income.wages().add(income.businessIncome()).subtract(income.businessCosts())
        .add(income.propertyIncome()).add(income.transfers());
    return total.divide(BigDecimal.valueOf(household.members().size()), 2, RoundingMode.HALF_UP);
  }

  private static boolean checkDigitValid(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return id.charAt(17) == "10X98765432".charAt(sum % 11);
  }
}
