package cn.gov.povertyexit.performance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The points of the 实绩考核 ledger. {@code countyExitBonus}: per province code, the points a poor county gains in the
 * year it exits (seed 000 六: Jiangxi, 加5分; a province whose seed gives none has no entry). {@code deductionPoints}:
 * the points a check at or below the recognition pass rate costs (seed 000 八 says 扣分 without a figure: left empty,
 * the entry records the deduction and the figure stays for the assessment regulations).
 */
@Validated
@ConfigurationProperties("poverty-exit.performance")
public record PerformanceRules(@NotNull Map<String, @NotNull @DecimalMin("0") BigDecimal> countyExitBonus,
    @DecimalMin("0") BigDecimal deductionPoints) {

  public Optional<BigDecimal> countyExitBonus(String provinceCode) {
    return Optional.ofNullable(countyExitBonus.get(provinceCode));
  }

  /** The deduction as a ledger entry's (negative) points, if the rules give a figure. */
  public Optional<BigDecimal> deduction() {
    return Optional.ofNullable(deductionPoints).map(BigDecimal::negate);
  }
}
