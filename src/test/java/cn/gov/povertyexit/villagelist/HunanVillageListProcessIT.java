package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.support.TestHouseholds.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.household.HouseholdCaseSteps;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.TestHouseholds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of a Hunan village's list (villageHouseholdExitListHunan, seed 003 三(四)1-5) and of the household
 * procedure beside it (householdExitHunan 2.0.0): one appraisal with its four signatures, one confirmation task, one
 * village notice, one township verification and one township notice per list, each household still its own case.
 * Each test has its villages and year to itself (households 201 on of 白龙潭村, and of 祝融村 and 紫云村, which this
 * class adds to 南岳镇); none uses 2020, the year of the district's review in HunanHouseholdExitProcessIT.
 */
class HunanVillageListProcessIT extends ProcessEngineTest {

  private static final String BAILONGTAN = OtherProvinceRegister.HUNAN_VILLAGE;
  private static final String ZHURONG = "430412100202";
  private static final String ZIYUN = "430412100203";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void households() {
    OtherProvinceRegister.ensure(jdbc);
    for (String[] village : new String[][] {{ZHURONG, "祝融村"}, {ZIYUN, "紫云村"}}) {
      if (jdbc.sql("select count(*) from village where code = ?").param(village[0]).query(Integer.class).single() == 0) {
        jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '430412100', ?, 1500, 'POOR_VILLAGE')")
            .params(village[0], village[1]).update();
      }
      TestHouseholds.ensure(jdbc, village[0], 201, 30);
    }
    TestHouseholds.ensure(jdbc, BAILONGTAN, 201, 30);
  }

  @Test
  void shouldAppraiseConfirmPostVerifyAndPostAgainOnceForTheWholeList() {
    // given: five households of 祝融村 whose data are collected
    OpenVillageLists.end(runtimeService, ZHURONG, 2019);
    List<ProcessInstance> cases = List.of(201, 202, 203, 204, 205).stream().map(n -> steps().collected(id(ZHURONG, n), 2019)).toList();

    // then: one list, one appraisal task for the committee
    ProcessInstance list = steps().listOf(cases.get(0));
    assertThat(cases).allSatisfy(exit -> assertThat(steps().listOf(exit).getId()).isEqualTo(list.getId()));
    assertThat(list.getBusinessKey()).isEqualTo(ZHURONG + "-2019-1");
    assertThat(list).isWaitingAt("Activity_AppraisalMeeting").task().hasCandidateGroup("village-" + ZHURONG + "-committee");
    assertThat(taskService.createTaskQuery().processInstanceId(list.getId()).count()).isEqualTo(1);
    assertThat(taskService.getVariableLocal(task(list).getId(), "caseSubject")).isEqualTo("祝融村（" + ZHURONG + "）· 南岳镇 · 第1批名单 5户");

    // when: the appraisal agrees to four and refuses one
    steps().appraise(list, List.of(id(ZHURONG, 201), id(ZHURONG, 202), id(ZHURONG, 203), id(ZHURONG, 204)),
        id(ZHURONG, 205) + " 务工收入不稳定");

    // then: the agreed households' 验收表 carry the four signatures; the refused one stays poor
    assertThat(cases.get(0)).isWaitingAt("Activity_AwaitHouseholdConfirmation");
    assertThat(runtimeService.getVariables(cases.get(0).getId())).containsEntry("appraisalLeaderSignature", "刘一")
        .containsEntry("partySecretarySignature", "陈二").containsEntry("villageDirectorSignature", "张三")
        .containsEntry("workTeamLeaderSignature", "李四").containsEntry("appraisalDate", "2019-10-15");
    assertThat(runtimeService.getVariable(cases.get(0).getId(), "appraisalPanel").toString()).contains("刘桂英 村民代表");
    assertThat(cases.get(4)).isEnded().hasPassed("Activity_KeepOnRegister");
    assertThat(lastReason(id(ZHURONG, 205))).isEqualTo("民主评议未同意退出：务工收入不稳定");
    assertThat(list).isWaitingAt("Activity_HouseholdConfirmation").task().hasCandidateGroup("village-" + ZHURONG + "-workteam");

    // when: one task for the work team: the head, a member, an authorised person sign; one household does not
    steps().confirm(list, List.of(id(ZHURONG, 201)), id(ZHURONG, 202) + " 成员202-2",
        id(ZHURONG, 203) + " 李四 委托〔2019〕17号", id(ZHURONG, 204) + " 户主对收入核算有异议，拒绝签字",
        HunanListSteps.helpersOf(List.of(id(ZHURONG, 201), id(ZHURONG, 202), id(ZHURONG, 203))));

    // then: the three that signed are on the village notice, with one timer for the list
    assertThat(runtimeService.getVariables(cases.get(1).getId())).containsEntry("signerRole", "ADULT_MEMBER")
        .containsEntry("signerName", "成员202-2").containsEntry("helperName", "赵六");
    assertThat(runtimeService.getVariable(cases.get(2).getId(), "authorisationLetter")).isEqualTo("委托〔2019〕17号");
    assertThat(cases.subList(0, 3)).allSatisfy(exit -> assertThat(exit).isWaitingAt("Activity_InVillageListNotice"));
    assertThat(cases.get(3)).isEnded().hasPassed("Activity_KeepOnRegister").hasNotPassed("Activity_CheckSignatures");
    assertThat(lastReason(id(ZHURONG, 204))).isEqualTo("贫困户未签字认可脱贫：户主对收入核算有异议，拒绝签字");
    assertThat(list).isWaitingAt("Event_VillageNoticeEnded");
    assertThat(processEngine.getManagementService().createJobQuery().timers().processInstanceId(list.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(list.getId(), "noticeList").toString()).contains("户主0201", "户主0203").doesNotContain("户主0204");

    // when: the village notice ends; the township verifies the list once, one household to correct
    steps().endListNotice(list);
    assertThat(list).isWaitingAt("Activity_TownshipListVerification").task().hasCandidateGroup("township-430412100-government");
    steps().verifyList(list, List.of(id(ZHURONG, 201), id(ZHURONG, 202)), List.of(id(ZHURONG, 203)));

    // then: two on the township notice of the list, the corrected one verified on its own
    assertThat(cases.get(0)).isWaitingAt("Activity_InTownshipListNotice");
    assertThat(cases.get(1)).isWaitingAt("Activity_InTownshipListNotice");
    assertThat(cases.get(2)).isWaitingAt("Activity_TownshipCheck");
    assertThat(runtimeService.getVariable(cases.get(2).getId(), "verifiers").toString()).contains("王伟", "李娜", "张敏");
    assertThat(list).isEnded().hasPassed("Activity_JoinTownshipNotice", "Event_ListReported");

    // when: a second village's list of the township is verified too
    OpenVillageLists.end(runtimeService, ZIYUN, 2019);
    ProcessInstance other = steps().collected(id(ZIYUN, 201), 2019);
    ProcessInstance otherList = steps().listOf(other);
    steps().appraiseAndConfirmAll(otherList);
    steps().endListNotice(otherList);
    steps().verifyList(otherList, steps().verificationCandidates(otherList), List.of());

    // then: one notice for the township, with the households of both villages, for the township government to post
    ProcessInstance notice = steps().townshipNoticeOf(list);
    assertThat(steps().townshipNoticeOf(otherList).getId()).isEqualTo(notice.getId());
    assertThat(notice.getBusinessKey()).isEqualTo("430412100-2019-1");
    assertThat(notice).isWaitingAt("Activity_PostTownshipNotice").task().hasCandidateGroup("township-430412100-government");
    assertThat(taskService.getVariableLocal(task(notice).getId(), "caseSubject")).isEqualTo("南岳镇（430412100）· 南岳区 · 第1批名单 3户");
    assertThat(runtimeService.getVariable(notice.getId(), "secondNoticeList").toString())
        .contains(id(ZHURONG, 201), id(ZHURONG, 202), id(ZIYUN, 201), "祝融村", "紫云村").doesNotContain(id(ZHURONG, 203));

    // when: the township posts it and its period ends
    steps().postAndEndTownshipNotice(notice);

    // then: the three wait for the district; the township has reported them
    assertThat(cases.get(0)).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(cases.get(1)).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(other).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(notice).isEnded().hasPassed("Activity_ReportToDistrict", "Event_ReportedToDistrict");
    assertThat(runtimeService.getVariable(cases.get(0).getId(), "townshipNoticeDate")).isNull();
  }

  @Test
  void shouldPutAListVerifiedAfterTheTownshipPostedOnTheTownshipsNextNotice() {
    // given: a township notice already posted
    OpenVillageLists.end(runtimeService, BAILONGTAN, 2018);
    ProcessInstance early = steps().collected(id(BAILONGTAN, 222), 2018);
    ProcessInstance earlyList = steps().listOf(early);
    steps().appraiseAndConfirmAll(earlyList);
    steps().endListNotice(earlyList);
    steps().verifyList(earlyList, steps().verificationCandidates(earlyList), List.of());
    ProcessInstance first = steps().townshipNoticeOf(earlyList);
    complete(task(first), withVariables("townshipNoticeDate", "2018-12-05", "townshipNoticePlace", "南岳镇政府公示公告栏"));

    // when: another village's list is verified
    OpenVillageLists.end(runtimeService, ZIYUN, 2018);
    ProcessInstance late = steps().collected(id(ZIYUN, 222), 2018);
    ProcessInstance lateList = steps().listOf(late);
    steps().appraiseAndConfirmAll(lateList);
    steps().endListNotice(lateList);
    steps().verifyList(lateList, steps().verificationCandidates(lateList), List.of());

    // then: it goes on the township's next notice; each ends on its own period
    ProcessInstance second = steps().townshipNoticeOf(lateList);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(second.getBusinessKey()).isEqualTo("430412100-2018-2");
    steps().endListNotice(first);
    assertThat(early).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(late).isWaitingAt("Activity_InTownshipListNotice");
    steps().postAndEndTownshipNotice(second);
    assertThat(late).isWaitingAt("Activity_AwaitCountyDecision");
  }

  @Test
  void shouldRefuseAnIncompleteOrWrongConfirmationNamingTheHouseholdAndAnswerNobody() {
    // given
    OpenVillageLists.end(runtimeService, BAILONGTAN, 2019);
    ProcessInstance first = steps().collected(id(BAILONGTAN, 206), 2019);
    ProcessInstance second = steps().collected(id(BAILONGTAN, 207), 2019);
    ProcessInstance list = steps().listOf(first);
    assertThatThrownBy(() -> steps().appraise(list, List.of(id(BAILONGTAN, 206)), ""))
        .isInstanceOf(CaseRefusedException.class).hasMessageStartingWith("以下农户尚未评议");
    steps().appraise(list, List.of(id(BAILONGTAN, 206), id(BAILONGTAN, 207)), "");
    String both = HunanListSteps.helpersOf(List.of(id(BAILONGTAN, 206), id(BAILONGTAN, 207)));

    // when / then
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206)), "", "", "", both))
        .isInstanceOf(CaseRefusedException.class).hasMessageContaining("帮扶责任人不能为其签字确认");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206)), "", "", "",
        HunanListSteps.helpersOf(List.of(id(BAILONGTAN, 206)))))
        .hasMessage("以下农户尚未确认（户主签字的勾选，其他签字或未签字的逐行填写）：户主0207（" + id(BAILONGTAN, 207) + "）");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206)), "", "", id(BAILONGTAN, 207),
        HunanListSteps.helpersOf(List.of(id(BAILONGTAN, 206)))))
        .hasMessageContaining("未签字认可的理由");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206)), id(BAILONGTAN, 207) + " 邻居王五", "", "", both))
        .hasMessage("户主0207（" + id(BAILONGTAN, 207) + "）：签字人“邻居王五”不是本户年满18岁的家庭成员，严禁代签");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206)), "", id(BAILONGTAN, 207) + " 李四", "", both))
        .hasMessage("户主0207（" + id(BAILONGTAN, 207) + "）：受委托人签字须附户主的委托书，请填写委托书编号");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206), id(BAILONGTAN, 207)), "", "", "",
        HunanListSteps.helpersOf(List.of(id(BAILONGTAN, 206)))))
        .hasMessageContaining("帮扶责任人须签字确认，以下农户未填写帮扶责任人：户主0207");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206), id(BAILONGTAN, 207), id(BAILONGTAN, 209)),
        "", "", "", both))
        .hasMessage("户主签字中户编号 " + id(BAILONGTAN, 209) + " 不在本批拟脱贫户名单上");
    assertThatThrownBy(() -> steps().confirm(list, List.of(id(BAILONGTAN, 206), id(BAILONGTAN, 207)),
        id(BAILONGTAN, 207) + " 成员207-2", "", "", both))
        .hasMessageContaining("填写了两次");

    // and nothing was answered: the task and both cases wait as before
    assertThat(list).isWaitingAt("Activity_HouseholdConfirmation");
    assertThat(first).isWaitingAt("Activity_AwaitHouseholdConfirmation");
    assertThat(second).isWaitingAt("Activity_AwaitHouseholdConfirmation");
    assertThat(runtimeService.getVariable(first.getId(), "signerName")).isNull();
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(BAILONGTAN, 207))).contains(HouseholdStatus.PRE_EXIT);
  }

  @Test
  void shouldEndAListTheAppraisalProposesNobodyFrom() {
    OpenVillageLists.end(runtimeService, ZHURONG, 2018);
    ProcessInstance exit = steps().collected(id(ZHURONG, 209), 2018);
    ProcessInstance list = steps().listOf(exit);

    steps().appraise(list, List.of(), id(ZHURONG, 209) + " 群众意见较大");

    assertThat(list).isEnded().hasPassed("Event_NoneProposed");
    assertThat(exit).isEnded().hasPassed("Event_HouseholdStaysPoor");
  }

  @Test
  void shouldEndAListWhoseHouseholdsAllRefuseToSignAndKeepThemOnTheRegister() {
    OpenVillageLists.end(runtimeService, ZIYUN, 2017);
    ProcessInstance exit = steps().collected(id(ZIYUN, 210), 2017);
    ProcessInstance list = steps().listOf(exit);
    steps().appraise(list, List.of(id(ZIYUN, 210)), "");

    steps().confirm(list, List.of(), "", "", id(ZIYUN, 210) + " 户主外出务工，无法联系", "");

    assertThat(list).isEnded().hasPassed("Event_NoneSigned");
    assertThat(exit).isEnded().hasPassed("Activity_KeepOnRegister");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id(ZIYUN, 210))).contains(HouseholdStatus.POOR);
  }

  @Test
  void shouldHoldOnlyTheObjectedHouseholdAndGiveItAFullPeriodOfItsOwn() {
    // given: two households on the village notice of their list
    OpenVillageLists.end(runtimeService, ZIYUN, 2016);
    ProcessInstance quiet = steps().collected(id(ZIYUN, 212), 2016);
    ProcessInstance objected = steps().collected(id(ZIYUN, 213), 2016);
    ProcessInstance list = steps().listOf(quiet);
    steps().appraiseAndConfirmAll(list);

    // when: an objection against one of them
    caseSteps().registerObjection(id(ZIYUN, 213), 2016, "家中新建楼房，收入未如实申报");

    // then: it leaves the list's notice for the committee's and township's verification; the other goes on on time
    assertThat(objected).hasPassed("Event_VillageNoticeObjection", "Activity_RecordVillageObjection").isWaitingAt("Activity_VillageNotice");
    ProcessInstance notice = caseSteps().noticeOf(objected);
    assertThat(notice).task().hasCandidateGroup("village-" + ZIYUN + "-committee").hasCandidateGroup("township-430412100-government");
    steps().endListNotice(list);
    assertThat(quiet).isWaitingAt("Activity_AwaitTownshipListVerification");
    assertThat(steps().verificationCandidates(list)).containsExactly(id(ZIYUN, 212));

    // when: the objection is found not upheld on a later day
    Instant decidedAt = Instant.parse("2016-12-04T08:00:00Z");
    Job period = caseSteps().objectionNotUpheldAt(notice, decidedAt, "楼房系子女出资，收入属实");

    // then: a full period of its own from that day, then the township verifies it on its own
    // decided on 12-04 (16:00 in China): the period is 12-05 … 12-11 and runs out at 24:00 of the 11th
    assertThat(period.getDuedate().toInstant()).isEqualTo(Instant.parse("2016-12-12T00:00:00+08:00"));
    execute(period);
    assertThat(objected).isWaitingAt("Activity_TownshipCheck");
  }

  @Test
  void shouldCollectTheDataAgainWhenAVillageNoticeObjectionIsUpheld() {
    OpenVillageLists.end(runtimeService, ZHURONG, 2017);
    ProcessInstance exit = steps().collected(id(ZHURONG, 214), 2017);
    ProcessInstance list = steps().listOf(exit);
    steps().appraiseAndConfirmAll(list);
    caseSteps().registerObjection(id(ZHURONG, 214), 2017, "外出务工收入未申报");

    complete(task(caseSteps().noticeOf(exit)), withVariables("objectionFindings", "属实", "objectionUpheld", true));

    assertThat(exit).isWaitingAt("Activity_CollectHouseholdData");
    steps().endListNotice(list);
    assertThat(list).isEnded().hasPassed("Event_AllOpposed");
  }

  @Test
  void shouldVerifyCorrectedHouseholdsOnTheirOwnAndKeepOneThatFails() {
    // given: a list whose two households the township both corrects
    OpenVillageLists.end(runtimeService, BAILONGTAN, 2017);
    ProcessInstance safe = steps().collected(id(BAILONGTAN, 215), 2017);
    ProcessInstance unsafe = steps().collected(id(BAILONGTAN, 216), 2017);
    ProcessInstance list = steps().listOf(safe);
    steps().appraiseAndConfirmAll(list);
    steps().endListNotice(list);

    // when
    steps().verifyList(list, List.of(), List.of(id(BAILONGTAN, 215), id(BAILONGTAN, 216)));

    // then: the list ends; each household is verified on its own with the team filled in; a team of two is refused
    // (seed 000 五(1), 003 三(四)4) and the task stays
    assertThat(list).isEnded().hasPassed("Event_AllCorrected");
    Map<String, Object> twoVerifiers = HouseholdCaseSteps.findings("B");
    twoVerifiers.put("verifiers", HouseholdCaseSteps.team("黄伟", "罗敏"));
    twoVerifiers.put("verificationDate", "2017-12-01");
    String taskOfSafe = task(safe).getId();
    assertThatThrownBy(() -> complete(task(safe), twoVerifiers)).isInstanceOf(CaseRefusedException.class)
        .hasMessageContaining("入户核实人员不得少于3人");
    assertThat(taskService.createTaskQuery().taskId(taskOfSafe).count()).isEqualTo(1);
    assertThat(housing(id(BAILONGTAN, 215))).isNotEqualTo("B");
    checkAtTownship(safe, "B");
    checkAtTownship(unsafe, "D");
    // the verified houses are the register's now, failing or not, with the case in the trail
    assertThat(housing(id(BAILONGTAN, 215))).isEqualTo("B");
    assertThat(housing(id(BAILONGTAN, 216))).isEqualTo("D");
    assertThat(jdbc.sql("select details from register_change where household_id = ? and process_instance_id = ?")
        .params(id(BAILONGTAN, 216), unsafe.getId()).query(String.class).list())
        .anyMatch(details -> details.startsWith("乡镇单独入户核实：住房安全等级：") && details.endsWith("→ D"));
    assertThat(unsafe).isEnded().hasPassed("Activity_KeepOnRegister");
    assertThat(safe).isWaitingAt("Activity_TownshipNotice");
    caseSteps().passNotice(safe);
    assertThat(safe).isWaitingAt("Activity_AwaitCountyDecision");
  }

  @Test
  void shouldVerifyTownshipNoticeObjectionsOneByOneWhileTheListProceeds() {
    // given: three households on the township notice of their list
    OpenVillageLists.end(runtimeService, ZHURONG, 2016);
    ProcessInstance upheld = steps().collected(id(ZHURONG, 216), 2016);
    ProcessInstance notUpheld = steps().collected(id(ZHURONG, 217), 2016);
    ProcessInstance quiet = steps().collected(id(ZHURONG, 218), 2016);
    ProcessInstance list = steps().listOf(quiet);
    steps().appraiseAndConfirmAll(list);
    steps().endListNotice(list);
    steps().verifyList(list, steps().verificationCandidates(list), List.of());
    ProcessInstance townshipNotice = steps().townshipNoticeOf(list);
    complete(task(townshipNotice), withVariables("townshipNoticeDate", "2016-12-05", "townshipNoticePlace", "南岳镇政府公示公告栏"));

    // when: objections against two of them
    caseSteps().registerObjection(id(ZHURONG, 216), 2016, "住房鉴定有误");
    caseSteps().registerObjection(id(ZHURONG, 217), 2016, "收入偏低");
    assertThat(upheld).hasPassed("Event_TownshipNoticeObjection", "Activity_RecordTownshipObjection").isWaitingAt("Activity_TownshipNotice");
    assertThat(caseSteps().noticeOf(upheld)).task().hasCandidateGroup("township-430412100-government");
    complete(task(caseSteps().noticeOf(upheld)), withVariables("objectionFindings", "重新鉴定", "objectionUpheld", true));
    ProcessInstance ownNotice = caseSteps().noticeOf(notUpheld);
    complete(task(ownNotice), withVariables("objectionFindings", "经核实收入属实", "objectionUpheld", false));
    steps().endListNotice(townshipNotice);

    // then
    assertThat(upheld).isWaitingAt("Activity_TownshipCheck");
    assertThat(quiet).isWaitingAt("Activity_AwaitCountyDecision");
    assertThat(notUpheld).isWaitingAt("Activity_TownshipNotice");
    execute(job(ownNotice));
    assertThat(notUpheld).isWaitingAt("Activity_AwaitCountyDecision");
  }

  @Test
  void shouldPutAHouseholdCollectedAfterTheAppraisalOnTheVillagesNextList() {
    OpenVillageLists.end(runtimeService, BAILONGTAN, 2016);
    ProcessInstance early = steps().collected(id(BAILONGTAN, 219), 2016);
    ProcessInstance firstList = steps().listOf(early);
    steps().appraise(firstList, List.of(id(BAILONGTAN, 219)), "");

    ProcessInstance late = steps().collected(id(BAILONGTAN, 220), 2016);

    ProcessInstance secondList = steps().listOf(late);
    assertThat(secondList.getId()).isNotEqualTo(firstList.getId());
    assertThat(secondList.getBusinessKey()).isEqualTo(BAILONGTAN + "-2016-2");
    assertThat(caseSteps().candidatesOf(secondList)).containsExactly(id(BAILONGTAN, 220));
    assertThat(firstList).isWaitingAt("Activity_HouseholdConfirmation");
  }

  @Test
  void shouldKeepAHouseholdWhoseCollectedDataFailTheStandardOffTheList() {
    ProcessInstance belowLine = steps().started(id(ZIYUN, 221), 2019);
    execute(job(belowLine));
    complete(task(belowLine), withVariables("wageIncome", 1000.0));

    assertThat(belowLine).isEnded().hasNotPassed("Activity_JoinAppraisalList");
    assertThat(lastReason(id(ZIYUN, 221))).contains("贫困标准");
  }

  // --- steps

  private void checkAtTownship(ProcessInstance exit, String housingRating) {
    assertThat(exit).isWaitingAt("Activity_TownshipCheck").task().hasCandidateGroup("township-430412100-government");
    Map<String, Object> findings = HouseholdCaseSteps.findings(housingRating);
    findings.put("verifiers", runtimeService.getVariable(exit.getId(), "verifiers"));
    findings.put("verificationDate", runtimeService.getVariable(exit.getId(), "verificationDate"));
    complete(task(exit), findings);
  }

  private String housing(String householdId) {
    return jdbc.sql("select housing_rating from household where id = ?").param(householdId).query(String.class).single();
  }

  private HunanListSteps steps() {
    return new HunanListSteps(processEngine);
  }

  private HouseholdCaseSteps caseSteps() {
    return new HouseholdCaseSteps(processEngine);
  }

  private String lastReason(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1).reason();
  }
}
