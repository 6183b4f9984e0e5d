package cn.gov.povertyexit.policy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Thresholds of the third-party assessment of a county: 错退率, 漏评率 (at most) and 群众认可度 (at least). */
public record AssessmentThresholds(
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal maxWrongfulExitRate,
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal maxMissedIdentificationRate,
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal minPublicApprovalRate) {}
