package cn.gov.povertyexit.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.policy.ProcedureVariant;
import cn.gov.povertyexit.policy.ProvincePolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which line a household is measured against, by the standard it is registered on (seed 004 三(一)). */
class HouseholdExitStandardTest {

  private final HouseholdExitStandard standard = new HouseholdExitStandard(new ExitPolicy(Duration.ofDays(7), "11-01",
      Map.of(2019, new BigDecimal("3747"), 2020, new BigDecimal("4000")),
      Map.of("230000", province("黑龙江省", Map.of(2020, new BigDecimal("4400"))), "360000", province("江西省", Map.of())),
      new BigDecimal("0.02"), null, null), null);

  @Test
  @DisplayName("004 三(一) 国标户对照国家扶贫标准，省标户对照本省当年的省扶贫标准")
  void shouldTakeTheNationalLineForANationalHouseholdAndTheProvincesLineForAProvincialOne() {
    assertThat(standard.povertyLine(PovertyStandard.NATIONAL, 2020, "230000")).isEqualByComparingTo("4000");
    assertThat(standard.povertyLine(PovertyStandard.PROVINCIAL, 2020, "230000")).isEqualByComparingTo("4400");
  }

  @Test
  @DisplayName("004 三(一) 未配置当年省扶贫标准的，省标户不改按国家扶贫标准评定，而是说明缺少哪项配置")
  void shouldRefuseAProvincialHouseholdOfAYearOrProvinceWithoutAProvincialLine() {
    assertThatThrownBy(() -> standard.povertyLine(PovertyStandard.PROVINCIAL, 2019, "230000"))
        .isInstanceOf(PolicyNotConfiguredException.class)
        .hasMessage("未配置2019年黑龙江省的省扶贫标准（poverty-exit.policy.provinces.230000.provincial-poverty-line），"
            + "省标准贫困户无法对照退出标准评定");
    assertThatThrownBy(() -> standard.povertyLine(PovertyStandard.PROVINCIAL, 2020, "360000"))
        .isInstanceOf(PolicyNotConfiguredException.class).hasMessageStartingWith("未配置2020年江西省的省扶贫标准");
  }

  private static ProvincePolicy province(String name, Map<Integer, BigDecimal> provincialLine) {
    return new ProvincePolicy(name, ProcedureVariant.HEILONGJIANG, true, provincialLine, new BigDecimal("0.02"), List.of(),
        null, null, false, Map.of(), null, null, null);
  }
}
