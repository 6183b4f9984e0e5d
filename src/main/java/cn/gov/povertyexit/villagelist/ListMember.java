package cn.gov.povertyexit.villagelist;

/**
 * One household on a village's exit list, as the list's forms show it: who, how many people, the survey's
 * per-capita income and verdict, and what the list decided for it so far.
 */
public record ListMember(String householdId, String headName, String processInstanceId, int memberCount,
    String perCapitaIncome, boolean standardMet, String verdict, String decision) {

  public ListMember withDecision(String newDecision) {
    return new ListMember(householdId, headName, processInstanceId, memberCount, perCapitaIncome, standardMet, verdict,
        newDecision);
  }

  /** "张三（3604241002010001）", as the checklists and messages name a household. */
  public String label() {
    return headName + "（" + householdId + "）";
  }
}
