package cn.gov.povertyexit.household;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.policy.ProvincePolicy;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Applies the household standard with the year's and the province's parameters from the policy and the register:
 * the line is the one the register says the household is on (seed 004 三(一): 国家标准贫困户 against the national
 * line, 省标准贫困户 against the province's).
 */
@Component
public class HouseholdExitStandard {

  private final HouseholdStandard standard = new HouseholdStandard();
  private final ExitPolicy policy;
  private final HouseholdRecords records;

  public HouseholdExitStandard(ExitPolicy policy, HouseholdRecords records) {
    this.policy = policy;
    this.records = records;
  }

  public StandardVerdict assess(String householdId, HouseholdFacts facts, int year, String countyCode,
      String provinceCode) {
    ProvincePolicy province = policy.province(provinceCode);
    PovertyStandard povertyStandard = records.povertyStandardOf(householdId);
    StandardContext context = new StandardContext(year, povertyLine(povertyStandard, year, provinceCode),
        records.localDibaoStandardOf(countyCode, year).orElse(null), policy.dibaoCountsAboveLine(),
        province.drinkingWaterRequired(), povertyStandard);
    return standard.assess(facts, context);
  }

  /**
   * The line a household of this standard is measured against in the year. A provincial-standard household in a
   * province or year without a provincial line is a configuration gap: refused with its name, never measured
   * against the national line instead.
   */
  public BigDecimal povertyLine(PovertyStandard povertyStandard, int year, String provinceCode) {
    if (povertyStandard == PovertyStandard.NATIONAL) {
      return policy.nationalPovertyLine(year);
    }
    ProvincePolicy province = policy.province(provinceCode);
    return province.provincialPovertyLine(year).orElseThrow(() -> new PolicyNotConfiguredException("未配置" + year
        + "年" + province.name() + "的省扶贫标准（poverty-exit.policy.provinces." + provinceCode
        + ".provincial-poverty-line），省标准贫困户无法对照退出标准评定"));
  }
}
