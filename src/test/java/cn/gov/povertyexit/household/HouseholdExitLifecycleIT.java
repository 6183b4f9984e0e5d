package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three households of 竹坪村 (修水县宁州镇, 360424101201) through the whole procedure on PostgreSQL, every step
 * done through the REST API by the demo official whose task it is, with authorization on: household 2 earns below
 * the line and stays; household 3 meets an objection in the village notice that is not upheld; households 1 and 3
 * exit. Only the passing of the seven-day notice periods is simulated (their timer jobs are executed).
 */
class HouseholdExitLifecycleIT extends PostgresApplicationTest {

  private static final String VILLAGE = "360424101201";
  private static final int YEAR = 2020;

  @Autowired StatusRegister register;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldTakeSeveralHouseholdsOfOneVillageThroughTheProcedureAsTheOfficials() {
    OpenVillageLists.end(runtimeService, VILLAGE, YEAR);
    RestApi office = restAs("county-360424-office");
    RestApi workTeam = restAs("village-" + VILLAGE + "-workteam");
    RestApi committee = restAs("village-" + VILLAGE + "-committee");
    RestApi township = restAs("township-360424101-government");
    String first = household(1);
    String belowLine = household(2);
    String objected = household(3);

    // 预退出: the county office starts the year's cases
    Map<String, String> cases = new LinkedHashMap<>();
    for (String id : List.of(first, belowLine, objected)) {
      RestApi.Response started = office.post("/process-definition/key/householdExit/start",
          Map.of("variables", Map.of("householdId", string(id), "exitYear", integer(YEAR))));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      cases.put(id, started.json().get("id").asText());
    }
    RestApi.Response duplicate = office.post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(first), "exitYear", integer(YEAR))));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.body()).contains("退出案件已经存在");

    // 摸底调查: the year-end date has passed, so the job executor opens the survey at once; the household below
    // the line is not ended silently: the work team sees why and confirms
    for (String id : cases.keySet()) {
      completeOnlyTask(workTeam, cases.get(id), Map.of());
    }
    completeOnlyTask(workTeam, cases.get(belowLine), Map.of("surveyFailureConfirmed", bool(true)));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, belowLine)).contains(HouseholdStatus.PRE_EXIT);

    // 民主评议: one meeting for the three households of the village's list
    String list = (String) runtimeService.getVariable(cases.get(first), "villageListInstance");
    assertThat(runtimeService.getVariable(cases.get(belowLine), "villageListInstance")).isEqualTo(list);
    completeOnlyTask(committee, list, Map.of("appraisalDate", string("2020-11-20"), "appraisalAttendance", longValue(31),
        "noticePostingPlace", string("村委会门前公示栏"), "agreedHouseholds", json("[\"" + first + "\",\"" + objected + "\"]")));
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, belowLine)).contains(HouseholdStatus.POOR);
    Map<String, Object> villageNotice = noticePostedBy(list, "VILLAGE_LIST");
    assertThat(villageNotice).containsEntry("place_code", VILLAGE).containsEntry("posting_place", "村委会门前公示栏")
        .containsEntry("outcome", "RUNNING").containsEntry("exit_year", YEAR)
        .containsEntry("posted_by", "village-" + VILLAGE + "-committee");
    assertPeriodByTheRule(villageNotice, list);
    assertThat(jdbc.sql("select subject_id from public_notice_entry where notice_id = ? order by subject_id")
        .param(villageNotice.get("id")).query(String.class).list()).containsExactly(first, objected);

    // 村公示, with an objection against household 3 that the committee finds groundless: a full period of its own
    RestApi.Response objection = committee.post("/process-definition/key/objectionRegistration/start",
        Map.of("variables", Map.of("householdId", string(objected), "exitYear", integer(YEAR),
            "objectorName", string("村民甲"), "objectionContent", string("该户有子女在城镇购房"))));
    assertThat(objection.status()).as(objection.body()).isEqualTo(200);
    String noticeOfObjected = notice(cases.get(objected));
    completeOnlyTask(committee, noticeOfObjected, Map.of("objectionFindings", string("购房者为已分户的子女，不属本户"),
        "objectionUpheld", bool(false)));
    Map<String, Object> recorded = jdbc.sql("select * from notice_objection where notice_id = ? and subject_id = ?")
        .params(villageNotice.get("id"), objected).query().singleRow();
    assertThat(recorded).containsEntry("objector_name", "村民甲").containsEntry("content", "该户有子女在城镇购房")
        .containsEntry("received_by", "village-" + VILLAGE + "-committee").containsEntry("upheld", false)
        .containsEntry("findings", "购房者为已分户的子女，不属本户")
        .containsEntry("verified_by", "village-" + VILLAGE + "-committee");
    assertThat(recorded.get("verified_at")).isNotNull();
    // the household's own notice after the objection hangs where the list did, a full period from its own posting
    Map<String, Object> ownNotice = noticePostedBy(noticeOfObjected, "HOUSEHOLD");
    assertThat(ownNotice).containsEntry("posting_place", "村委会门前公示栏").containsEntry("replaces_id", villageNotice.get("id"))
        .containsEntry("outcome", "RUNNING").containsEntry("place_code", VILLAGE);
    assertPeriodByTheRule(ownNotice, noticeOfObjected);
    passNotice(list);
    passNotice(noticeOfObjected);
    assertThat(noticePostedBy(list, "VILLAGE_LIST")).containsEntry("outcome", "OBJECTED");
    assertThat(noticePostedBy(list, "VILLAGE_LIST").get("ended_at")).isNotNull();
    assertThat(noticePostedBy(noticeOfObjected, "HOUSEHOLD")).containsEntry("outcome", "PASSED");

    // 乡镇入户核实 by a team of three: the village's list at once, the objected household on its own; 第二次公示
    completeOnlyTask(township, list, Map.of("verificationDate", string("2020-12-01"),
        "secondNoticePostingPlace", string("本村村务公开栏"), "verifiers", string("刘洋 镇扶贫办主任\n陈静 村支书\n黄磊 驻村第一书记"), "confirmedHouseholds", json("[\"" + first + "\"]")));
    completeOnlyTask(township, cases.get(objected), Map.of("verificationDate", string("2020-12-01"),
        "verifiers", json("[{\"name\":\"刘洋\"},{\"name\":\"陈静\"},{\"name\":\"黄磊\"}]")));
    Map<String, Object> secondNotice = noticePostedBy(list, "TOWNSHIP_LIST");
    assertThat(secondNotice).containsEntry("posting_place", "本村村务公开栏")
        .containsEntry("posted_by", "township-360424101-government").containsEntry("outcome", "RUNNING");
    assertPeriodByTheRule(secondNotice, list);
    passNotice(list);
    passNotice(notice(cases.get(objected)));
    assertThat(noticePostedBy(list, "TOWNSHIP_LIST")).containsEntry("outcome", "PASSED");

    // 县审核 → 市、省备案 → 第三方评估核查 → 县政府批准公告
    RestApi.Response review = office.post("/process-definition/key/countyHouseholdExitReview/start",
        Map.of("variables", Map.of("countyCode", string("360424"), "exitYear", integer(YEAR))));
    assertThat(review.status()).as(review.body()).isEqualTo(200);
    String reviewId = review.json().get("id").asText();
    completeOnlyTask(restAs("county-360424-leadinggroup"), reviewId, Map.of("exclusions", json("[]"),
        "reviewDate", string("2020-12-10")));
    completeOnlyTask(restAs("city-360400-leadinggroup"), reviewId, Map.of("cityFilingDate", string("2020-12-12"),
        "cityFilingNumber", string("九扶备〔2020〕8号"), "cityCommissionNumber", string("浔扶委〔2020〕8号")));
    completeOnlyTask(restAs("province-360000-leadinggroup"), reviewId, Map.of("provinceFilingDate", string("2020-12-13"),
        "provinceFilingNumber", string("赣扶备〔2020〕31号"),
        "provinceCommissionNumber", string("赣扶委〔2020〕15号"), "assessmentAgency", string("江西财经大学精准扶贫评估中心")));
    completeOnlyTask(restAs("province-360000-assessor"), reviewId, passingAssessment());
    completeOnlyTask(restAs("county-360424-government"), reviewId, Map.of("announcementNumber", string("修府字〔2020〕66号"),
        "announcementDate", string("2020-12-28")));

    // then: the register and its trail
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, first)).contains(HouseholdStatus.EXITED);
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, objected)).contains(HouseholdStatus.EXITED);
    assertThat(register.history(SubjectType.HOUSEHOLD, objected)).extracting(StatusChange::toStatus)
        .containsExactly("POOR", "PRE_EXIT", "EXITED");
    StatusChange exit = last(objected);
    assertThat(exit.actor()).isEqualTo("county-360424-government");
    assertThat(exit.processInstanceId()).isEqualTo(cases.get(objected));
    assertThat(exit.reason()).contains("修府字〔2020〕66号");
    assertThat(last(belowLine).actor()).isEqualTo("village-" + VILLAGE + "-committee");
    assertThat(last(belowLine).reason()).contains("未超过2020年国家扶贫标准4000元");
    assertThat(register.history(SubjectType.HOUSEHOLD, first).get(1).actor()).isEqualTo("county-360424-office");
  }

  @Test
  void shouldRefuseAnObjectionForACaseNotInNoticeThroughRest() {
    RestApi committee = restAs("village-" + VILLAGE + "-committee");

    RestApi.Response refused = committee.post("/process-definition/key/objectionRegistration/start",
        Map.of("variables", Map.of("householdId", string(household(5)), "exitYear", integer(YEAR),
            "objectorName", string("村民乙"), "objectionContent", string("不应退出"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("当前不在公示期，不能登记异议");
  }

  @Test
  void shouldRefuseACaseStartedForAnotherCountysHousehold() {
    RestApi refused = restAs("county-360428-office");

    RestApi.Response response = refused.post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(household(6)), "exitYear", integer(YEAR))));

    assertThat(response.status()).isEqualTo(400);
    // the same answer as for an id that does not exist: nothing about the other county's villages is revealed
    assertThat(response.json().get("message").asText()).isEqualTo("您的辖区内没有户编号为 " + household(6) + " 的贫困户");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household(6))).contains(HouseholdStatus.POOR);
  }



  private Map<String, Object> noticePostedBy(String instanceId, String kind) {
    return jdbc.sql("select * from public_notice where case_instance_id = ? and kind = ? order by id desc fetch first 1 rows only")
        .params(instanceId, kind).query().singleRow();
  }

  /** Posted today (China), ends on the 7th day after, and the timer is due at 24:00 of that day (seed 000 五(1)). */
  private void assertPeriodByTheRule(Map<String, Object> notice, String instanceId) {
    LocalDate postedOn = ((java.sql.Date) notice.get("posted_on")).toLocalDate();
    LocalDate endsOn = ((java.sql.Date) notice.get("ends_on")).toLocalDate();
    assertThat(postedOn).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(endsOn).isEqualTo(postedOn.plusDays(7));
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(endsOn.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  /** The seven days of a notice (a village list's or a household's own) pass without objection: its timer fires. */
  private void passNotice(String notice) {
    Job timer = managementService.createJobQuery().processInstanceId(notice).timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  private String notice(String caseId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    var notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
    while (notice == null && Instant.now().isBefore(deadline)) {
      pause(250);
      notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
    }
    return notice.getId();
  }

  private StatusChange last(String householdId) {
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    return trail.get(trail.size() - 1);
  }

  private static Map<String, Object> passingAssessment() {
    Map<String, Object> found = new LinkedHashMap<>();
    found.put("memberCount", longValue(2));
    found.put("wageIncome", doubleValue(9000));
    found.put("businessIncome", doubleValue(2500));
    found.put("businessCosts", doubleValue(400));
    found.put("propertyIncome", doubleValue(0));
    found.put("transferIncome", doubleValue(600));
    found.put("dibao", string("NONE"));
    found.put("foodClothingSecure", bool(true));
    found.put("childrenOutOfSchool", longValue(0));
    found.put("uninsuredMembers", longValue(0));
    found.put("seriousIllnessUnassisted", longValue(0));
    found.put("housingRating", string("A"));
    found.put("drinkingWaterSafe", bool(true));
    return found;
  }







  private static String household(int number) {
    return VILLAGE + String.format("%04d", number);
  }

}
