package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.tasklist.CaseSubjectListener;
import cn.gov.povertyexit.tasklist.CaseSubjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 列入本村民主评议名单: a household whose survey is done joins its village's list that waits for the committee's
 * meeting, or starts the village's next list for the year when none waits. Which list model it joins is the task's
 * input parameter {@code listProcess}, so each province's household model names its own list in the diagram; every
 * list model waits for its meeting at {@link VillageListVariables#MEETING_ACTIVITY}.
 */
@Component
public class JoinVillageExitListDelegate implements JavaDelegate {

  private final VillageListLock lock;
  private final CaseSubjects subjects;

  public JoinVillageExitListDelegate(VillageListLock lock, CaseSubjects subjects) {
    this.lock = lock;
    this.subjects = subjects;
  }

  @Override
  public void execute(DelegateExecution household) {
    String villageCode = CaseVariables.text(household, HouseholdVariables.VILLAGE_CODE, "行政村");
    int year = CaseVariables.integer(household, HouseholdVariables.EXIT_YEAR, "退出年度");
    lock.lock(villageCode);
    ProcessEngineServices engine = household.getProcessEngineServices();
    RuntimeService runtime = engine.getRuntimeService();
    ListMember member = memberOf(household);
    String listProcess = listProcessOf(household);
    ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(listProcess)
        .variableValueEquals(HouseholdVariables.VILLAGE_CODE, villageCode)
        .variableValueEquals(HouseholdVariables.EXIT_YEAR, year)
        .activityIdIn(MEETING_ACTIVITY).singleResult();
    String listId = open == null ? startList(household, listProcess, villageCode, year, member)
        : join(engine, open, member);
    household.setVariable(LIST_INSTANCE, listId);
  }

  private static String listProcessOf(DelegateExecution household) {
    Object key = household.getVariableLocal(LIST_PROCESS);
    if (!(key instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(household.getCurrentActivityId() + " must name the list model in " + LIST_PROCESS);
    }
    return text;
  }

  private static ListMember memberOf(DelegateExecution household) {
    HouseholdFacts facts = HouseholdFactsForm.read(household);
    BigDecimal perCapita = facts.disposableIncome().divide(BigDecimal.valueOf(facts.memberCount()), 0, RoundingMode.HALF_UP);
    boolean met = Boolean.TRUE.equals(household.getVariable(HouseholdVariables.STANDARD_MET));
    Object failure = household.getVariable(HouseholdVariables.FAILURE_REASON);
    String verdict = met ? "达到退出标准" : "未达标（驻村工作队已确认）：" + (failure == null ? "" : failure);
    return new ListMember((String) household.getVariable(HouseholdVariables.HOUSEHOLD_ID),
        (String) household.getVariable(HouseholdVariables.HEAD_NAME), household.getProcessInstanceId(),
        facts.memberCount(), perCapita.toPlainString(), met, verdict, "待评议");
  }

  private String startList(DelegateExecution household, String listProcess, String villageCode, int year,
      ListMember member) {
    Map<String, Object> variables = ListBatches.placeOf(household, List.of(HouseholdVariables.VILLAGE_CODE,
        HouseholdVariables.VILLAGE_NAME, HouseholdVariables.TOWNSHIP_CODE, HouseholdVariables.TOWNSHIP_NAME,
        HouseholdVariables.COUNTY_CODE, HouseholdVariables.COUNTY_NAME, HouseholdVariables.CITY_CODE,
        HouseholdVariables.PROVINCE_CODE));
    variables.put(HouseholdVariables.EXIT_YEAR, year);
    variables.put(LIST_SIZE, 1);
    variables.put(APPRAISAL_LIST, ListMembers.rows(List.of(member)));
    variables.put(APPRAISAL_CANDIDATES, ListMembers.options(member.standardMet() ? List.of(member) : List.of()));
    return ListBatches.startNext(household.getProcessEngineServices(), listProcess, villageCode, year, variables);
  }

  private String join(ProcessEngineServices engine, ProcessInstance open, ListMember member) {
    RuntimeService runtime = engine.getRuntimeService();
    List<ListMember> members = new ArrayList<>(ListMembers.read(runtime.getVariable(open.getId(), APPRAISAL_LIST)));
    members.removeIf(existing -> existing.householdId().equals(member.householdId()));
    members.add(member);
    writeMembers(runtime, open.getId(), members);
    runtime.setVariable(open.getId(), LIST_SIZE, members.size());
    retitleMeeting(engine, open.getId(), (String) runtime.getVariable(open.getId(), HouseholdVariables.VILLAGE_CODE),
        (Integer) runtime.getVariable(open.getId(), LIST_NUMBER), members.size());
    return open.getId();
  }

  private static void writeMembers(RuntimeService runtime, String listId, List<ListMember> members) {
    runtime.setVariable(listId, APPRAISAL_LIST, ListMembers.rows(members));
    runtime.setVariable(listId, APPRAISAL_CANDIDATES,
        ListMembers.options(members.stream().filter(ListMember::standardMet).toList()));
  }

  /** The meeting's line in the task list says how many households it will discuss. */
  private void retitleMeeting(ProcessEngineServices engine, String listId, String villageCode, int number, int size) {
    Task meeting = engine.getTaskService().createTaskQuery().processInstanceId(listId)
        .taskDefinitionKey(MEETING_ACTIVITY).singleResult();
    if (meeting != null) {
      subjects.describe(null, villageCode, null).ifPresent(subject -> engine.getTaskService()
          .setVariableLocal(meeting.getId(), CaseSubjectListener.CASE_SUBJECT, CaseSubjects.ofList(subject, number, size)));
    }
  }
}
