package cn.gov.povertyexit.household;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.ProvincePolicy;
import org.springframework.stereotype.Component;

/** Applies the household standard with the year's and the province's parameters from the policy and the register. */
@Component
public class HouseholdExitStandard {

  private final HouseholdStandard standard = new HouseholdStandard();
  private final ExitPolicy policy;
  private final HouseholdRecords records;

  public HouseholdExitStandard(ExitPolicy policy, HouseholdRecords records) {
    this.policy = policy;
    this.records = records;
  }

  public StandardVerdict assess(HouseholdFacts facts, int year, String countyCode, String provinceCode) {
    ProvincePolicy province = policy.province(provinceCode);
    StandardContext context = new StandardContext(year, policy.nationalPovertyLine(year),
        records.localDibaoStandardOf(countyCode, year).orElse(null), policy.dibaoCountsAboveLine(),
        province.drinkingWaterRequired());
    return standard.assess(facts, context);
  }
}
