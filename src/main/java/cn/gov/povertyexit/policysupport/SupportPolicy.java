package cn.gov.povertyexit.policysupport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * 脱贫不脱政策 (seeds 000 六, 001): households, villages and counties that exited keep receiving the support policies
 * until {@code endYear} (2020 in the seeds: the end of the 攻坚期); from the next year on they no longer do.
 */
@Validated
@ConfigurationProperties("poverty-exit.policy-support")
public record SupportPolicy(@NotNull @Min(2014) @Max(2100) Integer endYear) {

  /** Whether an exited subject still receives the policies in the given year. */
  public boolean stillSupported(int year) {
    return year <= endYear;
  }
}
