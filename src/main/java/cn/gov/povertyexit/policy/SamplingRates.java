package cn.gov.povertyexit.policy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Spot checks of the year's exits (seed 000 八): the county checks at least 10% of exited households, the city
 * at least 20% of exited villages; a pass rate above 90% recognises exits in proportion. The third-party
 * assessment commissioned by city and province checks a sample of each county's exit list in person.
 */
public record SamplingRates(
    @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") BigDecimal countyHouseholdRate,
    @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") BigDecimal cityVillageRate,
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal recognitionPassRate,
    @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") BigDecimal assessmentHouseholdRate) {}
