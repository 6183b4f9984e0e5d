package cn.gov.povertyexit.identification;

import static cn.gov.povertyexit.support.IdentificationTestCounty.COUNTY;
import static cn.gov.povertyexit.support.IdentificationTestCounty.EXITED_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.NEW_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.TOWNSHIP;
import static cn.gov.povertyexit.support.IdentificationTestCounty.officialOf;
import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.NationalIdNumber;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.village.VillageRecords;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identification (新识别) and re-listing (返贫) walked through REST as the demo officials of 武宁县 would, on the seed's
 * boundaries (001 二): who may start, what the survey must hold, each ending of the procedure, and what the
 * register holds afterwards — and what must not change when a step is refused.
 */
class HouseholdIdentificationIT extends PostgresApplicationTest {

  private static final int YEAR = 2020;
  private static final AtomicInteger PERSON = new AtomicInteger(1);
  private static final AtomicInteger EXITED = new AtomicInteger(1);

  private static final String COMMITTEE = officialOf(NEW_VILLAGE, "committee");
  private static final String WORK_TEAM = officialOf(NEW_VILLAGE, "workteam");
  private static final String RETURN_COMMITTEE = officialOf(EXITED_VILLAGE, "committee");
  private static final String RETURN_WORK_TEAM = officialOf(EXITED_VILLAGE, "workteam");
  private static final String TOWNSHIP_GOVERNMENT = officialOf(TOWNSHIP, "government");
  private static final String COUNTY_OFFICE = officialOf(COUNTY, "office");
  private static final String SECTOR = officialOf(COUNTY, "sector");

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired StatusRegister register;
  @Autowired VillageRecords villages;

  @BeforeEach
  void theCounty() {
    cn.gov.povertyexit.support.IdentificationTestCounty.ensure(jdbc, access, demo);
  }

  @Test
  @DisplayName("001 二 一：新识别农户经调查、评议、公示、乡镇审核、县审定后写入登记册，本村贫困人口随之增加")
  void shouldPutANewHouseholdOnTheRegisterWithItsMembersAfterTheCountyApproves() {
    // given
    int poorBefore = villages.find(NEW_VILLAGE).orElseThrow().poorPopulation();
    String caseId = startNew("王秀英");
    String householdId = variable(caseId, "householdId");
    String members = member("王秀英", "1950-03-12", "户主", "长期慢性病 弱劳动力 已完成学业") + "\n"
        + member("陈小军", "2011-09-15", "孙子女", "健康 无劳动力 在校生");

    // when
    complete(WORK_TEAM, caseId, survey(members, "2400", "C"));
    complete(COMMITTEE, caseId, appraisal(true));
    passNotice(caseId);
    complete(TOWNSHIP_GOVERNMENT, caseId, Map.of("reviewDate", string("2020-07-05"), "townshipApproved", bool(true),
        "townshipOpinion", string("经审核，情况属实")));
    complete(COUNTY_OFFICE, caseId, Map.of("countyApproved", bool(true), "approvalNumber", string("武扶办字〔2020〕12号"),
        "approvalDate", string("2020-07-20"), "countyOpinion", string("同意纳入")));

    // then
    assertThat(householdId).startsWith(NEW_VILLAGE).hasSize(16);
    assertThat(ended(caseId)).isEqualTo("Event_HouseholdIncluded");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.POOR);
    assertThat(jdbc.sql("select name from household_member where household_id = ? order by id").param(householdId)
        .query(String.class).list()).containsExactly("王秀英", "陈小军");
    assertThat(jdbc.sql("select housing_rating from household where id = ?").param(householdId).query(String.class).single())
        .isEqualTo("C");
    StatusChange registration = register.history(SubjectType.HOUSEHOLD, householdId).get(0);
    assertThat(registration.processInstanceId()).isEqualTo(caseId);
    assertThat(registration.reason()).contains("新识别纳入建档立卡（县审定，武扶办字〔2020〕12号）", "C级危房");
    assertThat(jdbc.sql("select count(*) from register_change where household_id = ? and process_instance_id = ?")
        .params(householdId, caseId).query(Long.class).single()).isEqualTo(4);
    assertThat(application(householdId)).containsEntry("status", "INCLUDED");
    assertThat(villages.find(NEW_VILLAGE).orElseThrow().poorPopulation()).isEqualTo(poorBefore + 2);
  }

  @Test
  @DisplayName("001 二 一：家中有现任村干部的不予纳入；录入有误可退回更正；公示异议成立的退回入户调查")
  void shouldSendAnUpheldObjectionBackToTheSurveyAndExcludeACadresHousehold() {
    // given: a household agreed by the meeting and on notice
    String caseId = startNew("李建国");
    String householdId = variable(caseId, "householdId");
    String members = member("李建国", "1968-05-02", "户主", "健康 普通劳动力 已完成学业");
    complete(WORK_TEAM, caseId, survey(members, "2600", "B"));
    complete(COMMITTEE, caseId, appraisal(true));

    // when: a villager objects that the head's brother is the village's director; the committee upholds it
    RestApi.Response objection = restAs(COMMITTEE).post("/process-definition/key/objectionRegistration/start",
        Map.of("variables", Map.of("householdId", string(householdId), "exitYear", integer(YEAR),
            "objectorName", string("村民赵六"), "objectionContent", string("户主之妻为现任村委会副主任"))));
    assertThat(objection.status()).as(objection.body()).isEqualTo(200);
    complete(COMMITTEE, notice(caseId), Map.of("objectionFindings", string("经核实，户主之妻现任村委会副主任"),
        "objectionUpheld", bool(true)));
    // the re-survey records the cadre; the team first thinks it mistyped, then confirms
    Map<String, Object> resurvey = new HashMap<>(survey(members, "2600", "B"));
    resurvey.put("villageCadre", bool(true));
    complete(WORK_TEAM, caseId, resurvey);
    String reasonShown = variable(caseId, "inclusionReason");
    complete(WORK_TEAM, caseId, Map.of("verdictConfirmed", bool(false)));
    complete(WORK_TEAM, caseId, resurvey);
    complete(WORK_TEAM, caseId, Map.of("verdictConfirmed", bool(true)));

    // then
    assertThat(reasonShown).contains("现任村支书、主任、文书、副支书或副主任", "001号文件 二");
    assertThat(ended(caseId)).isEqualTo("Event_NotIncluded");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).isEmpty();
    assertThat(application(householdId)).containsEntry("status", "NOT_INCLUDED");
    assertThat((String) application(householdId).get("outcome_reason")).contains("现任村支书");
  }

  @Test
  @DisplayName("001 二 三：人均收入3500.00元（未高于3500元）、住房C级危房的已脱贫户标注返贫，退回未脱贫状态")
  void shouldReListAnExitedHouseholdAtTheThresholdWithAnUnsafeHouse() {
    // given
    String householdId = exitedHousehold();
    String caseId = startReturn(householdId);

    // when: two members, 7,000 yuan in all: 3,500.00 per person, not above the threshold
    complete(RETURN_WORK_TEAM, caseId, survey(null, "7000", "C"));
    String verdict = variable(caseId, "inclusionReason");
    complete(RETURN_COMMITTEE, caseId, appraisal(true));
    passNotice(caseId);
    complete(TOWNSHIP_GOVERNMENT, caseId, Map.of("reviewDate", string("2020-07-05"), "townshipApproved", bool(true),
        "townshipOpinion", string("同意")));
    complete(COUNTY_OFFICE, caseId, Map.of("countyApproved", bool(true), "approvalNumber", string("武扶办字〔2020〕15号"),
        "approvalDate", string("2020-07-20"), "countyOpinion", string("同意标注返贫")));

    // then
    assertThat(verdict).contains("人均可支配收入3500.00元", "家庭主要居住用房鉴定为C级危房", "必须纳入");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.RETURNED);
    List<StatusChange> trail = register.history(SubjectType.HOUSEHOLD, householdId);
    assertThat(trail.get(trail.size() - 1).processInstanceId()).isEqualTo(caseId);
    assertThat(trail.get(trail.size() - 1).reason()).startsWith("返贫纳入建档立卡");
    assertThat(jdbc.sql("select housing_rating from household where id = ?").param(householdId).query(String.class).single())
        .isEqualTo("C");
    assertThat(application(householdId)).containsEntry("status", "INCLUDED");
  }

  @Test
  @DisplayName("001 二 三：人均收入3500.01元、仅三保障不达标的已脱贫户不再纳入，由行业主管部门单项解决")
  void shouldGiveTheSectorTheGapOfAHouseholdACentAboveTheThreshold() {
    // given
    String householdId = exitedHousehold();
    String caseId = startReturn(householdId);

    // when
    complete(RETURN_WORK_TEAM, caseId, survey(null, "7000.02", "D"));
    complete(RETURN_WORK_TEAM, caseId, Map.of("verdictConfirmed", bool(true)));
    JsonNode sectorTasks = waitForTasks(restAs(SECTOR), caseId);
    JsonNode committeeSees = restAs(RETURN_COMMITTEE).get("/task?processInstanceId=" + caseId).json();
    complete(SECTOR, caseId, Map.of("sectorMeasures", string("纳入农村危房改造计划，9月底前完成加固"),
        "rectificationDate", string("2020-09-30")));

    // then
    assertThat(sectorTasks).hasSize(1);
    assertThat(sectorTasks.get(0).get("name").asText()).isEqualTo("行业主管部门单项解决");
    assertThat(committeeSees).isEmpty();
    assertThat(ended(caseId)).isEqualTo("Event_SolvedBySector");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, householdId)).contains(HouseholdStatus.EXITED);
    assertThat(application(householdId)).containsEntry("status", "SECTOR_SOLVES");
    assertThat((String) application(householdId).get("outcome_reason")).contains("D级危房", "纳入农村危房改造计划");
  }

  @Test
  @DisplayName("民主评议、乡镇审核、县审定任一不同意的，不予纳入，登记册不变")
  void shouldEndWithoutARegisterChangeWhereverAReviewRefuses() {
    String byMeeting = startNew("张桂英");
    complete(WORK_TEAM, byMeeting, survey(member("张桂英", "1972-01-08", "户主", "健康 普通劳动力 已完成学业"), "2000", "B"));
    Map<String, Object> lastYearsMeeting = new HashMap<>(appraisal(false));
    lastYearsMeeting.put("appraisalDate", string("2019-12-30"));
    String meeting = onlyTask(COMMITTEE, byMeeting);
    RestApi.Response tooEarly = restAs(COMMITTEE).post("/task/" + meeting + "/complete", Map.of("variables", lastYearsMeeting));
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.json().get("message").asText()).isEqualTo("评议日期不能早于2020年（2019-12-30）");
    assertThat(onlyTask(COMMITTEE, byMeeting)).isEqualTo(meeting);
    complete(COMMITTEE, byMeeting, appraisal(false));

    String byTownship = startNew("刘明");
    complete(WORK_TEAM, byTownship, survey(member("刘明", "1975-02-11", "户主", "健康 普通劳动力 已完成学业"), "2000", "B"));
    complete(COMMITTEE, byTownship, appraisal(true));
    passNotice(byTownship);
    complete(TOWNSHIP_GOVERNMENT, byTownship, Map.of("reviewDate", string("2020-07-05"), "townshipApproved", bool(false),
        "townshipOpinion", string("该户在县城有商品房一套")));

    String byCounty = startNew("周强");
    complete(WORK_TEAM, byCounty, survey(member("周强", "1980-03-21", "户主", "健康 普通劳动力 已完成学业"), "2000", "B"));
    complete(COMMITTEE, byCounty, appraisal(true));
    passNotice(byCounty);
    complete(TOWNSHIP_GOVERNMENT, byCounty, Map.of("reviewDate", string("2020-07-05"), "townshipApproved", bool(true),
        "townshipOpinion", string("同意")));
    complete(COUNTY_OFFICE, byCounty, Map.of("countyApproved", bool(false), "approvalDate", string("2020-07-20"),
        "countyOpinion", string("比对发现该户有工商注册信息")));

    for (String caseId : List.of(byMeeting, byTownship, byCounty)) {
      assertThat(ended(caseId)).isEqualTo("Event_NotIncluded");
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, historicVariable(caseId, "householdId"))).isEmpty();
    }
    assertThat((String) application(historicVariable(byMeeting, "householdId")).get("outcome_reason")).startsWith("民主评议未通过");
    assertThat((String) application(historicVariable(byTownship, "householdId")).get("outcome_reason"))
        .isEqualTo("乡镇审核不予纳入：该户在县城有商品房一套");
    assertThat((String) application(historicVariable(byCounty, "householdId")).get("outcome_reason"))
        .isEqualTo("县审定不予纳入：比对发现该户有工商注册信息");
  }

  @Test
  void shouldRefuseStartsThatWouldChooseIdentityPlaceOrStatusAndKeepNothing() {
    long applications = count("household_application");
    long cases = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdIdentification").count();
    String poor = TestHouseholds.id(EXITED_VILLAGE, 90);
    TestHouseholds.ensure(jdbc, EXITED_VILLAGE, 90, 1);
    String exited = exitedHousehold();
    startReturn(exited);

    RestApi.Response chosenId = start(COMMITTEE, Map.of("inclusionKind", string("NEW"), "villageCode", string(NEW_VILLAGE),
        "headName", string("王某"), "householdId", string(NEW_VILLAGE + "9999")));
    RestApi.Response otherVillage = start(COMMITTEE, Map.of("inclusionKind", string("NEW"),
        "villageCode", string("360424100201"), "headName", string("王某")));
    RestApi.Response notExited = start(RETURN_COMMITTEE, Map.of("inclusionKind", string("RETURN"), "householdId", string(poor)));
    RestApi.Response twice = start(RETURN_COMMITTEE, Map.of("inclusionKind", string("RETURN"), "householdId", string(exited)));
    RestApi.Response byCountyOffice = restAs(COUNTY_OFFICE).post("/process-definition/key/householdIdentification/start",
        Map.of("variables", Map.of("inclusionKind", string("NEW"), "villageCode", string(NEW_VILLAGE), "headName", string("王某"),
            "applicationSource", string("SCREENING"), "applicationYear", integer(YEAR))));
    RestApi.Response future = start(COMMITTEE, Map.of("inclusionKind", string("NEW"), "villageCode", string(NEW_VILLAGE),
        "headName", string("王某"), "applicationYear", integer(2027)));

    assertThat(chosenId.status()).isEqualTo(400);
    assertThat(chosenId.json().get("message").asText()).isEqualTo("新识别农户的户编号由系统在登记申请时分配，请不要填写户编号");
    assertThat(otherVillage.status()).isEqualTo(400);
    assertThat(otherVillage.json().get("message").asText()).isEqualTo("您的辖区内没有代码为 360424100201 的行政村");
    assertThat(notExited.json().get("message").asText()).contains("登记状态为未脱贫", "只有已脱贫户才能按返贫纳入");
    assertThat(twice.json().get("message").asText()).contains("年度识别纳入案件已经存在");
    assertThat(byCountyOffice.status()).isEqualTo(403);
    assertThat(future.json().get("message").asText()).startsWith("年度不能晚于今年");
    assertThat(count("household_application")).isEqualTo(applications + 1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("householdIdentification").count())
        .isEqualTo(cases + 1);
  }

  @Test
  void shouldRefuseASurveyWithWrongMembersOrIncomeAndKeepTheTask() {
    String caseId = startNew("吴芳");
    String taskId = onlyTask(WORK_TEAM, caseId);
    String mistyped = "吴芳 360423197001010000 户主 健康 普通劳动力 已完成学业\n吴小芳 360423200501010000 女儿 健康 无劳动力 在校生";
    Map<String, Object> negative = new HashMap<>(survey(member("吴芳", "1970-01-01", "户主", "健康 普通劳动力 已完成学业"),
        "2000", "B"));
    negative.put("wageIncome", doubleValue(-100));
    Map<String, Object> otherHead = new HashMap<>(survey(member("吴方", "1970-01-01", "户主", "健康 普通劳动力 已完成学业"),
        "2000", "B"));
    // a person already registered in another household of the county
    String registeredLine = member("吴芳", "1970-01-01", "户主", "健康 普通劳动力 已完成学业");
    jdbc.sql("""
            insert into household_member (household_id, name, national_id, relation, birth_date, schooling, health,
                serious_illness_assisted, medical_insurance_enrolled, labour_ability)
            values (?, '吴芳', ?, 'OTHER', date '1970-01-01', 'FINISHED', 'HEALTHY', true, true, 'ORDINARY')""")
        .params(TestHouseholds.id(EXITED_VILLAGE, 19), registeredLine.split(" ")[1]).update();

    RestApi.Response badMembers = restAs(WORK_TEAM).post("/task/" + taskId + "/complete",
        Map.of("variables", survey(mistyped, "2000", "B")));
    RestApi.Response badIncome = restAs(WORK_TEAM).post("/task/" + taskId + "/complete", Map.of("variables", negative));
    RestApi.Response wrongHead = restAs(WORK_TEAM).post("/task/" + taskId + "/complete", Map.of("variables", otherHead));
    RestApi.Response alreadyRegistered = restAs(WORK_TEAM).post("/task/" + taskId + "/complete",
        Map.of("variables", survey(registeredLine, "2000", "B")));
    RestApi.Response byCommittee = restAs(COMMITTEE).post("/task/" + taskId + "/complete",
        Map.of("variables", survey(member("吴芳", "1970-01-01", "户主", "健康 普通劳动力 已完成学业"), "2000", "B")));

    assertThat(badMembers.status()).isEqualTo(400);
    assertThat(badMembers.json().get("message").asText()).contains("第1行身份证号校验位不正确", "第2行与户主关系「女儿」不是可选值");
    assertThat(badIncome.status()).isEqualTo(400);
    assertThat(badIncome.json().get("message").asText()).contains("工资性收入");
    assertThat(wrongHead.json().get("message").asText()).contains("与申请登记的户主「吴芳」不一致");
    assertThat(alreadyRegistered.json().get("message").asText())
        .contains("不能重复识别", "第1行吴芳的身份证号已登记在户编号 " + TestHouseholds.id(EXITED_VILLAGE, 19));
    assertThat(byCommittee.status()).isIn(403, 404);
    assertThat(onlyTask(WORK_TEAM, caseId)).isEqualTo(taskId);
    assertThat(runtimeService.getVariable(caseId, "inclusionOutcome")).isNull();
  }

  // ---- steps

  private String startNew(String head) {
    RestApi.Response started = start(COMMITTEE, Map.of("inclusionKind", string("NEW"), "villageCode", string(NEW_VILLAGE),
        "headName", string(head)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String startReturn(String householdId) {
    RestApi.Response started = start(RETURN_COMMITTEE, Map.of("inclusionKind", string("RETURN"), "householdId", string(householdId)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private RestApi.Response start(String official, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(Map.of("applicationSource", string("APPLICATION"), "applicationYear", integer(YEAR)));
    all.putAll(variables);
    return restAs(official).post("/process-definition/key/householdIdentification/start", Map.of("variables", all));
  }

  /** The survey's figures; {@code members} for a new household, null for one on the register (two members). */
  private static Map<String, Object> survey(String members, String wages, String housing) {
    Map<String, Object> survey = new HashMap<>();
    if (members != null) {
      survey.put("memberLines", string(members));
    } else {
      survey.put("childrenOutOfSchool", longValue(0));
    }
    survey.put("wageIncome", doubleValue(Double.parseDouble(wages)));
    survey.put("businessIncome", doubleValue(0));
    survey.put("businessCosts", doubleValue(0));
    survey.put("propertyIncome", doubleValue(0));
    survey.put("transferIncome", doubleValue(0));
    survey.put("dibaoCategory", string("NONE"));
    survey.put("disabilityAid", bool(false));
    survey.put("foodClothingSecure", bool(true));
    survey.put("uninsuredMembers", longValue(0));
    survey.put("seriousIllnessUnassisted", longValue(0));
    survey.put("illnessCausesPoverty", bool(false));
    survey.put("housingRating", string(housing));
    survey.put("drinkingWaterSafe", bool(true));
    survey.put("villageCadre", bool(false));
    survey.put("assetsConcealed", bool(false));
    return survey;
  }

  private static Map<String, Object> appraisal(boolean agreed) {
    return Map.of("appraisalDate", string("2020-06-20"), "appraisalAttendance", longValue(26),
        "appraisalAgreed", bool(agreed), "appraisalRemarks", string(agreed ? "同意纳入" : "与会代表认为该户收入来源稳定"));
  }

  /** A member line with a national id of this county that no other member has: the birth date is the given one. */
  private static String member(String name, String birthDate, String relation, String rest) {
    String first17 = COUNTY + birthDate.replace("-", "") + String.format("%03d", PERSON.getAndIncrement() % 1000);
    return name + " " + first17 + NationalIdNumber.checkCharacter(first17) + " " + relation + " " + rest;
  }

  private String exitedHousehold() {
    int number = EXITED.getAndIncrement();
    assertThat(number).isLessThanOrEqualTo(cn.gov.povertyexit.support.IdentificationTestCounty.EXITED_HOUSEHOLDS);
    return TestHouseholds.id(EXITED_VILLAGE, number);
  }

  private void complete(String official, String processInstanceId, Map<String, Object> variables) {
    completeOnlyTask(restAs(official), processInstanceId, variables);
  }

  private String onlyTask(String official, String processInstanceId) {
    JsonNode tasks = waitForTasks(restAs(official), processInstanceId);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private void passNotice(String caseId) {
    String notice = notice(caseId);
    Job timer = managementService.createJobQuery().processInstanceId(notice).timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  private String notice(String caseId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
    while (notice == null && Instant.now().isBefore(deadline)) {
      pause(250);
      notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
    }
    assertThat(notice).as("notice of " + caseId).isNotNull();
    return notice.getId();
  }

  private String variable(String caseId, String name) {
    return String.valueOf(runtimeService.getVariable(caseId, name));
  }

  private String historicVariable(String caseId, String name) {
    return String.valueOf(historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId).variableName(name)
        .singleResult().getValue());
  }

  private String ended(String caseId) {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count()).as("case still running").isZero();
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(caseId).activityType("noneEndEvent")
        .singleResult().getActivityId();
  }

  private Map<String, Object> application(String householdId) {
    return jdbc.sql("select status, outcome_reason from household_application where household_id = ? and application_year = ?")
        .params(householdId, YEAR).query().singleRow();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
