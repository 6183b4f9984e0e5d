package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公示无异议的农户报县审核: the second notice of the village's part of the township's list has run; each household
 * still on it goes to the county's review. One that received an objection is verified in its own case.
 */
@Component
public class CloseSecondListNoticeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution list) {
    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    for (ListMember member : ListMembers.read(list.getVariable(SECOND_NOTICE_LIST))) {
      ListAnswers.answer(runtime, member, SECOND_NOTICE_ENDED_MESSAGE, Map.of());
    }
  }
}
