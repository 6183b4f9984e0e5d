package cn.gov.povertyexit.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.policy.ProcedureVariant;
import cn.gov.povertyexit.policy.ProvincePolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 低保 rule of seed 000 四(1) ("当地最低生活保障(包括五保户,下同)标准超过当年国家贫困标准的地方，凡纳入最低生活保障的
 * 家庭，其收入视为稳定超过国家贫困标准") is Jiangxi's: seeds 003 三(二) (Hunan) and 004 三(一) (Heilongjiang) measure income
 * only. Boundaries at the 2020 national line of 4000 yuan: a standard at the line does not count, one cent above does.
 */
class HouseholdDibaoRuleTest {

  private static final String JIANGXI_COUNTY = "360499";
  private static final String HUNAN_COUNTY = "430499";

  private final Map<String, BigDecimal> dibaoStandards = new HashMap<>();
  private final HouseholdRecords records = new HouseholdRecords(null) {
    @Override
    public PovertyStandard povertyStandardOf(String householdId) {
      return PovertyStandard.NATIONAL;
    }

    @Override
    public Optional<BigDecimal> localDibaoStandardOf(String countyCode, int year) {
      return Optional.ofNullable(dibaoStandards.get(countyCode + "/" + year));
    }
  };

  private final HouseholdExitStandard standard = new HouseholdExitStandard(new ExitPolicy(Duration.ofDays(7), "11-01",
      Map.of(2019, new BigDecimal("3747"), 2020, new BigDecimal("4000")),
      Map.of("360000", province("江西省", ProcedureVariant.JIANGXI, true, Map.of(2020, new BigDecimal("4000.01"))),
          "430000", province("湖南省", ProcedureVariant.HUNAN, false, Map.of()),
          "230000", province("黑龙江省", ProcedureVariant.HEILONGJIANG, false, Map.of())),
      new BigDecimal("0.02"), null, null), records);

  @Test
  @DisplayName("000 四(1) 江西：当地低保标准高于当年国家贫困标准1分钱，低保户收入视为稳定超过；等于国家贫困标准的不视为超过")
  void shouldCountAJiangxiDibaoHouseholdAboveTheLineOnlyWhereTheStandardExceedsIt() {
    dibaoStandards.put(JIANGXI_COUNTY + "/2020", new BigDecimal("4000.01"));
    StandardVerdict above = assess(DibaoStatus.DIBAO, JIANGXI_COUNTY, "360000");
    assertThat(above.met()).isTrue();
    assertThat(income(above)).isEqualTo("低保户，当地低保标准4000.01元高于2020年国家扶贫标准4000元，收入视为稳定超过");

    dibaoStandards.put(JIANGXI_COUNTY + "/2020", new BigDecimal("4000"));
    StandardVerdict at = assess(DibaoStatus.DIBAO, JIANGXI_COUNTY, "360000");
    assertThat(at.met()).isFalse();
    assertThat(income(at)).contains("人均可支配收入2800.00元", "未超过");
  }

  @Test
  @DisplayName("000 四(1) 江西：五保户对照当年特困人员（五保）供养标准，而非低保标准")
  void shouldCompareAWubaoHouseholdWithTheWubaoStandardOfTheYear() {
    // the county's 低保 standard is at the line; the province's 五保 standard of 2020 is one cent above it
    dibaoStandards.put(JIANGXI_COUNTY + "/2020", new BigDecimal("4000"));
    StandardVerdict wubao = assess(DibaoStatus.WUBAO, JIANGXI_COUNTY, "360000");
    assertThat(wubao.met()).isTrue();
    assertThat(income(wubao)).startsWith("五保户，当年特困人员（五保）供养标准4000.01元高于");
    assertThat(assess(DibaoStatus.DIBAO, JIANGXI_COUNTY, "360000").met()).isFalse();
  }

  @Test
  @DisplayName("000 四(1) 江西：当年未登记低保标准的县，低保户不默认按收入评定，而是说明省份、县和年度")
  void shouldRefuseAJiangxiDibaoHouseholdOfAYearWithoutADibaoStandard() {
    assertThatThrownBy(() -> assess(DibaoStatus.DIBAO, JIANGXI_COUNTY, "360000"))
        .isInstanceOf(PolicyNotConfiguredException.class)
        .hasMessageStartingWith("未登记江西省（360000）360499县2020年的最低生活保障标准")
        .hasMessageContaining("000号文件 四(1)");
    // a household without 低保 needs no 低保 standard
    assertThat(assess(DibaoStatus.NONE, JIANGXI_COUNTY, "360000").met()).isFalse();
  }

  @Test
  @DisplayName("003 三(二) 湖南、004 三(一) 黑龙江：无低保规定，低保户按人均收入评定，未登记低保标准也不拒绝")
  void shouldJudgeHunanAndHeilongjiangDibaoHouseholdsByIncomeOnly() {
    dibaoStandards.put(HUNAN_COUNTY + "/2020", new BigDecimal("4800"));
    StandardVerdict hunan = assess(DibaoStatus.DIBAO, HUNAN_COUNTY, "430000");
    assertThat(hunan.met()).isFalse();
    assertThat(income(hunan)).isEqualTo("人均可支配收入2800.00元，未超过2020年国家扶贫标准4000元");
    assertThat(assess(DibaoStatus.WUBAO, "230499", "230000").met()).isFalse();
  }

  private StandardVerdict assess(DibaoStatus dibao, String countyCode, String provinceCode) {
    HouseholdFacts facts = new HouseholdFacts(2, new BigDecimal("5600"), BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, dibao, true, 0, 0, 0, HousingRating.A, true);
    return standard.assess("H-DIBAO-RULE", facts, 2020, countyCode, provinceCode);
  }

  private static String income(StandardVerdict verdict) {
    return verdict.results().stream().filter(r -> r.criterion() == Criterion.INCOME).findFirst().orElseThrow().reason();
  }

  private static ProvincePolicy province(String name, ProcedureVariant variant, boolean dibaoRule,
      Map<Integer, BigDecimal> wubao) {
    // Hunan's city check rate must lie within 6%–10% (003 三(四)7); the other provinces have none
    boolean hunan = variant == ProcedureVariant.HUNAN;
    return new ProvincePolicy(name, variant, true, Map.of(), new BigDecimal("0.02"), List.of(),
        hunan ? new BigDecimal("0.06") : null, hunan ? new BigDecimal("0.10") : null, dibaoRule, wubao, null, null, null);
  }
}
