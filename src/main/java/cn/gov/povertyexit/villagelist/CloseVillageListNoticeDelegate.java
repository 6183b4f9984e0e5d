package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公示无异议的农户报乡镇审核: the notice period of the list has run; each household still on the notice passes it
 * and goes on the township's list. A household that received an objection has left the list's notice and is
 * verified in its own case; it is not answered here.
 */
@Component
public class CloseVillageListNoticeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution list) {
    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    List<ListMember> passed = new ArrayList<>();
    for (ListMember member : ListMembers.read(list.getVariable(NOTICE_LIST))) {
      if (ListAnswers.answer(runtime, member, VILLAGE_NOTICE_ENDED_MESSAGE, java.util.Map.of())) {
        passed.add(member.withDecision("村公示无异议"));
      }
    }
    list.setVariable(VERIFICATION_LIST, ListMembers.rows(passed));
    list.setVariable(VERIFICATION_CANDIDATES, ListMembers.options(passed));
    list.setVariable(VERIFICATION_COUNT, passed.size());
    list.setVariable(LIST_SIZE, passed.size());
  }
}
