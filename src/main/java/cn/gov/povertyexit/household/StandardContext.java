package cn.gov.povertyexit.household;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The year's parameters the household standard is applied with: the poverty line, the county's 低保 standard
 * and whether the 低保 rule applies, and whether the province counts drinking water.
 */
public record StandardContext(
    int year,
    BigDecimal povertyLine,
    BigDecimal localDibaoStandard,
    boolean dibaoCountsAboveLine,
    boolean drinkingWaterRequired) {

  public StandardContext {
    Objects.requireNonNull(povertyLine, "povertyLine");
    if (povertyLine.signum() <= 0) {
      throw new IllegalArgumentException("贫困标准必须大于0");
    }
  }
}
