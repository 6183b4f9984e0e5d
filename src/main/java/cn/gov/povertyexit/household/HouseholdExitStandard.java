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
    BigDecimal line = povertyLine(povertyStandard, year, provinceCode);
    StandardContext context;
    if (!province.dibaoCountsAboveLine() || facts.dibao() == DibaoStatus.NONE) {
      context = new StandardContext(year, line, null, false, province.drinkingWaterRequired(), povertyStandard);
    } else if (facts.dibao() == DibaoStatus.WUBAO && province.wubaoStandard(year).isPresent()) {
      context = new StandardContext(year, line, province.wubaoStandard(year).get(), true,
          province.drinkingWaterRequired(), povertyStandard, "当年特困人员（五保）供养标准");
    } else {
      context = new StandardContext(year, line, dibaoStandard(countyCode, year, province, provinceCode), true,
          province.drinkingWaterRequired(), povertyStandard);
    }
    return standard.assess(facts, context);
  }

  /**
   * The county's 低保 standard of the year for a province whose household standard has the 低保 rule (seed 000
   * 四(1)). Without one the 低保/五保 household cannot be judged as the seed says: refused with province, county and
   * year, never silently judged by income alone.
   */
  private BigDecimal dibaoStandard(String countyCode, int year, ProvincePolicy province, String provinceCode) {
    return records.localDibaoStandardOf(countyCode, year).orElseThrow(() -> new PolicyNotConfiguredException(
        "未登记" + province.name() + "（" + provinceCode + "）" + countyCode + "县" + year
            + "年的最低生活保障标准，低保、五保户无法按" + province.name() + "“当地低保标准超过国家贫困标准的，收入视为稳定超过”"
            + "的规定评定（见000号文件 四(1)）"));
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
