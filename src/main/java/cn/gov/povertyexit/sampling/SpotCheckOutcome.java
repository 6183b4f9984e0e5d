package cn.gov.povertyexit.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a spot check's pass rate decides (seed 000 八): above the recognition rate (90%), exits are recognised in
 * proportion — the failed sampled exits are revoked and the county names the same proportion of the unsampled
 * exits to revoke; at or below it (含90%), every exit of the year is re-verified.
 *
 * <p>The proportional count rounds <em>up</em>: the seed asks to revoke "按抽查不合格比例", and rounding down would let
 * a county with a small number of unsampled exits revoke none of them whatever its failure rate.
 */
public record SpotCheckOutcome(int sampled, int failed, BigDecimal passRate, boolean recognisedInProportion,
    int unsampledToRevoke) {

  public static SpotCheckOutcome of(int sampled, int failed, int unsampled, BigDecimal recognitionRate) {
    if (sampled <= 0 || failed < 0 || failed > sampled || unsampled < 0) {
      throw new IllegalArgumentException("抽查户数" + sampled + "、不合格户数" + failed + "、未抽查户数" + unsampled + "不合理");
    }
    int passed = sampled - failed;
    BigDecimal passRate = BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(sampled), 6, RoundingMode.HALF_UP);
    // "高于90%" compared exactly: passed > 0.90 × sampled
    boolean above = BigDecimal.valueOf(passed).compareTo(recognitionRate.multiply(BigDecimal.valueOf(sampled))) > 0;
    int toRevoke = above
        ? BigDecimal.valueOf(failed).multiply(BigDecimal.valueOf(unsampled))
            .divide(BigDecimal.valueOf(sampled), 0, RoundingMode.CEILING).intValueExact()
        : 0;
    return new SpotCheckOutcome(sampled, failed, passRate, above, toRevoke);
  }
}
