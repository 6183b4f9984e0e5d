package cn.gov.povertyexit.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.povertyexit.household.DibaoStatus;
import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HousingRating;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InclusionStandardTest {

  private static final BigDecimal LINE = new BigDecimal("3335.00");
  private static final BigDecimal STABLE = new BigDecimal("3500.00");

  @Test
  @DisplayName("001 二 一：人均收入未超过贫困标准的农户纳入；高于标准且两不愁三保障实现的不纳入")
  void shouldIncludeAHouseholdAtTheLineAndNotOneACentAbove() {
    InclusionVerdict atLine = judge(newHousehold(perCapita("3335.00"), HousingRating.B, 0, false, true));
    InclusionVerdict above = judge(newHousehold(perCapita("3335.01"), HousingRating.B, 0, false, true));

    assertThat(atLine.outcome()).isEqualTo(InclusionOutcome.INCLUDE);
    assertThat(atLine.category()).isEqualTo("一般贫困户");
    assertThat(atLine.reasonText()).contains("人均可支配收入3335.00元，未超过贫困标准3335.00元");
    assertThat(above.outcome()).isEqualTo(InclusionOutcome.NOT_INCLUDED);
    assertThat(above.reasonText()).contains("不符合贫困识别标准");
  }

  @Test
  @DisplayName("001 二 一：收入高于标准但住房为C级危房的农户纳入")
  void shouldIncludeAHouseholdAboveTheLineWhoseHousingIsUnsafe() {
    InclusionVerdict verdict = judge(newHousehold(perCapita("5200.00"), HousingRating.C, 0, false, true));

    assertThat(verdict.outcome()).isEqualTo(InclusionOutcome.INCLUDE);
    assertThat(verdict.reasonText()).contains("C级危房");
  }

  @Test
  @DisplayName("001 二 一：家中有现任村干部的、故意隐瞒或转移财产的，不能识别纳入")
  void shouldExcludeCadreHouseholdsAndConcealedAssetsWhateverTheirIncome() {
    InclusionFacts poor = newHousehold(perCapita("1200.00"), HousingRating.D, 1, true, false);
    InclusionFacts cadre = with(poor, true, false);
    InclusionFacts concealed = with(poor, false, true);

    assertThat(judge(cadre).outcome()).isEqualTo(InclusionOutcome.NOT_INCLUDED);
    assertThat(judge(cadre).reasonText()).contains("现任村支书、主任、文书、副支书或副主任");
    assertThat(judge(concealed).outcome()).isEqualTo(InclusionOutcome.NOT_INCLUDED);
    assertThat(judge(concealed).reasonText()).contains("故意隐瞒或放弃、转移财产");
    assertThat(judge(poor).outcome()).isEqualTo(InclusionOutcome.INCLUDE);
  }

  @Test
  @DisplayName("001 二 二：整户丧失劳动能力的一二类低保户作为兜底户纳入；有健康劳动力的按一般户对待")
  void shouldListACarriedHouseholdAsCarriedOnlyWithoutAHealthyWorker() {
    InclusionFacts noWorker = new InclusionFacts(InclusionKind.NEW, facts(perCapita("2100.00"), HousingRating.B, 0, false),
        LINE, DibaoCategory.CLASS_ONE_OR_TWO, false, false, true, false, false, List.of());
    InclusionFacts withWorker = new InclusionFacts(InclusionKind.NEW, facts(perCapita("2100.00"), HousingRating.B, 0, false),
        LINE, DibaoCategory.CLASS_ONE_OR_TWO, false, true, true, false, false, List.of());

    assertThat(judge(noWorker).category()).isEqualTo("兜底户");
    assertThat(judge(noWorker).reasonText()).contains("整户完全或部分丧失劳动能力，享受一二类低保");
    assertThat(judge(withWorker).category()).isEqualTo("一般贫困户");
    assertThat(judge(withWorker).reasonText()).contains("按一般户对待");
  }

  @Test
  @DisplayName("001 二 三：稳定收入3500.00元（未高于3500元）且三保障不达标的，返贫纳入")
  void shouldReListAtTheThresholdWhenASecurityItemIsMissing() {
    InclusionVerdict verdict = judge(returned(perCapita("3500.00"), HousingRating.C, 0, false));

    assertThat(verdict.outcome()).isEqualTo(InclusionOutcome.INCLUDE);
    assertThat(verdict.category()).isEqualTo("返贫户");
    assertThat(verdict.reasonText()).contains("家庭主要居住用房鉴定为C级危房", "必须纳入");
  }

  @Test
  @DisplayName("001 二 三：稳定收入高于3500元但三保障不达标的，不再纳入，由行业主管部门单项解决")
  void shouldLeaveAHouseholdACentAboveTheThresholdToTheSector() {
    InclusionVerdict verdict = judge(returned(perCapita("3500.01"), HousingRating.D, 1, false));

    assertThat(verdict.outcome()).isEqualTo(InclusionOutcome.SECTOR_SOLVES);
    assertThat(verdict.sectorItems()).hasSize(2);
    assertThat(verdict.sectorItems().get(0)).contains("义务教育");
    assertThat(verdict.sectorItems().get(1)).contains("D级危房");
    assertThat(verdict.reasonText()).contains("缺什么补什么");
  }

  @Test
  @DisplayName("001 二 三：因贫辍学、C/D级危房、因病致贫三种情况必须返贫纳入；残疾辍学除外")
  void shouldReListEachMandatoryCauseAndExceptADisabilityDropout() {
    InclusionVerdict dropout = judge(returned(perCapita("3400.00"), HousingRating.B, 1, false));
    InclusionVerdict illness = judge(returned(perCapita("3400.00"), HousingRating.A, 0, true));
    // a child out of school for disability is not counted as out of school for poverty: the survey counts 0
    InclusionVerdict disabilityDropout = judge(returned(perCapita("3400.00"), HousingRating.B, 0, false));

    assertThat(dropout.reasonText()).contains("因贫辍学的（智障或残疾辍学除外）", "必须纳入");
    assertThat(illness.reasonText()).contains("患大病未治愈或患长期慢性病开支大导致贫困");
    assertThat(disabilityDropout.outcome()).isEqualTo(InclusionOutcome.NOT_INCLUDED);
    assertThat(disabilityDropout.reasonText()).contains("不属于返贫");
  }

  @Test
  @DisplayName("001 二 三：已脱贫户收入低于贫困标准的，返贫纳入")
  void shouldReListAnExitedHouseholdFallenBelowTheLine() {
    InclusionVerdict verdict = judge(returned(perCapita("3000.00"), HousingRating.B, 0, false));

    assertThat(verdict.outcome()).isEqualTo(InclusionOutcome.INCLUDE);
    assertThat(verdict.reasonText()).contains("收入低且不稳定");
  }

  @Test
  void shouldReadMembersLineByLineAndReportEveryMistakeWithItsLine() {
    List<MemberLine> members = MemberLines.read("""
        王秀英 360424195003120022 户主 长期慢性病 弱劳动力 已完成学业
        陈小军\u3000360424201109150017 孙子女 残疾 无劳动力 残疾辍学
        """);

    assertThat(members).extracting(MemberLine::name).containsExactly("王秀英", "陈小军");
    assertThat(members.get(1).dropoutReason()).isEqualTo("DISABILITY");
    assertThat(members.get(1).unexcusedDropout()).isFalse();
    assertThat(members.get(0).birthDate()).hasToString("1950-03-12");
    assertThatThrownBy(() -> MemberLines.read("""
        王秀英 360424195003120023 户主 长期慢性病 弱劳动力 已完成学业
        陈小军 360424201109150017 外孙 残疾 无劳动力
        """)).isInstanceOf(CaseRefusedException.class)
        .hasMessageContaining("第1行身份证号校验位不正确")
        .hasMessageContaining("第2行应有6项");
    assertThatThrownBy(() -> MemberLines.read("陈小军 360424201109150017 子女 健康 无劳动力 在校生"))
        .hasMessageContaining("应有且只有一名户主");
  }

  private static InclusionVerdict judge(InclusionFacts facts) {
    return InclusionStandard.judge(facts, STABLE);
  }

  /** Disposable income of a household of one that makes the given per-capita figure. */
  private static BigDecimal perCapita(String yuan) {
    return new BigDecimal(yuan);
  }

  private static HouseholdFacts facts(BigDecimal perCapita, HousingRating housing, int dropouts, boolean fedOverride) {
    return new HouseholdFacts(2, perCapita.multiply(BigDecimal.valueOf(2)), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, DibaoStatus.NONE, !fedOverride, dropouts, 0, 0, housing, true);
  }

  private static InclusionFacts newHousehold(BigDecimal perCapita, HousingRating housing, int dropouts, boolean hungry,
      boolean worker) {
    return new InclusionFacts(InclusionKind.NEW, facts(perCapita, housing, dropouts, hungry), LINE, DibaoCategory.NONE,
        false, worker, false, false, false, List.of());
  }

  private static InclusionFacts returned(BigDecimal perCapita, HousingRating housing, int dropouts, boolean illness) {
    return new InclusionFacts(InclusionKind.RETURN, facts(perCapita, housing, dropouts, false), LINE, DibaoCategory.NONE,
        false, true, illness, false, false, List.of());
  }

  private static InclusionFacts with(InclusionFacts facts, boolean cadre, boolean concealed) {
    return new InclusionFacts(facts.kind(), facts.facts(), facts.povertyLine(), facts.dibaoCategory(), facts.disabilityAid(),
        facts.membersLabour(), facts.illnessCausesPoverty(), cadre, concealed, facts.members());
  }
}
