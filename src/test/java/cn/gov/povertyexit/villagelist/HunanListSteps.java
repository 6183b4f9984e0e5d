package cn.gov.povertyexit.villagelist;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gov.povertyexit.household.HouseholdCaseSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/** The steps of a Hunan household case and its village's list (seed 003 三(四)) as the officials complete them. */
public class HunanListSteps {

  private final ProcessEngine engine;
  private final HouseholdCaseSteps steps;

  public HunanListSteps(ProcessEngine engine) {
    this.engine = engine;
    this.steps = new HouseholdCaseSteps(engine);
  }

  /** The household's Hunan procedure, called by its householdExit case, with the data collected and on its list. */
  public ProcessInstance collected(String householdId, int year) {
    ProcessInstance procedure = started(householdId, year);
    execute(job(procedure));
    assertThat(procedure).isWaitingAt("Activity_CollectHouseholdData");
    complete(task(procedure));
    return procedure;
  }

  public ProcessInstance started(String householdId, int year) {
    ProcessInstance exit = steps.startCase(householdId, year);
    assertThat(exit).isWaitingAt("Activity_HunanProcedure");
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
  }

  public ProcessInstance listOf(ProcessInstance procedure) {
    return steps.listOf(procedure);
  }

  /** 村民主评议: once for the list, with the panel and the four signatures of the 验收表. */
  public void appraise(ProcessInstance list, List<String> agreed, String refused) {
    Map<String, Object> meeting = new HashMap<>();
    meeting.put("appraisalDate", engine.getRuntimeService().getVariable(list.getId(), "exitYear") + "-10-15");
    meeting.put("appraisalAttendance", 19L);
    meeting.put("appraisalPanel", "周建国 村支两委委员\n陈志远 驻村工作队队员\n刘桂英 村民代表");
    meeting.put("appraisalLeaderSignature", "刘一");
    meeting.put("partySecretarySignature", "陈二");
    meeting.put("villageDirectorSignature", "张三");
    meeting.put("workTeamLeaderSignature", "李四");
    meeting.put("agreedHouseholds", ids(agreed));
    meeting.put("refusedHouseholds", refused);
    complete(task(list), meeting);
  }

  /** 贫困户确认: once for the list — heads ticked, the other signatures and the refusals a line each. */
  public void confirm(ProcessInstance list, List<String> byHead, String byMember, String entrusted, String unsigned,
      String helpers) {
    Map<String, Object> confirmation = new HashMap<>();
    confirmation.put("signedByHead", ids(byHead));
    confirmation.put("memberSignatures", byMember);
    confirmation.put("entrustedSignatures", entrusted);
    confirmation.put("unsignedHouseholds", unsigned);
    confirmation.put("helperSignatures", helpers);
    complete(task(list), confirmation);
  }

  /** Every household of the list agreed and signed by its head, each with its helper. */
  public void appraiseAndConfirmAll(ProcessInstance list) {
    List<String> candidates = steps.candidatesOf(list);
    appraise(list, candidates, "");
    confirm(list, candidates, "", "", "", helpersOf(candidates));
  }

  public static String helpersOf(List<String> households) {
    StringBuilder lines = new StringBuilder();
    households.forEach(id -> lines.append(id).append(" 赵六\n"));
    return lines.toString();
  }

  /** The list's timer (the village list's notice, or the township's) runs out. */
  public void endListNotice(ProcessInstance list) {
    execute(engine.getManagementService().createJobQuery().processInstanceId(list.getId()).timers().singleResult());
  }

  /** The township's notice the village list's verified households joined. */
  public ProcessInstance townshipNoticeOf(ProcessInstance villageList) {
    String notice = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(villageList.getId()).variableName("townshipNoticeInstance").singleResult().getValue();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(notice).singleResult();
  }

  /** 乡镇公示: the township posts its notice (date and place once), and its period runs out. */
  public void postAndEndTownshipNotice(ProcessInstance notice) {
    assertThat(notice).isWaitingAt("Activity_PostTownshipNotice");
    Object year = engine.getRuntimeService().getVariable(notice.getId(), "exitYear");
    complete(task(notice), Map.of("townshipNoticeDate", year + "-12-05", "townshipNoticePlace", "南岳镇政府公示公告栏"));
    assertThat(notice).isWaitingAt("Event_TownshipNoticeEnded");
    endListNotice(notice);
  }

  public void verifyList(ProcessInstance list, List<String> confirmed, List<String> corrected) {
    steps.verifyList(list, confirmed, corrected);
  }

  public List<String> verificationCandidates(ProcessInstance list) {
    return steps.candidatesOfVerification(list);
  }

  private static Object ids(List<String> ids) {
    return SpinValues.jsonValue(Spin.JSON(ids).toString()).create();
  }
}
