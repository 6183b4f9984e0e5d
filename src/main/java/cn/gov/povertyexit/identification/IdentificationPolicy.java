package cn.gov.povertyexit.identification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The figures of the dynamic adjustment (001 二 三): an exited household whose stable per-capita income is above
 * {@code stableIncomeThreshold} yuan and lacks only a 三保障 item is not re-listed; the sector solves the item.
 */
@Validated
@ConfigurationProperties("poverty-exit.identification")
public record IdentificationPolicy(@NotNull @Positive BigDecimal stableIncomeThreshold) {}
