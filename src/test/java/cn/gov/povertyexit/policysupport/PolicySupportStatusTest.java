package cn.gov.povertyexit.policysupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicySupportStatusTest {

  @Test
  @DisplayName("脱贫不脱政策：已脱贫户享受政策至2020年，2021年起不再享受")
  void shouldSupportExitedSubjectsUntilTheEndYearAndNotAfter() {
    SupportPolicy until2020 = new SupportPolicy(2020);

    assertThat(PolicySupportStatus.of(until2020, 2020)).isEqualTo(PolicySupportStatus.RECEIVING);
    assertThat(PolicySupportStatus.of(until2020, 2021)).isEqualTo(PolicySupportStatus.ENDED);
    assertThat(PolicySupportStatus.exitedLabel("已脱贫", until2020, 2019)).isEqualTo("已脱贫（享受政策）");
    assertThat(PolicySupportStatus.exitedLabel("已出列", until2020, 2021)).isEqualTo("已出列（不再享受政策）");
  }
}
