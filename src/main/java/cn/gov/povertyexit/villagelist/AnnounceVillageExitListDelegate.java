package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.HeilongjiangListVariables.*;
import static cn.gov.povertyexit.villagelist.VillageListVariables.VERIFICATION_LIST;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公告退出并销号 (seed 004 四(一)4): the committee announced the households whose village notice ended without an
 * objection; each household case takes the announcement and records its exit (销号) in this transaction.
 */
@Component
public class AnnounceVillageExitListDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution list) {
    Map<String, Object> announcement = Map.of(
        HouseholdVariables.ANNOUNCEMENT_NUMBER, CaseVariables.text(list, HouseholdVariables.ANNOUNCEMENT_NUMBER, "公告编号"),
        ANNOUNCEMENT_DATE, CaseVariables.text(list, ANNOUNCEMENT_DATE, "公告日期"));
    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    for (ListMember member : ListMembers.read(list.getVariable(VERIFICATION_LIST))) {
      ListAnswers.answer(runtime, member, ANNOUNCED_MESSAGE, announcement);
    }
  }
}
