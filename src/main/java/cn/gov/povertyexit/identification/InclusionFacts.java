package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.household.HouseholdFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the inclusion standard looks at for one household and year: the surveyed 两不愁三保障 and income facts, the
 * members (typed by the work team for a new household; empty for a household already on the register) and the
 * circumstances of 001 二 that include or exclude a household.
 *
 * @param membersLabour whether the household has a member who is healthy and able to work; for a household on the
 *     register it is read from the register's members
 * @param illnessCausesPoverty a member's serious illness not cured, or a chronic illness whose costs impoverish
 * @param villageCadre a member is the serving 村支书、主任、文书、副支书 or 副主任
 * @param assetsConcealed income or assets hidden, given up or transferred on purpose, as verified
 */
public record InclusionFacts(
    InclusionKind kind,
    HouseholdFacts facts,
    BigDecimal povertyLine,
    DibaoCategory dibaoCategory,
    boolean disabilityAid,
    boolean membersLabour,
    boolean illnessCausesPoverty,
    boolean villageCadre,
    boolean assetsConcealed,
    List<MemberLine> members) {

  public InclusionFacts {
    Objects.requireNonNull(kind, "纳入类型");
    Objects.requireNonNull(facts, "调查数据");
    Objects.requireNonNull(povertyLine, "贫困标准");
    Objects.requireNonNull(dibaoCategory, "低保类别");
    members = List.copyOf(members);
  }
}
