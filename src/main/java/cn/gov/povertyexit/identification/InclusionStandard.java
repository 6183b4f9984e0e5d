package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HousingRating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is put on the register (建档立卡), as seed 001 二 writes the dynamic adjustment: a household below the poverty
 * line or whose 两不愁三保障 is not achieved is listed (一); a household carried by the policy — no healthy member
 * able to work, with 一二类低保、特困供养 or disability aid — is listed as 兜底户, while such aid to a single member
 * of a household with a healthy worker does not make it one (二); an exited household falls back (返贫) and must be
 * listed again when a child of compulsory-school age is out of school for poverty, the dwelling is rated C or D,
 * or illness impoverishes it — unless its stable per-capita income is above the threshold (3,500 yuan) and only a
 * 三保障 item is missing, which the responsible sector solves instead (三). Serving village cadres' households and
 * households that hid or transferred income or assets are not listed (一). Plain Java: no engine, no database.
 */
public final class InclusionStandard {

  private static final String SEED = "（001号文件 二）";

  private InclusionStandard() {}

  public static InclusionVerdict judge(InclusionFacts household, BigDecimal stableIncomeThreshold) {
    HouseholdFacts facts = household.facts();
    BigDecimal perCapita = facts.disposableIncome().divide(BigDecimal.valueOf(facts.memberCount()), 2, RoundingMode.HALF_UP);
    String income = "人均可支配收入" + yuan(perCapita) + "元";
    if (household.villageCadre()) {
      return refused("家中有现任村支书、主任、文书、副支书或副主任，不能识别纳入建档立卡范围" + SEED);
    }
    if (household.assetsConcealed()) {
      return refused("不如实提供家庭收入和资产情况，经核实属故意隐瞒或放弃、转移财产，原则上不能识别纳入建档立卡范围" + SEED);
    }
    List<String> securityGaps = securityGaps(household);
    boolean belowLine = perCapita.compareTo(household.povertyLine()) <= 0;
    boolean fed = facts.foodClothingSecure();
    String line = "贫困标准" + yuan(household.povertyLine()) + "元";

    if (household.kind() == InclusionKind.RETURN) {
      if (perCapita.compareTo(stableIncomeThreshold) > 0 && fed) {
        if (securityGaps.isEmpty()) {
          return refused(income + "，高于稳定收入标准" + yuan(stableIncomeThreshold) + "元，两不愁三保障均已实现，不属于返贫" + SEED);
        }
        return new InclusionVerdict(InclusionOutcome.SECTOR_SOLVES, null,
            List.of(income + "，高于稳定收入标准" + yuan(stableIncomeThreshold) + "元，但" + String.join("、", securityGaps)
                + "：不再纳入建档立卡范围，按缺什么补什么的原则由相关行业主管部门单项解决" + SEED),
            securityGaps);
      }
      List<String> mustReturn = mandatoryReturnCauses(household);
      if (!mustReturn.isEmpty()) {
        String why = perCapita.compareTo(stableIncomeThreshold) > 0 ? "，吃穿有困难，"
            : "，未高于稳定收入标准" + yuan(stableIncomeThreshold) + "元，";
        return included("返贫户", income + why + String.join("、", mustReturn) + "，必须纳入建档立卡范围，标注为返贫人口" + SEED);
      }
      if (belowLine || !fed || !securityGaps.isEmpty()) {
        return included("返贫户", describe(income, line, belowLine, fed, securityGaps)
            + "：两不愁三保障实现程度低、收入低且不稳定，标注为返贫人口，退回未脱贫状态" + SEED);
      }
      return refused(income + "，高于" + line + "，两不愁三保障均已实现，不属于返贫" + SEED);
    }

    if (!belowLine && fed && securityGaps.isEmpty()) {
      return refused(income + "，高于" + line + "，两不愁三保障均已实现，不符合贫困识别标准" + SEED);
    }
    boolean aided = household.dibaoCategory().carried() || household.disabilityAid();
    String reason = describe(income, line, belowLine, fed, securityGaps);
    if (aided && !household.membersLabour()) {
      return included("兜底户", reason + "；整户完全或部分丧失劳动能力，享受" + aid(household) + "，作为政策兜底户纳入建档立卡范围" + SEED);
    }
    String general = aided ? "；家庭有身体健康且有劳动能力的成员，个别成员享受" + aid(household) + "的，按一般户对待" : "";
    return included("一般贫困户", reason + general + "，符合贫困识别标准，纳入建档立卡范围" + SEED);
  }

  /** The 三保障 items the survey found missing: compulsory schooling, basic medical care, safe housing. */
  static List<String> securityGaps(InclusionFacts household) {
    HouseholdFacts facts = household.facts();
    List<String> gaps = new ArrayList<>();
    if (facts.childrenOutOfSchool() > 0) {
      gaps.add("义务教育阶段因贫辍学" + facts.childrenOutOfSchool() + "人（义务教育无保障）");
    }
    if (facts.uninsuredMembers() > 0 || facts.seriousIllnessUnassisted() > 0 || household.illnessCausesPoverty()) {
      gaps.add("基本医疗无保障");
    }
    if (facts.housingRating() == HousingRating.C || facts.housingRating() == HousingRating.D) {
      gaps.add("主要居住用房为" + facts.housingRating().name() + "级危房（住房安全无保障）");
    }
    return gaps;
  }

  private static List<String> mandatoryReturnCauses(InclusionFacts household) {
    HouseholdFacts facts = household.facts();
    List<String> causes = new ArrayList<>();
    if (facts.childrenOutOfSchool() > 0) {
      causes.add("家庭中有义务教育阶段因贫辍学的（智障或残疾辍学除外）");
    }
    if (facts.housingRating() == HousingRating.C || facts.housingRating() == HousingRating.D) {
      causes.add("家庭主要居住用房鉴定为" + facts.housingRating().name() + "级危房");
    }
    if (household.illnessCausesPoverty()) {
      causes.add("家庭成员患大病未治愈或患长期慢性病开支大导致贫困");
    }
    return causes;
  }

  private static String describe(String income, String line, boolean belowLine, boolean fed, List<String> gaps) {
    List<String> found = new ArrayList<>();
    found.add(income + (belowLine ? "，未超过" : "，高于") + line);
    if (!fed) {
      found.add("吃穿有困难");
    }
    found.addAll(gaps);
    return String.join("；", found);
  }

  private static String aid(InclusionFacts household) {
    List<String> aid = new ArrayList<>();
    if (household.dibaoCategory().carried()) {
      aid.add(household.dibaoCategory().label());
    }
    if (household.disabilityAid()) {
      aid.add("残疾人补助");
    }
    return String.join("、", aid);
  }

  private static InclusionVerdict included(String category, String reason) {
    return new InclusionVerdict(InclusionOutcome.INCLUDE, category, List.of(reason), List.of());
  }

  private static InclusionVerdict refused(String reason) {
    return new InclusionVerdict(InclusionOutcome.NOT_INCLUDED, null, List.of(reason), List.of());
  }

  private static String yuan(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
