package cn.gov.povertyexit.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The household exit standard of seed 000 四(1): per-capita disposable income stably above the year's line — the
 * national line, or the provincial line for a provincial-standard household (seed 004 三(一)) — (a 低保/五保
 * household counts as above it where the local 低保 standard exceeds the line), food and clothing
 * secure, compulsory education, basic medical care and housing safety assured; drinking water where the
 * province requires it (seeds 003, 004).
 */
public final class HouseholdStandard {

  public StandardVerdict assess(HouseholdFacts facts, StandardContext context) {
    List<CriterionResult> results = new ArrayList<>();
    results.add(income(facts, context));
    results.add(new CriterionResult(Criterion.FOOD_AND_CLOTHING, facts.foodClothingSecure(),
        facts.foodClothingSecure() ? "吃穿不愁" : "吃穿尚无保障"));
    results.add(new CriterionResult(Criterion.COMPULSORY_EDUCATION, facts.childrenOutOfSchool() == 0,
        facts.childrenOutOfSchool() == 0 ? "无义务教育阶段因贫辍学" : facts.childrenOutOfSchool() + "名义务教育阶段适龄儿童非因病残辍学"));
    results.add(medical(facts));
    results.add(new CriterionResult(Criterion.HOUSING_SAFETY, facts.housingRating().safe(),
        facts.housingRating().safe() ? "住房鉴定为" + facts.housingRating() + "级，安全"
            : "住房鉴定为" + facts.housingRating() + "级危房"));
    if (context.drinkingWaterRequired()) {
      results.add(new CriterionResult(Criterion.DRINKING_WATER, facts.drinkingWaterSafe(),
          facts.drinkingWaterSafe() ? "饮水安全" : "饮水不安全"));
    }
    return new StandardVerdict(results);
  }

  private static CriterionResult income(HouseholdFacts facts, StandardContext context) {
    BigDecimal line = context.povertyLine();
    BigDecimal perCapita = facts.disposableIncome().divide(BigDecimal.valueOf(facts.memberCount()), 2, RoundingMode.HALF_UP);
    // which line was applied, in the seed's words (004 三(一)): 国家扶贫标准 or 省扶贫标准
    String lineText = context.year() + "年" + context.povertyStandard().lineName() + line.stripTrailingZeros().toPlainString() + "元";
    if (facts.dibao() != DibaoStatus.NONE && context.dibaoCountsAboveLine() && context.localDibaoStandard() != null
        && context.localDibaoStandard().compareTo(line) > 0) {
      return new CriterionResult(Criterion.INCOME, true, facts.dibao().label() + "，" + context.assistanceStandardName()
          + context.localDibaoStandard().stripTrailingZeros().toPlainString() + "元高于" + lineText + "，收入视为稳定超过");
    }
    // "稳定超过" means strictly above: compare the household total with line × members, without rounding.
    boolean above = facts.disposableIncome().compareTo(line.multiply(BigDecimal.valueOf(facts.memberCount()))) > 0;
    String figure = "人均可支配收入" + perCapita.toPlainString() + "元";
    return new CriterionResult(Criterion.INCOME, above,
        above ? figure + "，超过" + lineText : figure + "，未超过" + lineText);
  }

  private static CriterionResult medical(HouseholdFacts facts) {
    List<String> gaps = new ArrayList<>();
    if (facts.uninsuredMembers() > 0) {
      gaps.add(facts.uninsuredMembers() + "人未参加基本医疗保险");
    }
    if (facts.seriousIllnessUnassisted() > 0) {
      gaps.add(facts.seriousIllnessUnassisted() + "人患大病未得到救治");
    }
    return new CriterionResult(Criterion.BASIC_MEDICAL_CARE, gaps.isEmpty(),
        gaps.isEmpty() ? "全员参加基本医疗保险，大病得到救治" : String.join("，", gaps));
  }
}
