package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.procedure.ListChoices;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list step in which each household is decided one way by a tick, or the other way with its reason on a line
 * ("户编号 理由"): the meeting's 同意/不同意, Heilongjiang's 认可/不认可. A step that leaves a household undecided,
 * decides it both ways, names a household not on the list or gives no reason is refused, and changes nothing.
 *
 * @param candidates how the refusals name the households that may be decided, e.g. "本批名单中达到退出标准的农户"
 * @param cannotTick what a tick of another household may not do, e.g. "同意其退出"
 * @param tick the ticked decision, e.g. "同意退出"
 * @param refusal the other decision, e.g. "不同意"
 * @param undecided the refusal's opening for households left undecided, up to the colon
 * @param undecidedHint what follows the names of the undecided households ("" for nothing)
 */
record ListDecisions(String candidates, String cannotTick, String tick, String refusal, String undecided,
    String undecidedHint) {

  /** What the step decided: the ticked households, and the others with their reasons. */
  record Decided(Set<String> ticked, Map<String, String> reasons) {}

  /** The step's ticks and lines, checked against the households it had to decide; refused unless each is decided once. */
  Decided decide(List<ListMember> candidates, Object ticks, Object lines) {
    Map<String, ListMember> members = new LinkedHashMap<>();
    candidates.forEach(member -> members.put(member.householdId(), member));
    Decided decided = new Decided(ListChoices.ids(ticks), reasons(lines));
    check(members, decided.ticked(), decided.reasons());
    return decided;
  }

  private Map<String, String> reasons(Object value) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (List<String> entry : ListedEntries.read(value, "householdId", "reason")) {
      if (reasons.put(entry.get(0), entry.get(1)) != null) {
        throw new CaseRefusedException(refusal + "退出的农户中户编号 " + entry.get(0) + " 填写了两次");
      }
    }
    return reasons;
  }

  private void check(Map<String, ListMember> members, Set<String> ticked, Map<String, String> reasons) {
    for (String id : ticked) {
      if (!members.containsKey(id)) {
        throw new CaseRefusedException("户编号 " + id + " 不是" + candidates + "，不能" + cannotTick);
      }
    }
    for (Map.Entry<String, String> reason : reasons.entrySet()) {
      if (!members.containsKey(reason.getKey())) {
        throw new CaseRefusedException(refusal + "退出的农户中，户编号 " + reason.getKey() + " 不是" + candidates);
      }
      if (ticked.contains(reason.getKey())) {
        throw new CaseRefusedException(members.get(reason.getKey()).label() + "既勾选了" + tick + "，又填写了" + refusal
            + "的理由，请只选其一");
      }
      if (reason.getValue().isBlank()) {
        throw new CaseRefusedException("请写明" + refusal + members.get(reason.getKey()).label() + "退出的理由（每行：户编号 理由）");
      }
    }
    List<String> open = members.values().stream()
        .filter(member -> !ticked.contains(member.householdId()) && !reasons.containsKey(member.householdId()))
        .map(ListMember::label).toList();
    if (!open.isEmpty()) {
      throw new CaseRefusedException(undecided + String.join("、", open) + undecidedHint);
    }
  }
}
