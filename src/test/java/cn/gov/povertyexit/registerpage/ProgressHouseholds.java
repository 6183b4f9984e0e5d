package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.jurisdiction.Tenants;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.TestHouseholds;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The progress view tests' own village, 岭背村 (360424101208, 修水县宁州镇, a non-poor village of this test alone), and
 * its eleven households walked to known stages of 2019 by the officials who take each step, with the job executor
 * running: 0001–0002 at the year-end survey (0001's task opened 8 days ago, 0002's 6 days ago), 0003–0004 on the first
 * list's village notice (ending in 3 days), 0005–0006 on the second list's (ending in 4 days), 0007–0008 waiting for the
 * third list's meeting, 0009 已脱贫, 0010 回退 after its exit, 0011 未脱贫 with no case. The two exits are of 2015, a
 * year no other test exits households in (the spot-check tests count 修水县's exits of their own years).
 */
final class ProgressHouseholds {

  static final String VILLAGE = "360424101208";
  static final String VILLAGE_NAME = "岭背村";
  static final String TOWNSHIP = "360424101";
  static final int YEAR = 2019;
  static final int COUNT = 11;
  static final String COUNTY_OFFICE = "county-360424-office";
  static final String WORK_TEAM = "village-" + VILLAGE + "-workteam";
  static final String COMMITTEE = "village-" + VILLAGE + "-committee";

  /** The list whose notice ends in 3 days, and the one whose ends in 4. */
  static String endingInThreeDays;
  static String endingInFourDays;
  private static final Map<Integer, String> CASES = new LinkedHashMap<>();

  private ProgressHouseholds() {}

  static String household(int number) {
    return TestHouseholds.id(VILLAGE, number);
  }

  static synchronized void ensure(ProcessEngine engine, JdbcClient jdbc, StatusRegister register) {
    if (!CASES.isEmpty()) {
      return;
    }
    if (jdbc.sql("select count(*) from village where code = ?").param(VILLAGE).query(Integer.class).single() == 0) {
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, 0, 'NOT_POOR')")
          .params(VILLAGE, TOWNSHIP, VILLAGE_NAME).update();
    }
    TestHouseholds.ensure(jdbc, VILLAGE, 1, COUNT);
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    ManagementService management = engine.getManagementService();
    IdentityService identity = engine.getIdentityService();
    for (int n = 1; n <= 8; n++) {
      int number = n;
      CASES.put(n, as(identity, COUNTY_OFFICE, () -> runtime.startProcessInstanceByKey("householdExit",
          Map.of("householdId", household(number), "exitYear", YEAR)).getId()));
    }
    // a past year: the year-end date has passed and the job executor opens each survey at once
    Map<Integer, Task> surveys = new HashMap<>();
    CASES.forEach((n, caseId) -> surveys.put(n, waitFor(() -> tasks.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey("Activity_YearEndSurvey").singleResult(), "survey of " + household(n))));

    endingInThreeDays = listOfSurveyed(engine, surveys, 3, 4, null);
    holdMeeting(engine, endingInThreeDays, List.of(household(3), household(4)));
    endingInFourDays = listOfSurveyed(engine, surveys, 5, 6, endingInThreeDays);
    holdMeeting(engine, endingInFourDays, List.of(household(5), household(6)));
    listOfSurveyed(engine, surveys, 7, 8, endingInFourDays);
    for (int n = 3; n <= 6; n++) {
      String caseId = CASES.get(n);
      waitFor(() -> runtime.createProcessInstanceQuery().processInstanceId(caseId)
          .activityIdIn("Activity_InVillageListNotice").count() == 1 ? Boolean.TRUE : null, "village notice of " + n);
    }
    Instant now = Instant.now();
    management.setJobDuedate(noticeTimer(management, endingInThreeDays).getId(), Date.from(now.plus(Duration.ofDays(3))));
    management.setJobDuedate(noticeTimer(management, endingInFourDays).getId(), Date.from(now.plus(Duration.ofDays(4))));
    // tasks left open: the survey of 0001 for 8 days, that of 0002 for 6
    jdbc.sql("update act_ru_task set create_time_ = ? where id_ = ?")
        .params(Timestamp.from(now.minus(Duration.ofDays(8))), surveys.get(1).getId()).update();
    jdbc.sql("update act_ru_task set create_time_ = ? where id_ = ?")
        .params(Timestamp.from(now.minus(Duration.ofDays(6))), surveys.get(2).getId()).update();

    register.changeStatus(SubjectType.HOUSEHOLD, household(9), HouseholdStatus.PRE_EXIT,
        new ChangeContext(COUNTY_OFFICE, null, "2015年度预退出（测试准备）"));
    register.changeStatus(SubjectType.HOUSEHOLD, household(9), HouseholdStatus.EXITED,
        new ChangeContext("county-360424-government", null, "2015年度脱贫退出（测试准备）"));
    register.changeStatus(SubjectType.HOUSEHOLD, household(10), HouseholdStatus.PRE_EXIT,
        new ChangeContext(COUNTY_OFFICE, null, "2015年度预退出（测试准备）"));
    register.changeStatus(SubjectType.HOUSEHOLD, household(10), HouseholdStatus.EXITED,
        new ChangeContext("county-360424-government", null, "2015年度脱贫退出（测试准备）"));
    register.changeStatus(SubjectType.HOUSEHOLD, household(10), HouseholdStatus.REVOKED,
        new ChangeContext("county-360424-leadinggroup", null, "2015年度县级抽查不合格（测试准备）"));
    jdbc.sql("update household set exit_year = 2015 where id in (?, ?)").params(household(9), household(10)).update();
  }

  /** 德安县, a county of 九江市 of this test alone, with one township, one village and two households exited in 2020. */
  static final String DEAN = "360426";
  static final String DEAN_VILLAGE = "360426100201";
  static final int CHECK_YEAR = 2020;
  private static String spotCheck;

  /**
   * The county's check of its two exits of 2020 (县级抽查, seed 000 八), every exit sampled and both found meeting the
   * standard at home: pass rate 100.00%. There are no officials of 德安县 in the demo, so the engine starts the check
   * and the visits are recorded without a login, as a county's own leading group would record them.
   */
  static synchronized String spotCheckOfDean(ProcessEngine engine, JdbcClient jdbc, StatusRegister register) {
    if (spotCheck != null) {
      return spotCheck;
    }
    if (jdbc.sql("select count(*) from county where code = ?").param(DEAN).query(Integer.class).single() == 0) {
      jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, '360400', '德安县', null, 'NOT_POOR')")
          .param(DEAN).update();
      jdbc.sql("insert into township (code, county_code, name) values (?, ?, '蒲亭镇')").params(DEAN + "100", DEAN).update();
      jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '宝塔村', 0, 'NOT_POOR')")
          .params(DEAN_VILLAGE, DEAN + "100").update();
    }
    TestHouseholds.ensure(jdbc, DEAN_VILLAGE, 1, 2);
    for (int n = 1; n <= 2; n++) {
      String id = TestHouseholds.id(DEAN_VILLAGE, n);
      register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-" + DEAN + "-office", null, CHECK_YEAR + "年度预退出（测试准备）"));
      register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
          new ChangeContext("county-" + DEAN + "-government", null, CHECK_YEAR + "年度脱贫退出（测试准备）"));
      jdbc.sql("update household set exit_year = ? where id = ?").params(CHECK_YEAR, id).update();
    }
    String check = engine.getRuntimeService().startProcessInstanceByKey("countyHouseholdSpotCheck",
        Map.of("countyCode", DEAN, "exitYear", CHECK_YEAR, "sampleRate", 1.0)).getId();
    TaskService tasks = engine.getTaskService();
    waitFor(() -> tasks.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_HomeCheck").count() == 2
        ? Boolean.TRUE : null, "visits of " + check);
    for (Task visit : tasks.createTaskQuery().processInstanceId(check).taskDefinitionKey("Activity_HomeCheck").list()) {
      tasks.complete(visit.getId(), cn.gov.povertyexit.household.HouseholdCaseSteps.findings("A"));
    }
    waitFor(() -> engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(check).finished()
        .count() == 1 ? Boolean.TRUE : null, "end of " + check);
    spotCheck = check;
    return check;
  }

  /** The work team completes the surveys of the two households; they join a list other than {@code previous}. */
  private static String listOfSurveyed(ProcessEngine engine, Map<Integer, Task> surveys, int first, int second,
      String previous) {
    for (int n : List.of(first, second)) {
      Task survey = surveys.get(n);
      as(engine.getIdentityService(), WORK_TEAM, () -> {
        engine.getTaskService().complete(survey.getId());
        return null;
      });
    }
    RuntimeService runtime = engine.getRuntimeService();
    String caseId = CASES.get(second);
    String list = waitFor(() -> {
      Object id = runtime.getVariable(caseId, "villageListInstance");
      return id == null || id.equals(previous) ? null : id.toString();
    }, "list of " + household(second));
    waitFor(() -> engine.getTaskService().createTaskQuery().processInstanceId(list)
        .taskDefinitionKey("Activity_AppraisalMeeting").count() == 1
        && candidates(runtime, list).containsAll(List.of(household(first), household(second))) ? Boolean.TRUE : null,
        "meeting of " + list);
    return list;
  }

  private static void holdMeeting(ProcessEngine engine, String list, List<String> agreed) {
    Task meeting = engine.getTaskService().createTaskQuery().processInstanceId(list)
        .taskDefinitionKey("Activity_AppraisalMeeting").singleResult();
    Map<String, Object> minutes = new HashMap<>();
    minutes.put("appraisalDate", YEAR + "-11-20");
    minutes.put("appraisalAttendance", 27L);
    minutes.put("noticePostingPlace", "本村村务公开栏");
    minutes.put("agreedHouseholds", SpinValues.jsonValue(Spin.JSON(agreed).toString()).create());
    minutes.put("refusedHouseholds", "");
    as(engine.getIdentityService(), COMMITTEE, () -> {
      engine.getTaskService().complete(meeting.getId(), minutes);
      return null;
    });
    waitFor(() -> noticeTimer(engine.getManagementService(), list), "notice of " + list);
  }

  private static Job noticeTimer(ManagementService management, String list) {
    return management.createJobQuery().processInstanceId(list).timers().activityId("Event_VillageNoticeEnded")
        .singleResult();
  }

  private static List<String> candidates(RuntimeService runtime, String list) {
    Object options = runtime.getVariable(list, "appraisalCandidates");
    List<String> ids = new ArrayList<>();
    if (options instanceof SpinJsonNode json) {
      json.elements().forEach(option -> ids.add(option.prop("value").stringValue()));
    }
    return ids;
  }

  private static <T> T as(IdentityService identity, String official, Supplier<T> step) {
    // the officials of 修水县 work in the county's tenant
    identity.setAuthentication(official, List.of(official), List.of(Tenants.county("360424")));
    try {
      return step.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static <T> T waitFor(Supplier<T> found, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
    T value = found.get();
    while (value == null) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not reached within 40 s: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = found.get();
    }
    return value;
  }
}
