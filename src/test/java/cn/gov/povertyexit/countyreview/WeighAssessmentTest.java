package cn.gov.povertyexit.countyreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed 000 八 applied to the third-party sample before approval (000 五(1)), at the seed's 90% boundary. */
class WeighAssessmentTest {

  private static final BigDecimal NINETY_PERCENT = new BigDecimal("0.90");

  @Test
  @DisplayName("000 八：合格率90.00%（含90%）——未抽中的农户全部重新核查，不按比例确定")
  void shouldReVerifyEveryUnsampledHouseholdAtNinetyPercent() {
    WeighAssessmentDelegate.Verdict verdict = WeighAssessmentDelegate.weigh(10, 9, 90, NINETY_PERCENT);

    assertThat(verdict.passRate()).isEqualByComparingTo("0.90");
    assertThat(verdict.above()).isFalse();
    assertThat(verdict.refusalsRequired()).isZero();
  }

  @Test
  @DisplayName("000 八：合格率90.01%——高于90%，按不合格比例（9.99%）从未抽中的100户中确定10户（向上取整）")
  void shouldRequireTheFailureRateOfTheUnsampledJustAboveNinetyPercent() {
    WeighAssessmentDelegate.Verdict verdict = WeighAssessmentDelegate.weigh(10000, 9001, 100, NINETY_PERCENT);

    assertThat(verdict.passRate()).isEqualByComparingTo("0.9001");
    assertThat(verdict.above()).isTrue();
    assertThat(verdict.refusalsRequired()).isEqualTo(10);
  }

  @Test
  @DisplayName("000 八：11户抽中1户不合格（90.91%），未抽中99户——确定9户（8.99户向上取整）")
  void shouldRoundTheRequiredRefusalsUp() {
    WeighAssessmentDelegate.Verdict verdict = WeighAssessmentDelegate.weigh(11, 10, 99, NINETY_PERCENT);

    assertThat(verdict.passRate()).isEqualByComparingTo("0.9091");
    assertThat(verdict.refusalsRequired()).isEqualTo(9);
  }

  @Test
  @DisplayName("样本户全部合格：不须确定任何未抽中农户")
  void shouldRequireNothingWhenTheWholeSamplePasses() {
    WeighAssessmentDelegate.Verdict verdict = WeighAssessmentDelegate.weigh(3, 3, 27, NINETY_PERCENT);

    assertThat(verdict.above()).isTrue();
    assertThat(verdict.refusalsRequired()).isZero();
  }
}
