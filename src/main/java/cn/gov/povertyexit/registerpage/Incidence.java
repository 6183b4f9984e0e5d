package cn.gov.povertyexit.registerpage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A place's poverty incidence as its page states it: the poor and rural population counted by the records classes
 * (the figures the exit standards are applied to), and whether it lies below the standard's threshold.
 */
public record Incidence(int poorPopulation, int ruralPopulation, BigDecimal threshold) {

  public String percent() {
    if (ruralPopulation <= 0) {
      return "—";
    }
    return BigDecimal.valueOf(poorPopulation).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(ruralPopulation), 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  public String thresholdPercent() {
    return threshold == null ? "" : threshold.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
  }

  /** Strictly below, compared without rounding, as the standards compare it. */
  public boolean belowThreshold() {
    return threshold != null && ruralPopulation > 0
        && BigDecimal.valueOf(poorPopulation).compareTo(threshold.multiply(BigDecimal.valueOf(ruralPopulation))) < 0;
  }
}
