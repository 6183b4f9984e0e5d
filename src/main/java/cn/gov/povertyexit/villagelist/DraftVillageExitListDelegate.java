package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 拟定退出贫困户名单: the committee's one meeting decided each household of the list; every decision is answered to
 * its household case in this transaction. A meeting that leaves a household undecided — for instance one that joined
 * the list while the form was open — is refused, and the task stays. Where a province records the meeting on each
 * agreed household's own papers (Hunan's 验收表 with its four signatures), the task's input parameter
 * {@link VillageListVariables#APPRAISAL_RECORD} names the meeting's variables that go to each agreed case.
 */
@Component
public class DraftVillageExitListDelegate implements JavaDelegate {

  static final String FAILED_SURVEY = "摸底未达到退出标准（驻村工作队已确认）";
  private static final ListDecisions MEETING = new ListDecisions("本批名单中达到退出标准的农户", "同意其退出", "同意退出",
      "不同意", "以下农户尚未评议（勾选同意，或写明户编号和不同意的理由）：", "。评议会开始后又列入本批的农户，请重新打开任务后评议");

  private final VillageListLock lock;

  public DraftVillageExitListDelegate(VillageListLock lock) {
    this.lock = lock;
  }

  @Override
  public void execute(DelegateExecution list) {
    lock.lock(CaseVariables.text(list, HouseholdVariables.VILLAGE_CODE, "行政村"));
    List<ListMember> members = ListMembers.read(list.getVariable(APPRAISAL_LIST));
    ListDecisions.Decided meeting = MEETING.decide(members.stream().filter(ListMember::standardMet).toList(),
        list.getVariable(AGREED_HOUSEHOLDS), list.getVariable(REFUSED_HOUSEHOLDS));
    Set<String> agreed = meeting.ticked();
    Map<String, String> refused = meeting.reasons();

    String date = CaseVariables.text(list, APPRAISAL_DATE, "评议日期");
    Map<String, Object> record = appraisalRecord(list);
    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    List<ListMember> decided = new ArrayList<>();
    List<ListMember> proposed = new ArrayList<>();
    for (ListMember member : members) {
      boolean agrees = agreed.contains(member.householdId());
      String remarks = !member.standardMet() ? FAILED_SURVEY
          : agrees ? "经民主评议同意退出" : refused.get(member.householdId());
      answer(runtime, member, agrees, remarks, date, agrees ? record : Map.of());
      decided.add(member.withDecision(agrees ? "同意退出，列入拟退出名单" : "不同意退出：" + remarks));
      if (agrees) {
        proposed.add(member);
      }
    }
    list.setVariable(APPRAISAL_LIST, ListMembers.rows(decided));
    list.setVariable(PROPOSED_COUNT, proposed.size());
    list.setVariable(NOTICE_LIST, ListMembers.rows(proposed));
    list.setVariable(PROPOSED_CANDIDATES, ListMembers.options(proposed));
    list.setVariable(LIST_SIZE, proposed.size());
  }

  /** The meeting's entries each agreed household's case keeps, by the names the task's input parameter lists. */
  private static Map<String, Object> appraisalRecord(DelegateExecution list) {
    Map<String, Object> record = new LinkedHashMap<>();
    if (list.getVariableLocal(APPRAISAL_RECORD) instanceof String names) {
      for (String name : names.split("[,\\s]+")) {
        if (!name.isBlank()) {
          record.put(name, list.getVariable(name));
        }
      }
    }
    return record;
  }

  private static void answer(RuntimeService runtime, ListMember member, boolean agreed, String remarks, String date,
      Map<String, Object> record) {
    Map<String, Object> answer = new HashMap<>(record);
    answer.put(HouseholdVariables.APPRAISAL_AGREED, agreed);
    answer.put(HouseholdVariables.APPRAISAL_REMARKS, remarks);
    answer.put(APPRAISAL_DATE, date);
    runtime.createMessageCorrelation(APPRAISED_MESSAGE).processInstanceId(member.processInstanceId())
        .setVariables(answer).correlateWithResult();
  }

}
