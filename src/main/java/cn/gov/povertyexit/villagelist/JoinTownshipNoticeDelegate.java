package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.procedure.ListChoices;
import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.tasklist.CaseSubjectListener;
import cn.gov.povertyexit.tasklist.CaseSubjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 列入乡镇公示名单: the households the township confirmed on a village's list join the township's notice that waits
 * to be posted, or start the township's next one for the year when none waits (seed 003 三(四)5: the township posts
 * the households it verified on its own board, one notice for its villages). Which notice model they join is the
 * task's input parameter {@link VillageListVariables#TOWNSHIP_NOTICE_PROCESS}; it waits to be posted at
 * {@link VillageListVariables#TOWNSHIP_POSTING_ACTIVITY}. Joining and posting lock the township's register row in
 * turn, so a village's households are on the notice the township posts or on the next one.
 */
@Component
public class JoinTownshipNoticeDelegate implements JavaDelegate {

  private final VillageListLock lock;
  private final JdbcClient jdbc;

  public JoinTownshipNoticeDelegate(VillageListLock lock, JdbcClient jdbc) {
    this.lock = lock;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution villageList) {
    String townshipCode = CaseVariables.text(villageList, HouseholdVariables.TOWNSHIP_CODE, "乡镇");
    int year = CaseVariables.integer(villageList, HouseholdVariables.EXIT_YEAR, "脱贫年度");
    String villageName = CaseVariables.text(villageList, HouseholdVariables.VILLAGE_NAME, "行政村");
    String noticeProcess = (String) villageList.getVariableLocal(TOWNSHIP_NOTICE_PROCESS);
    lock.lockTownship(townshipCode);
    // the decision column says which village each household comes from: the notice lists several villages
    List<ListMember> joining = ListMembers.read(villageList.getVariable(SECOND_NOTICE_LIST)).stream()
        .map(member -> member.withDecision(villageName)).toList();
    ProcessEngineServices engine = villageList.getProcessEngineServices();
    RuntimeService runtime = engine.getRuntimeService();
    ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(noticeProcess)
        .variableValueEquals(HouseholdVariables.TOWNSHIP_CODE, townshipCode)
        .variableValueEquals(HouseholdVariables.EXIT_YEAR, year)
        .activityIdIn(TOWNSHIP_POSTING_ACTIVITY).singleResult();
    String noticeId;
    if (open == null) {
      noticeId = start(villageList, noticeProcess, townshipCode, year, joining);
    } else {
      noticeId = open.getId();
      List<ListMember> members = new ArrayList<>(ListMembers.read(runtime.getVariable(noticeId, SECOND_NOTICE_LIST)));
      members.addAll(joining);
      List<String> lists = new ArrayList<>(ListChoices.ids(runtime.getVariable(noticeId, VILLAGE_LISTS)));
      lists.add(villageList.getProcessInstanceId());
      runtime.setVariable(noticeId, SECOND_NOTICE_LIST, ListMembers.rows(members));
      runtime.setVariable(noticeId, VILLAGE_LISTS, String.join(",", lists));
      runtime.setVariable(noticeId, LIST_SIZE, members.size());
    }
    villageList.setVariable(TOWNSHIP_NOTICE_INSTANCE, noticeId);
    retitle(engine, noticeId);
  }

  private String start(DelegateExecution villageList, String noticeProcess, String townshipCode, int year,
      List<ListMember> joining) {
    Map<String, Object> variables = ListBatches.placeOf(villageList, List.of(HouseholdVariables.TOWNSHIP_CODE,
        HouseholdVariables.TOWNSHIP_NAME, HouseholdVariables.COUNTY_CODE, HouseholdVariables.COUNTY_NAME,
        HouseholdVariables.CITY_CODE, HouseholdVariables.PROVINCE_CODE));
    variables.put(HouseholdVariables.EXIT_YEAR, year);
    variables.put(LIST_SIZE, joining.size());
    variables.put(SECOND_NOTICE_LIST, ListMembers.rows(joining));
    variables.put(VILLAGE_LISTS, villageList.getProcessInstanceId());
    variables.put(CaseSubjectListener.PLACE_SUBJECT, townshipSubject(townshipCode));
    return ListBatches.startNext(villageList.getProcessEngineServices(), noticeProcess, townshipCode, year, variables);
  }

  /** The township's line in the task list says how many households it will post. */
  private static void retitle(ProcessEngineServices engine, String noticeId) {
    Task posting = engine.getTaskService().createTaskQuery().processInstanceId(noticeId)
        .taskDefinitionKey(TOWNSHIP_POSTING_ACTIVITY).singleResult();
    if (posting != null) {
      RuntimeService runtime = engine.getRuntimeService();
      engine.getTaskService().setVariableLocal(posting.getId(), CaseSubjectListener.CASE_SUBJECT, CaseSubjects.ofList(
          (String) runtime.getVariable(noticeId, CaseSubjectListener.PLACE_SUBJECT),
          (Integer) runtime.getVariable(noticeId, LIST_NUMBER), (Integer) runtime.getVariable(noticeId, LIST_SIZE)));
    }
  }

  /** "南岳镇（430412100）· 南岳区". */
  private String townshipSubject(String townshipCode) {
    return jdbc.sql("select t.name || '（' || t.code || '）· ' || c.name from township t "
        + "join county c on c.code = t.county_code where t.code = ?").param(townshipCode).query(String.class).single();
  }
}
