package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.HeilongjiangListVariables.*;
import static cn.gov.povertyexit.villagelist.VillageListVariables.LIST_SIZE;
import static cn.gov.povertyexit.villagelist.VillageListVariables.NOTICE_LIST;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 拟定贫困户退出名单 (seed 004 四(一)2): the committee, work team and first secretary verified the proposed list once
 * with the households; each household either agrees (ticked) and stays on the list for the village notice, or does
 * not, with its reason, and leaves the list for its own re-verification with the villager representatives. Every
 * answer goes to its household case in this transaction; an undecided household refuses the step.
 */
@Component
public class ConfirmVillageExitListDelegate implements JavaDelegate {

  private static final ListDecisions CONFIRMATION = new ListDecisions("本批拟退出名单上的农户", "勾选其认可退出", "认可退出",
      "不认可", "以下农户尚未核实认可（勾选认可退出，或写明户编号和不认可的理由）：", "");

  @Override
  public void execute(DelegateExecution list) {
    List<ListMember> proposed = ListMembers.read(list.getVariable(NOTICE_LIST));
    ListDecisions.Decided confirmation = CONFIRMATION.decide(proposed, list.getVariable(AGREEING_HOUSEHOLDS),
        list.getVariable(DISAGREEING_HOUSEHOLDS));
    Set<String> agreeing = confirmation.ticked();
    Map<String, String> disagreeing = confirmation.reasons();

    String verifiers = CaseVariables.text(list, CONFIRMATION_VERIFIERS, "核实人员");
    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    List<ListMember> onNotice = new ArrayList<>();
    for (ListMember member : proposed) {
      boolean agrees = agreeing.contains(member.householdId());
      Map<String, Object> answer = new HashMap<>();
      answer.put(HouseholdVariables.HOUSEHOLD_AGREES, agrees);
      answer.put(CONFIRMATION_VERIFIERS, verifiers);
      answer.put(CONFIRMATION_REMARKS, agrees ? "贫困户认可退出" : disagreeing.get(member.householdId()));
      runtime.createMessageCorrelation(CONFIRMED_MESSAGE).processInstanceId(member.processInstanceId())
          .setVariables(answer).correlateWithResult();
      if (agrees) {
        onNotice.add(member.withDecision("贫困户认可退出，列入退出名单公示"));
      }
    }
    list.setVariable(NOTICE_LIST, ListMembers.rows(onNotice));
    list.setVariable(AGREEING_COUNT, onNotice.size());
    list.setVariable(LIST_SIZE, onNotice.size());
  }
}
