package cn.gov.povertyexit.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HouseholdStandardTest {

  private static final BigDecimal LINE_2020 = new BigDecimal("4000");
  private final HouseholdStandard standard = new HouseholdStandard();

  @Test
  void shouldPassAHouseholdOneCentPerHeadAboveTheLine() {
    // 3 members, 12000.03 in all: 0.01 per head above 4000
    StandardVerdict verdict = standard.assess(facts(3, "12000.03"), jiangxi2020());

    assertThat(verdict.met()).isTrue();
    assertThat(result(verdict, Criterion.INCOME).reason()).isEqualTo("人均可支配收入4000.01元，超过2020年国家扶贫标准4000元");
  }

  @Test
  void shouldFailIncomeExactlyAtTheLineBecauseItIsNotStablyAbove() {
    StandardVerdict verdict = standard.assess(facts(3, "12000.00"), jiangxi2020());

    assertThat(verdict.met()).isFalse();
    assertThat(result(verdict, Criterion.INCOME).passed()).isFalse();
    assertThat(verdict.failureReasons()).isEqualTo("收入稳定超过贫困标准：人均可支配收入4000.00元，未超过2020年国家扶贫标准4000元");
  }

  @Test
  void shouldNotRoundAnIncomeJustAboveTheLineDownToIt() {
    // 12000.01 / 3 = 4000.0033…: above the line although it shows as 4000.00
    assertThat(standard.assess(facts(3, "12000.01"), jiangxi2020()).met()).isTrue();
  }

  @Test
  @DisplayName("004 三(一) 省标户的收入对照省扶贫标准：恰在省标准的不达标，人均高于0.01元的达标，评定理由写明省扶贫标准")
  void shouldMeasureAProvincialHouseholdAgainstTheProvincialLineAndSaySo() {
    StandardContext provincial = new StandardContext(2020, new BigDecimal("4400"), null, true, true, PovertyStandard.PROVINCIAL);

    StandardVerdict atLine = standard.assess(facts(2, "8800.00"), provincial);
    StandardVerdict above = standard.assess(facts(2, "8800.02"), provincial);

    assertThat(atLine.met()).isFalse();
    assertThat(result(atLine, Criterion.INCOME).reason()).isEqualTo("人均可支配收入4400.00元，未超过2020年省扶贫标准4400元");
    assertThat(above.met()).isTrue();
    assertThat(result(above, Criterion.INCOME).reason()).isEqualTo("人均可支配收入4400.01元，超过2020年省扶贫标准4400元");
  }

  @Test
  void shouldSubtractBusinessCostsFromIncome() {
    HouseholdFacts facts = new HouseholdFacts(2, new BigDecimal("5000"), new BigDecimal("4000"), new BigDecimal("1000"),
        BigDecimal.ZERO, BigDecimal.ZERO, DibaoStatus.NONE, true, 0, 0, 0, HousingRating.A, true);

    assertThat(facts.disposableIncome()).isEqualByComparingTo("8000");
    assertThat(standard.assess(facts, jiangxi2020()).met()).isFalse();
  }

  @Test
  void shouldCountADibaoHouseholdAboveTheLineWhereTheLocalStandardExceedsIt() {
    HouseholdFacts lowIncomeDibao = withDibao(facts(2, "5600"), DibaoStatus.DIBAO);

    StandardVerdict verdict = standard.assess(lowIncomeDibao, context(new BigDecimal("4001"), true, false));

    assertThat(verdict.met()).isTrue();
    assertThat(result(verdict, Criterion.INCOME).reason()).contains("低保户", "4001", "收入视为稳定超过");
  }

  @Test
  void shouldApplyTheIncomeTestToADibaoHouseholdWhereTheLocalStandardIsAtOrBelowTheLine() {
    HouseholdFacts lowIncomeDibao = withDibao(facts(2, "5600"), DibaoStatus.WUBAO);

    assertThat(standard.assess(lowIncomeDibao, context(new BigDecimal("4000"), true, false)).met()).isFalse();
    assertThat(standard.assess(lowIncomeDibao, context(new BigDecimal("3960"), true, false)).met()).isFalse();
  }

  @Test
  void shouldIgnoreTheDibaoRuleWhereThePolicySwitchesItOff() {
    HouseholdFacts lowIncomeDibao = withDibao(facts(2, "5600"), DibaoStatus.DIBAO);

    assertThat(standard.assess(lowIncomeDibao, new StandardContext(2020, LINE_2020, new BigDecimal("4800"), false, false)).met())
        .isFalse();
  }

  @Test
  void shouldFailAChildOutOfSchoolForPovertyButNotTheExcusedOnes() {
    HouseholdFacts dropout = new HouseholdFacts(3, new BigDecimal("15000"), BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, DibaoStatus.NONE, true, 1, 0, 0, HousingRating.A, true);

    StandardVerdict verdict = standard.assess(dropout, jiangxi2020());

    assertThat(verdict.met()).isFalse();
    assertThat(result(verdict, Criterion.COMPULSORY_EDUCATION).reason()).isEqualTo("1名义务教育阶段适龄儿童非因病残辍学");
    // a child out of school for disability is not counted in childrenOutOfSchool (see HouseholdRegister)
    assertThat(standard.assess(facts(3, "15000"), jiangxi2020()).met()).isTrue();
  }

  @Test
  void shouldPassHousingRatedBAndFailC() {
    assertThat(standard.assess(withHousing(facts(2, "9000"), HousingRating.B), jiangxi2020()).met()).isTrue();
    StandardVerdict rated = standard.assess(withHousing(facts(2, "9000"), HousingRating.C), jiangxi2020());
    assertThat(rated.met()).isFalse();
    assertThat(result(rated, Criterion.HOUSING_SAFETY).reason()).isEqualTo("住房鉴定为C级危房");
    assertThat(standard.assess(withHousing(facts(2, "9000"), HousingRating.D), jiangxi2020()).met()).isFalse();
  }

  @Test
  void shouldFailBasicMedicalCareForAnUninsuredMemberOrUntreatedSeriousIllness() {
    HouseholdFacts uninsured = new HouseholdFacts(2, new BigDecimal("9000"), BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, DibaoStatus.NONE, true, 0, 1, 1, HousingRating.A, true);

    StandardVerdict verdict = standard.assess(uninsured, jiangxi2020());

    assertThat(result(verdict, Criterion.BASIC_MEDICAL_CARE).reason()).isEqualTo("1人未参加基本医疗保险，1人患大病未得到救治");
  }

  @Test
  void shouldCountDrinkingWaterOnlyWhereTheProvinceRequiresIt() {
    HouseholdFacts unsafeWater = new HouseholdFacts(2, new BigDecimal("9000"), BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, DibaoStatus.NONE, true, 0, 0, 0, HousingRating.A, false);

    assertThat(standard.assess(unsafeWater, jiangxi2020()).met()).isTrue();
    assertThat(standard.assess(unsafeWater, jiangxi2020()).results()).extracting(CriterionResult::criterion)
        .doesNotContain(Criterion.DRINKING_WATER);
    assertThat(standard.assess(unsafeWater, context(null, true, true)).met()).isFalse();
  }

  @Test
  void shouldRefuseAHouseholdWithoutMembers() {
    assertThatThrownBy(() -> facts(0, "1000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("家庭人口数必须至少为1人，收到 0");
    assertThatThrownBy(() -> facts(-1, "1000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("家庭人口数");
  }

  @Test
  void shouldRefuseNegativeIncome() {
    assertThatThrownBy(() -> facts(2, "-0.01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("工资性收入不能为负数，收到 -0.01");
  }

  @Test
  void shouldRefuseMoreDropoutsThanMembers() {
    assertThatThrownBy(() -> new HouseholdFacts(2, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, DibaoStatus.NONE, true, 3, 0, 0, HousingRating.A, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("义务教育阶段辍学人数");
  }

  private static HouseholdFacts facts(int members, String wages) {
    return new HouseholdFacts(members, new BigDecimal(wages), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, DibaoStatus.NONE, true, 0, 0, 0, HousingRating.A, true);
  }

  private static HouseholdFacts withDibao(HouseholdFacts facts, DibaoStatus dibao) {
    return new HouseholdFacts(facts.memberCount(), facts.wageIncome(), facts.businessIncome(), facts.businessCosts(),
        facts.propertyIncome(), facts.transferIncome(), dibao, facts.foodClothingSecure(), facts.childrenOutOfSchool(),
        facts.uninsuredMembers(), facts.seriousIllnessUnassisted(), facts.housingRating(), facts.drinkingWaterSafe());
  }

  private static HouseholdFacts withHousing(HouseholdFacts facts, HousingRating rating) {
    return new HouseholdFacts(facts.memberCount(), facts.wageIncome(), facts.businessIncome(), facts.businessCosts(),
        facts.propertyIncome(), facts.transferIncome(), facts.dibao(), facts.foodClothingSecure(), facts.childrenOutOfSchool(),
        facts.uninsuredMembers(), facts.seriousIllnessUnassisted(), rating, facts.drinkingWaterSafe());
  }

  private static StandardContext jiangxi2020() {
    return context(new BigDecimal("4800"), true, false);
  }

  private static StandardContext context(BigDecimal localDibao, boolean dibaoRule, boolean water) {
    return new StandardContext(2020, LINE_2020, localDibao, dibaoRule, water);
  }

  private static CriterionResult result(StandardVerdict verdict, Criterion criterion) {
    return verdict.results().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
  }
}
