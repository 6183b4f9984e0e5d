package cn.gov.povertyexit.household;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The year's parameters the household standard is applied with: the poverty line and which line it is (national, or
 * the province's for a provincial-standard household, seed 004 三(一)), the county's 低保 standard and whether the
 * 低保 rule applies, and whether the province counts drinking water.
 */
public record StandardContext(
    int year,
    BigDecimal povertyLine,
    BigDecimal localDibaoStandard,
    boolean dibaoCountsAboveLine,
    boolean drinkingWaterRequired,
    PovertyStandard povertyStandard,
    String assistanceStandardName) {

  public StandardContext {
    assistanceStandardName = assistanceStandardName == null ? "当地低保标准" : assistanceStandardName;
    Objects.requireNonNull(povertyLine, "povertyLine");
    Objects.requireNonNull(povertyStandard, "povertyStandard");
    if (povertyLine.signum() <= 0) {
      throw new IllegalArgumentException("贫困标准必须大于0");
    }
  }

  /** The county's 低保 standard as the assistance standard. */
  public StandardContext(int year, BigDecimal povertyLine, BigDecimal localDibaoStandard, boolean dibaoCountsAboveLine,
      boolean drinkingWaterRequired, PovertyStandard povertyStandard) {
    this(year, povertyLine, localDibaoStandard, dibaoCountsAboveLine, drinkingWaterRequired, povertyStandard, null);
  }

  /** A household on the national line. */
  public StandardContext(int year, BigDecimal povertyLine, BigDecimal localDibaoStandard, boolean dibaoCountsAboveLine,
      boolean drinkingWaterRequired) {
    this(year, povertyLine, localDibaoStandard, dibaoCountsAboveLine, drinkingWaterRequired, PovertyStandard.NATIONAL, null);
  }
}
