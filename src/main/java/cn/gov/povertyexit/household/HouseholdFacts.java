package cn.gov.povertyexit.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the standard looks at, as surveyed or verified for one household and year: the income components of the
 * register and the 两不愁三保障 indicators, counted over the members. Refuses impossible values with a Chinese
 * message naming the field, before any standard is applied.
 *
 * @param childrenOutOfSchool members of compulsory-school age out of school for a reason the standard does not
 *     excuse (illness, disability and intellectual disability are excused)
 * @param uninsuredMembers members not enrolled in basic medical insurance
 * @param seriousIllnessUnassisted members with a serious illness neither treated nor assisted
 */
public record HouseholdFacts(
    int memberCount,
    BigDecimal wageIncome,
    BigDecimal businessIncome,
    BigDecimal businessCosts,
    BigDecimal propertyIncome,
    BigDecimal transferIncome,
    DibaoStatus dibao,
    boolean foodClothingSecure,
    int childrenOutOfSchool,
    int uninsuredMembers,
    int seriousIllnessUnassisted,
    HousingRating housingRating,
    boolean drinkingWaterSafe) {

  static final BigDecimal LOWEST_PER_CAPITA = new BigDecimal("-10000");
  static final BigDecimal HIGHEST_PER_CAPITA = new BigDecimal("1000000");

  public HouseholdFacts {
    if (memberCount < 1) {
      throw new IllegalArgumentException("家庭人口数必须至少为1人，收到 " + memberCount);
    }
    notNegative(wageIncome, "工资性收入");
    notNegative(businessIncome, "生产经营性收入");
    notNegative(businessCosts, "生产经营费用支出");
    notNegative(propertyIncome, "财产性收入");
    notNegative(transferIncome, "转移性收入");
    countWithinMembers(childrenOutOfSchool, memberCount, "义务教育阶段辍学人数");
    countWithinMembers(uninsuredMembers, memberCount, "未参加基本医疗保险人数");
    countWithinMembers(seriousIllnessUnassisted, memberCount, "大病未得到救治人数");
    Objects.requireNonNull(dibao, "低保情况");
    Objects.requireNonNull(housingRating, "住房安全等级");
    // the fields are assigned only after this body: compute from the parameters
    BigDecimal disposable = wageIncome.add(businessIncome).subtract(businessCosts).add(propertyIncome).add(transferIncome);
    plausiblePerCapita(disposable.divide(BigDecimal.valueOf(memberCount), 2, RoundingMode.HALF_UP));
  }

  /** Disposable income of the household: wages + business income − business costs + property + transfers. */
  public BigDecimal disposableIncome() {
    return wageIncome.add(businessIncome).subtract(businessCosts).add(propertyIncome).add(transferIncome);
  }

  /** A figure outside this range is a typing error (an extra digit, costs in fen), not a household's year. */
  private static void plausiblePerCapita(BigDecimal perCapita) {
    if (perCapita.compareTo(LOWEST_PER_CAPITA) < 0 || perCapita.compareTo(HIGHEST_PER_CAPITA) > 0) {
      throw new IllegalArgumentException("按所填收入和生产经营费用支出计算，人均可支配收入为" + perCapita.toPlainString()
          + "元，不在" + LOWEST_PER_CAPITA.toPlainString() + "元到" + HIGHEST_PER_CAPITA.toPlainString()
          + "元的合理范围内，请核对各项收入和支出");
    }
  }

  private static void notNegative(BigDecimal amount, String name) {
    if (amount == null) {
      throw new IllegalArgumentException(name + "不能为空");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(name + "不能为负数，收到 " + amount.toPlainString());
    }
  }

  private static void countWithinMembers(int count, int members, String name) {
    if (count < 0 || count > members) {
      throw new IllegalArgumentException(name + "应在0到家庭人口数" + members + "之间，收到 " + count);
    }
  }
}
