package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.procedure.ListChoices;
import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registerdata.VerifiedFacts;
import cn.gov.povertyexit.household.VerificationTeamCheck;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * 确定乡镇退出名单: the township's team (at least three people, seed 000 五(1)) verified the village's list; each
 * household is confirmed — it goes on the township's exit list and the second notice — or sent to its own home
 * verification with corrected facts, the team and date already filled in. A confirmed household's surveyed facts are
 * written to the register in this step.
 */
@Component
public class FixTownshipExitListDelegate implements JavaDelegate {

  private final VerificationTeamCheck teamCheck;
  private final VerifiedFacts verifiedFacts;

  public FixTownshipExitListDelegate(VerificationTeamCheck teamCheck, VerifiedFacts verifiedFacts) {
    this.teamCheck = teamCheck;
    this.verifiedFacts = verifiedFacts;
  }

  @Override
  public void execute(DelegateExecution list) {
    teamCheck.requireFullTeam(list);
    List<ListMember> members = ListMembers.read(list.getVariable(VERIFICATION_LIST));
    Set<String> confirmed = ListChoices.ids(list.getVariable(CONFIRMED_HOUSEHOLDS));
    Set<String> toCorrect = ListChoices.ids(list.getVariable(HOUSEHOLDS_TO_CORRECT));
    check(members, confirmed, toCorrect);

    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    Map<String, Object> verification = new HashMap<>();
    verification.put(HouseholdVariables.VERIFIERS, list.getVariable(HouseholdVariables.VERIFIERS));
    verification.put(VERIFICATION_DATE, CaseVariables.text(list, VERIFICATION_DATE, "核实日期"));
    List<ListMember> onTownshipList = new ArrayList<>();
    List<ListMember> decided = new ArrayList<>();
    for (ListMember member : members) {
      boolean correct = toCorrect.contains(member.householdId());
      if (!correct) {
        recordConfirmedFacts(list, member);
      }
      Map<String, Object> answer = new HashMap<>(verification);
      answer.put(TOWNSHIP_CORRECTION_NEEDED, correct);
      ListAnswers.answer(runtime, member, TOWNSHIP_VERIFIED_MESSAGE, answer);
      decided.add(member.withDecision(correct ? "需更正数据，转本户单独核实" : "核实无误，列入乡镇退出名单"));
      if (!correct) {
        onTownshipList.add(member);
      }
    }
    list.setVariable(VERIFICATION_LIST, ListMembers.rows(decided));
    list.setVariable(SECOND_NOTICE_LIST, ListMembers.rows(onTownshipList));
    list.setVariable(CONFIRMED_COUNT, onTownshipList.size());
  }

  /** The survey's facts, now confirmed household by household by the township's team, become the register's. */
  private void recordConfirmedFacts(DelegateExecution list, ListMember member) {
    ExecutionEntity household = Context.getCommandContext().getExecutionManager()
        .findExecutionById(member.processInstanceId());
    verifiedFacts.record(member.householdId(), CaseVariables.integer(list, HouseholdVariables.EXIT_YEAR, "退出年度"),
        HouseholdFactsForm.read(household), CurrentActor.of(list), member.processInstanceId(), "乡镇按名单入户核实");
  }

  private static void check(List<ListMember> members, Set<String> confirmed, Set<String> toCorrect) {
    Set<String> listed = new java.util.HashSet<>();
    members.forEach(member -> listed.add(member.householdId()));
    for (String id : confirmed) {
      if (!listed.contains(id)) {
        throw new CaseRefusedException("户编号 " + id + " 不在本村的乡镇核实名单上");
      }
      if (toCorrect.contains(id)) {
        throw new CaseRefusedException("户编号 " + id + " 既勾选了核实无误，又勾选了需更正数据，请只选其一");
      }
    }
    for (String id : toCorrect) {
      if (!listed.contains(id)) {
        throw new CaseRefusedException("户编号 " + id + " 不在本村的乡镇核实名单上");
      }
    }
    List<String> unverified = members.stream()
        .filter(member -> !confirmed.contains(member.householdId()) && !toCorrect.contains(member.householdId()))
        .map(ListMember::label).toList();
    if (!unverified.isEmpty()) {
      throw new CaseRefusedException("以下农户尚未核实（勾选核实无误或需更正数据）：" + String.join("、", unverified));
    }
  }
}
