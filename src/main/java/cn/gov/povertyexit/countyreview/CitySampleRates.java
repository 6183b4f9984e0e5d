package cn.gov.povertyexit.countyreview;

import cn.gov.povertyexit.deployment.UsableInModels;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The city's check rate of a province for the models: {@code ${citySampleRates.of(provinceCode)}}. Seed 003 gives
 * 6%–10%; the lower bound of the configured range is used, rounded up per county, so no check falls below it.
 */
@Component("citySampleRates")
@UsableInModels
public class CitySampleRates {

  private final ExitPolicy policy;

  public CitySampleRates(ExitPolicy policy) {
    this.policy = policy;
  }

  public String of(String provinceCode) {
    BigDecimal rate = policy.province(provinceCode).citySampleRateMin();
    if (rate == null) {
      throw new PolicyNotConfiguredException("未配置省份 " + provinceCode + " 的市级核查比例（city-sample-rate-min）");
    }
    return rate.toPlainString();
  }
}
