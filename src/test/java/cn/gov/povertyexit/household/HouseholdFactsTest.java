package cn.gov.povertyexit.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HouseholdFactsTest {

  @Test
  void shouldAcceptAPerCapitaIncomeOfExactlyOneMillion() {
    // 2 members, 2,000,000 in wages
    assertThat(facts(2, "2000000", "0").disposableIncome()).isEqualByComparingTo("2000000");
  }

  @Test
  void shouldRefuseAPerCapitaIncomeOneCentAboveOneMillion() {
    assertThatThrownBy(() -> facts(2, "2000000.02", "0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("按所填收入和生产经营费用支出计算，人均可支配收入为1000000.01元，不在-10000元到1000000元的合理范围内，请核对各项收入和支出");
  }

  @Test
  void shouldAcceptALossOfExactlyTenThousandPerHead() {
    // 3 members, 30,000 of business costs more than the income
    assertThat(facts(3, "0", "30000").disposableIncome()).isEqualByComparingTo("-30000");
  }

  @Test
  void shouldRefuseALossOneCentBeyondTenThousandPerHead() {
    assertThatThrownBy(() -> facts(3, "0", "30000.03")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("人均可支配收入为-10000.01元");
  }

  @Test
  void shouldRefuseBusinessCostsOfAThousandMillion() {
    // the hole this closes: 1e9 of costs was accepted and recorded as −249,992,500 per head
    assertThatThrownBy(() -> facts(4, "30000", "1000000000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("人均可支配收入为-249992500.00元");
  }

  private static HouseholdFacts facts(int members, String wages, String businessCosts) {
    return new HouseholdFacts(members, new BigDecimal(wages), BigDecimal.ZERO, new BigDecimal(businessCosts),
        BigDecimal.ZERO, BigDecimal.ZERO, DibaoStatus.NONE, true, 0, 0, 0, HousingRating.A, true);
  }
}
