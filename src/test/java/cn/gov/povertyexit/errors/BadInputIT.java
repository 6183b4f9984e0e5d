package cn.gov.povertyexit.errors;

import static cn.gov.povertyexit.errors.BadInputRegister.EXIT_YEAR_OF_CHECK;
import static cn.gov.povertyexit.errors.BadInputRegister.household;
import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.json;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.support.HouseholdCases;
import cn.gov.povertyexit.support.OpenVillageLists;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input over {@code /engine-rest}, as a careless or hostile client sends it to every start form and to the task
 * forms of the household procedure, the county review and the spot-check visits: each answer is a 4xx (never 500)
 * with a Chinese message naming the field or the reason, and nothing changes — neither the register entry (status
 * and trail) nor the case (activities, variables, open tasks) nor the number of cases.
 */
class BadInputIT extends PostgresApplicationTest {

  private static final Logger LOG = LoggerFactory.getLogger(BadInputIT.class);
  private static final int YEAR = 2020;
  /** The county review's own year: no other test has household cases of 修水县 in it. */
  private static final int REVIEW_YEAR = 2018;
  /** The year of the second review, walked to the county government's approval. */
  private static final int APPROVAL_YEAR = 2017;
  /** The year of the meeting the bad appraisals are tried on: no other case of the village is put on that list. */
  private static final int MEETING_YEAR = 2019;
  /** The year of the meeting that takes a long remark. */
  private static final int REMARK_YEAR = 2016;
  private static final String OFFICE = "county-360424-office";
  private static final String WORK_TEAM = "village-360424101201-workteam";
  private static final String COMMITTEE = "village-360424101201-committee";
  private static final String TOWNSHIP = "township-360424101-government";
  private static final String LEADING_GROUP = "county-360424-leadinggroup";
  private static final String OTHER_COUNTYS_HOUSEHOLD = "3604281012020101";
  private static final String UNKNOWN_HOUSEHOLD = "3604241012019999";
  private static final String REMARK_2001 = "核".repeat(2001);

  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger CLEAR = new AtomicInteger();
  private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
  /** Cases walked to a task once and shared by the parameterised refusals, which change nothing. */
  private static final Map<String, String> CASES = new HashMap<>();

  @Autowired JdbcClient jdbc;
  @Autowired StatusRegister register;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void ensureOwnHouseholds() {
    BadInputRegister.ensure(jdbc, register);
  }

  @AfterAll
  static void tally() {
    LOG.info("Bad-input tally: {} tried, {} clear 4xx, {} × 500", TRIED.get(), CLEAR.get(), SERVER_ERRORS.get());
  }

  // ---- start forms

  /** A start with one thing wrong: who starts, what, and the names of the field the refusal must mention. */
  record BadStart(String label, String processKey, String starter, Map<String, Object> variables,
      List<String> subjects, List<String> names) {
    @Override
    public String toString() {
      return processKey + "：" + label;
    }
  }

  static Stream<BadStart> badStarts() {
    List<BadStart> starts = new ArrayList<>();
    String h = household(1);
    // 贫困户退出
    Consumer<Object[]> hh = spec -> starts.add(new BadStart((String) spec[0], "householdExit", OFFICE,
        vars("householdId", spec[1], "exitYear", spec[2]), List.of("H" + h), names(spec, 3)));
    hh.accept(new Object[] {"无户编号", null, integer(YEAR), "householdId", "户编号"});
    hh.accept(new Object[] {"无退出年度", string(h), null, "exitYear", "退出年度"});
    hh.accept(new Object[] {"户编号15位", string(h.substring(0, 15)), integer(YEAR), "householdId", "户编号"});
    hh.accept(new Object[] {"户编号17位", string(h + "1"), integer(YEAR), "householdId", "户编号"});
    hh.accept(new Object[] {"户编号含字母", string(h.substring(0, 15) + "X"), integer(YEAR), "householdId", "户编号"});
    hh.accept(new Object[] {"户编号为数字类型", longValue(Long.parseLong(h)), integer(YEAR), "householdId", "户编号"});
    hh.accept(new Object[] {"外县农户", string(OTHER_COUNTYS_HOUSEHOLD), integer(YEAR), OTHER_COUNTYS_HOUSEHOLD});
    hh.accept(new Object[] {"不存在的农户", string(UNKNOWN_HOUSEHOLD), integer(YEAR), UNKNOWN_HOUSEHOLD});
    hh.accept(new Object[] {"未配置贫困标准的2030年", string(h), integer(2030), "2030"});
    hh.accept(new Object[] {"溢出的年度99999999999", string(h), longValue(99_999_999_999L), "exitYear", "退出年度"});
    hh.accept(new Object[] {"负数年度", string(h), integer(-2020), "exitYear", "退出年度"});
    hh.accept(new Object[] {"小数年度", string(h), doubleValue(2020.5), "exitYear", "退出年度"});
    hh.accept(new Object[] {"年度为文字", string(h), string("二〇二〇"), "exitYear", "退出年度"});
    hh.accept(new Object[] {"年度为布尔值", string(h), bool(true), "exitYear", "退出年度"});
    hh.accept(new Object[] {"年度早于2014", string(h), integer(2013), "exitYear", "退出年度"});
    // 贫困村出列
    String village = BadInputRegister.VILLAGE;
    Consumer<Object[]> vi = spec -> starts.add(new BadStart((String) spec[0], "villageExit", OFFICE,
        vars("villageCode", spec[1], "exitYear", spec[2]), List.of("V" + village), names(spec, 3)));
    vi.accept(new Object[] {"无村代码", null, integer(YEAR), "villageCode", "行政村代码"});
    vi.accept(new Object[] {"村代码11位", string(village.substring(0, 11)), integer(YEAR), "villageCode", "行政村代码"});
    vi.accept(new Object[] {"村代码13位", string(village + "1"), integer(YEAR), "villageCode", "行政村代码"});
    vi.accept(new Object[] {"村代码含字母", string("36042410120A"), integer(YEAR), "villageCode", "行政村代码"});
    vi.accept(new Object[] {"未配置贫困标准的2030年", string(village), integer(2030), "2030"});
    vi.accept(new Object[] {"溢出的年度", string(village), longValue(99_999_999_999L), "exitYear", "出列年度"});
    vi.accept(new Object[] {"外县的村", string("360428101202"), integer(YEAR)});
    // 贫困县摘帽
    Consumer<Object[]> co = spec -> starts.add(new BadStart((String) spec[0], "countyExit", LEADING_GROUP,
        vars("countyCode", spec[1], "exitYear", spec[2]), List.of("C360424"), names(spec, 3)));
    co.accept(new Object[] {"无县代码", null, integer(YEAR), "countyCode", "县级行政区划代码"});
    co.accept(new Object[] {"县代码5位", string("36042"), integer(YEAR), "countyCode", "县级行政区划代码"});
    co.accept(new Object[] {"县代码7位", string("3604241"), integer(YEAR), "countyCode", "县级行政区划代码"});
    co.accept(new Object[] {"未配置贫困标准的2030年", string("360424"), integer(2030), "2030"});
    co.accept(new Object[] {"负数年度", string("360424"), integer(-1), "exitYear", "摘帽年度"});
    co.accept(new Object[] {"外县", string("360428"), integer(YEAR)});
    // 县级贫困户退出审批
    Consumer<Object[]> re = spec -> starts.add(new BadStart((String) spec[0], "countyHouseholdExitReview", OFFICE,
        vars("countyCode", spec[1], "exitYear", spec[2]), List.of("C360424"), names(spec, 3)));
    re.accept(new Object[] {"无年度", string("360424"), null, "exitYear", "退出年度"});
    re.accept(new Object[] {"县代码含字母", string("36042a"), integer(YEAR), "countyCode", "县级行政区划代码"});
    re.accept(new Object[] {"未配置贫困标准的2030年", string("360424"), integer(2030), "2030"});
    re.accept(new Object[] {"溢出的年度", string("360424"), longValue(99_999_999_999L), "exitYear", "退出年度"});
    re.accept(new Object[] {"外县", string("360428"), integer(YEAR)});
    // 县级抽查
    Consumer<Object[]> sc = spec -> starts.add(new BadStart((String) spec[0], "countyHouseholdSpotCheck", OFFICE,
        vars("countyCode", spec[1], "exitYear", spec[2], "sampleRate", spec[3]), List.of("C360424"), names(spec, 4)));
    sc.accept(new Object[] {"抽查比例低于0.10", string("360424"), integer(2016), doubleValue(0.05), "sampleRate", "抽查比例"});
    sc.accept(new Object[] {"抽查比例大于1", string("360424"), integer(2016), doubleValue(1.5), "sampleRate", "抽查比例"});
    sc.accept(new Object[] {"抽查比例为负数", string("360424"), integer(2016), doubleValue(-0.5), "sampleRate", "抽查比例"});
    sc.accept(new Object[] {"抽查比例为文字", string("360424"), integer(2016), string("一半"), "sampleRate", "抽查比例"});
    sc.accept(new Object[] {"未配置贫困标准的2030年", string("360424"), integer(2030), null, "2030"});
    sc.accept(new Object[] {"小数年度", string("360424"), doubleValue(2016.5), null, "exitYear", "抽查年度"});
    sc.accept(new Object[] {"县代码为空", string(""), integer(2016), null, "countyCode", "县级行政区划代码"});
    // 设区市贫困村抽查
    Consumer<Object[]> vs = spec -> starts.add(new BadStart((String) spec[0], "cityVillageSpotCheck",
        "city-360400-leadinggroup", vars("cityCode", spec[1], "exitYear", spec[2], "sampleRate", spec[3]),
        List.of("V" + village), names(spec, 4)));
    vs.accept(new Object[] {"抽查比例低于0.20", string("360400"), integer(2016), doubleValue(0.15), "sampleRate", "抽查比例"});
    vs.accept(new Object[] {"抽查比例大于1", string("360400"), integer(2016), doubleValue(1.01), "sampleRate", "抽查比例"});
    vs.accept(new Object[] {"无市代码", null, integer(2016), null, "cityCode", "设区市行政区划代码"});
    vs.accept(new Object[] {"市代码含字母", string("36040O"), integer(2016), null, "cityCode", "设区市行政区划代码"});
    vs.accept(new Object[] {"未配置贫困标准的2030年", string("360400"), integer(2030), null, "2030"});
    vs.accept(new Object[] {"溢出的年度", string("360400"), longValue(99_999_999_999L), null, "exitYear", "抽查年度"});
    // 设区市退出户抽查
    Consumer<Object[]> hs = spec -> starts.add(new BadStart((String) spec[0], "cityHouseholdSpotCheck",
        "city-360400-leadinggroup", vars("cityCode", spec[1], "exitYear", spec[2], "sampleRate", spec[3]),
        List.of("C360424"), names(spec, 4)));
    hs.accept(new Object[] {"抽查比例低于0.10", string("360400"), integer(2016), doubleValue(0.05), "sampleRate", "抽查比例"});
    hs.accept(new Object[] {"抽查比例为文字", string("360400"), integer(2016), string("一半"), "sampleRate", "抽查比例"});
    hs.accept(new Object[] {"无市代码", null, integer(2016), null, "cityCode", "设区市行政区划代码"});
    hs.accept(new Object[] {"未配置贫困标准的2030年", string("360400"), integer(2030), null, "2030"});
    hs.accept(new Object[] {"小数年度", string("360400"), doubleValue(2016.5), null, "exitYear", "抽查年度"});
    // 省第三方评估
    Consumer<Object[]> pa = spec -> starts.add(new BadStart((String) spec[0], "provinceExitAssessment",
        "province-360000-leadinggroup", vars("provinceCode", spec[1], "exitYear", spec[2]), List.of("C360424"),
        names(spec, 3)));
    pa.accept(new Object[] {"无省代码", null, integer(2016), "provinceCode", "省级行政区划代码"});
    pa.accept(new Object[] {"省代码7位", string("3600000"), integer(2016), "provinceCode", "省级行政区划代码"});
    pa.accept(new Object[] {"未配置贫困标准的2030年", string("360000"), integer(2030), "2030"});
    pa.accept(new Object[] {"负数年度", string("360000"), integer(-2016), "exitYear", "评估年度"});
    pa.accept(new Object[] {"年度为文字", string("360000"), string("去年"), "exitYear", "评估年度"});
    // 登记异议
    Consumer<Object[]> ob = spec -> starts.add(new BadStart((String) spec[0], "objectionRegistration", COMMITTEE,
        vars("householdId", spec[1], "exitYear", spec[2], "objectorName", spec[3], "objectionContent", spec[4]),
        List.of("H" + household(4)), names(spec, 5)));
    String objected = household(4);
    ob.accept(new Object[] {"无异议内容", string(objected), integer(YEAR), string("村民甲"), null, "objectionContent", "异议内容"});
    ob.accept(new Object[] {"无异议人", string(objected), integer(YEAR), null, string("收入未如实申报"), "objectorName", "异议人"});
    ob.accept(new Object[] {"异议人41字", string(objected), integer(YEAR), string("甲".repeat(41)), string("收入未如实申报"),
        "objectorName", "异议人"});
    ob.accept(new Object[] {"异议内容2001字", string(objected), integer(YEAR), string("村民甲"), string(REMARK_2001),
        "objectionContent", "异议内容"});
    ob.accept(new Object[] {"户编号17位", string(objected + "7"), integer(YEAR), string("村民甲"), string("收入未如实申报"),
        "householdId", "户编号"});
    ob.accept(new Object[] {"未配置贫困标准的2030年", string(objected), integer(2030), string("村民甲"), string("收入未如实申报")});
    ob.accept(new Object[] {"溢出的年度", string(objected), longValue(99_999_999_999L), string("村民甲"), string("收入未如实申报"),
        "exitYear", "年度"});
    ob.accept(new Object[] {"不在公示期的农户", string(household(1)), integer(YEAR), string("村民甲"), string("收入未如实申报")});
    ob.accept(new Object[] {"未指明对象", null, integer(YEAR), string("村民甲"), string("收入未如实申报")});
    return starts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  @DisplayName("开始表单的错误输入：4xx中文提示，不开案件，登记册不变")
  void shouldRefuseABadStartAndStartNothing(BadStart start) {
    if (start.processKey().equals("objectionRegistration")) {
      caseInVillageNotice("objected", household(4), YEAR);
    }
    Supplier<Object> state = () -> List.of(instancesOf(start.processKey()), registerOf(start.subjects()));
    Object before = state.get();

    RestApi.Response response = restAs(start.starter()).post("/process-definition/key/" + start.processKey() + "/start",
        Map.of("variables", start.variables()));
    deleteIfStarted(response);

    assertClearRefusal(response, start.names());
    assertThat(state.get()).as("nothing changed " + answered(response)).isEqualTo(before);
  }

  // ---- task forms

  /** A completion with one thing wrong, of the task at which {@code stage} waits. */
  record BadCompletion(String label, String stage, Map<String, Object> variables, List<String> names) {
    @Override
    public String toString() {
      return stage + "：" + label;
    }
  }

  static Stream<BadCompletion> badCompletions() {
    List<BadCompletion> completions = new ArrayList<>();
    // 年终摸底调查 (the register's data stand in the form; each case changes one field)
    Consumer<Object[]> survey = spec -> completions.add(new BadCompletion((String) spec[0], "survey",
        vars(spec[1], spec[2]), names(spec, 3)));
    survey.accept(new Object[] {"家庭人口数0", "memberCount", longValue(0), "memberCount", "家庭人口数"});
    survey.accept(new Object[] {"家庭人口数100", "memberCount", longValue(100), "memberCount", "家庭人口数"});
    survey.accept(new Object[] {"家庭人口数为小数", "memberCount", doubleValue(2.5), "memberCount", "家庭人口数"});
    survey.accept(new Object[] {"工资性收入为负数", "wageIncome", doubleValue(-1), "wageIncome", "工资性收入"});
    survey.accept(new Object[] {"生产经营费用支出1e9", "businessCosts", doubleValue(1e9), "人均可支配收入"});
    survey.accept(new Object[] {"工资性收入1e10", "wageIncome", doubleValue(1e10), "人均可支配收入"});
    survey.accept(new Object[] {"工资性收入为文字", "wageIncome", string("很多"), "wageIncome", "工资性收入"});
    survey.accept(new Object[] {"低保状态不在选项中", "dibao", string("POOR"), "dibao", "最低生活保障"});
    survey.accept(new Object[] {"住房等级E", "housingRating", string("E"), "housingRating", "住房安全鉴定等级"});
    survey.accept(new Object[] {"是否项不是布尔值", "foodClothingSecure", string("是"), "foodClothingSecure", "不愁吃"});
    survey.accept(new Object[] {"辍学人数为负数", "childrenOutOfSchool", longValue(-1), "childrenOutOfSchool", "辍学"});
    survey.accept(new Object[] {"改写只读的户编号", "householdId", string(OTHER_COUNTYS_HOUSEHOLD), "householdId", "户编号"});
    survey.accept(new Object[] {"表单外的字段", "countyCode", string("360428"), "countyCode"});
    survey.accept(new Object[] {"1 MB以内的超长户编号", "householdId", string("3".repeat(400_000)), "householdId", "户编号"});
    // 召开民主评议会
    Consumer<Object[]> appraisal = spec -> {
      Map<String, Object> variables = meetingOf(household(2), MEETING_YEAR);
      if (spec[2] == null) {
        variables.remove(spec[1]);
      } else {
        variables.put((String) spec[1], spec[2]);
      }
      completions.add(new BadCompletion((String) spec[0], "appraisal", variables, names(spec, 3)));
    };
    appraisal.accept(new Object[] {"日期2019年13月5日", "appraisalDate", string("2019年13月5日"), "评议日期"});
    appraisal.accept(new Object[] {"日期12/05/2019", "appraisalDate", string("12/05/2019"), "appraisalDate", "评议"});
    appraisal.accept(new Object[] {"日期2019-13-01", "appraisalDate", string("2019-13-01"), "评议日期"});
    appraisal.accept(new Object[] {"评议日期在下一年", "appraisalDate", string("2020-01-05"), "评议日期", "2019"});
    appraisal.accept(new Object[] {"无评议日期", "appraisalDate", null, "appraisalDate", "评议"});
    appraisal.accept(new Object[] {"未表决的农户", "agreedHouseholds", json("[]"), "尚未评议", household(2)});
    appraisal.accept(new Object[] {"同意名单不是列表", "agreedHouseholds", string("全部同意"), "agreedHouseholds", "同意退出"});
    appraisal.accept(new Object[] {"同意名单外的户编号", "agreedHouseholds", json("[\"" + OTHER_COUNTYS_HOUSEHOLD + "\"]"),
        "agreedHouseholds", "同意退出"});
    appraisal.accept(new Object[] {"不同意而无理由", "refusedHouseholds", string(household(2)), "理由"});
    appraisal.accept(new Object[] {"参会人数0", "appraisalAttendance", longValue(0), "appraisalAttendance", "参会人数"});
    appraisal.accept(new Object[] {"参会人数501", "appraisalAttendance", longValue(501), "appraisalAttendance", "参会人数"});
    appraisal.accept(new Object[] {"评议意见2001字", "appraisalRemarks", string(REMARK_2001), "appraisalRemarks", "评议意见"});
    appraisal.accept(new Object[] {"无张贴地点", "noticePostingPlace", null, "noticePostingPlace", "张贴地点"});
    appraisal.accept(new Object[] {"张贴地点为空白", "noticePostingPlace", string("   "), "张贴地点"});
    appraisal.accept(new Object[] {"张贴地点201字", "noticePostingPlace", string("栏".repeat(201)), "noticePostingPlace", "张贴地点"});
    // 乡镇入户核实
    Consumer<Object[]> verification = spec -> {
      Map<String, Object> variables = listVerificationOf(household(3), YEAR);
      if (spec[2] == null) {
        variables.remove(spec[1]);
      } else {
        variables.put((String) spec[1], spec[2]);
      }
      completions.add(new BadCompletion((String) spec[0], "verification", variables, names(spec, 3)));
    };
    verification.accept(new Object[] {"第二次公示无张贴地点", "secondNoticePostingPlace", null, "secondNoticePostingPlace", "张贴地点"});
    verification.accept(new Object[] {"核实人员两人", "verifiers", json("[{\"name\":\"刘洋\"},{\"name\":\"陈静\"}]"),
        "核实", "3"});
    verification.accept(new Object[] {"核实人员不是列表", "verifiers", json("{\"name\":\"刘洋\"}"), "verifiers", "核实人员"});
    verification.accept(new Object[] {"核实人员两行", "verifiers", string("刘洋 镇扶贫办\n陈静 村支书"), "核实", "3"});
    verification.accept(new Object[] {"核实日期2020/12/32", "verificationDate", string("2020/12/32"), "核实日期"});
    verification.accept(new Object[] {"无核实日期", "verificationDate", null, "verificationDate", "核实"});
    verification.accept(new Object[] {"未核实的农户", "confirmedHouseholds", json("[]"), "尚未核实", household(3)});
    verification.accept(new Object[] {"既核实无误又需更正", "householdsToCorrect", json("[\"" + household(3) + "\"]"),
        "只选其一"});
    verification.accept(new Object[] {"名单外的字段", "memberCount", longValue(2), "memberCount"});
    verification.accept(new Object[] {"核实意见2001字", "verificationRemarks", string(REMARK_2001), "verificationRemarks", "核实意见"});
    // 核实异议 (in the village notice)
    Consumer<Object[]> objection = spec -> {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("objectionFindings", string("经核实，务工收入已计入"));
      variables.put("objectionUpheld", bool(false));
      if (spec[2] == null) {
        variables.remove(spec[1]);
      } else {
        variables.put((String) spec[1], spec[2]);
      }
      completions.add(new BadCompletion((String) spec[0], "objection", variables, names(spec, 3)));
    };
    objection.accept(new Object[] {"异议成立为文字", "objectionUpheld", string("是"), "objectionUpheld", "异议成立"});
    objection.accept(new Object[] {"无核实情况", "objectionFindings", null, "objectionFindings", "核实情况"});
    objection.accept(new Object[] {"核实情况2001字", "objectionFindings", string(REMARK_2001), "objectionFindings", "核实情况"});
    objection.accept(new Object[] {"改写只读的异议内容", "objectionContent", string("无异议"), "objectionContent", "异议内容"});
    // 县扶贫开发领导小组审核
    Consumer<Object[]> review = spec -> {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("exclusions", json("[]"));
      variables.put("reviewDate", string(REVIEW_YEAR + "-12-10"));
      if (spec[2] == null) {
        variables.remove(spec[1]);
      } else {
        variables.put((String) spec[1], spec[2]);
      }
      completions.add(new BadCompletion((String) spec[0], "review", variables, names(spec, 3)));
    };
    review.accept(new Object[] {"剔除名单不是列表", "exclusions", json("{\"householdId\":\"" + household(6) + "\"}"),
        "exclusions", "剔除"});
    review.accept(new Object[] {"剔除农户缺理由", "exclusions", string(household(6)), "剔除"});
    review.accept(new Object[] {"剔除名单外的农户", "exclusions", json("[{\"householdId\":\"" + UNKNOWN_HOUSEHOLD
        + "\",\"reason\":\"收入不实\"}]"), UNKNOWN_HOUSEHOLD});
    review.accept(new Object[] {"审核日期2018年12月32日", "reviewDate", string("2018年12月32日"), "审核日期"});
    review.accept(new Object[] {"无审核日期", "reviewDate", null, "reviewDate", "审核"});
    // 县人民政府批准并公告
    Consumer<Object[]> approval = spec -> {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("announcementNumber", string("修府字〔" + APPROVAL_YEAR + "〕8号"));
      variables.put("announcementDate", string(APPROVAL_YEAR + "-12-28"));
      if (spec[2] == null) {
        variables.remove(spec[1]);
      } else {
        variables.put((String) spec[1], spec[2]);
      }
      completions.add(new BadCompletion((String) spec[0], "approval", variables, names(spec, 3)));
    };
    approval.accept(new Object[] {"批准文号61字", "announcementNumber", string("文".repeat(61)), "announcementNumber", "批准文号"});
    approval.accept(new Object[] {"无批准文号", "announcementNumber", null, "announcementNumber", "批准文号"});
    approval.accept(new Object[] {"批准文号为数字", "announcementNumber", longValue(8), "announcementNumber", "批准文号"});
    approval.accept(new Object[] {"公告日期12/28/2017", "announcementDate", string("12/28/2017"), "announcementDate", "公告"});
    approval.accept(new Object[] {"改写只读的年度", "exitYear", string("2020"), "exitYear", "退出年度"});
    // 入户抽查 (the spot check of 修水县's 2017 exits)
    Consumer<Object[]> visit = spec -> {
      Map<String, Object> variables = findings();
      if (spec[2] == null) {
        variables.remove(spec[1]);
      } else {
        variables.put((String) spec[1], spec[2]);
      }
      completions.add(new BadCompletion((String) spec[0], "visit", variables, names(spec, 3)));
    };
    visit.accept(new Object[] {"家庭人口数0", "memberCount", longValue(0), "memberCount", "家庭人口数"});
    visit.accept(new Object[] {"家庭人口数100", "memberCount", longValue(100), "memberCount", "家庭人口数"});
    visit.accept(new Object[] {"工资性收入为负数", "wageIncome", doubleValue(-300), "wageIncome", "工资性收入"});
    visit.accept(new Object[] {"生产经营费用支出1e9", "businessCosts", doubleValue(1e9), "人均可支配收入"});
    visit.accept(new Object[] {"核查说明2001字", "assessmentRemarks", string(REMARK_2001), "assessmentRemarks", "核查说明"});
    visit.accept(new Object[] {"住房等级不在选项中", "housingRating", string("AA"), "housingRating", "住房安全鉴定等级"});
    visit.accept(new Object[] {"饮水安全不是布尔值", "drinkingWaterSafe", string("yes"), "drinkingWaterSafe", "饮水安全"});
    // the visit starts from the register's figures, so a field left out keeps the register's; a cleared one is refused
    visit.accept(new Object[] {"家庭人口数清空", "memberCount", string(""), "memberCount", "家庭人口数"});
    return completions.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCompletions")
  @DisplayName("任务表单的错误输入：4xx中文提示，任务仍待办，案件和登记册不变")
  void shouldRefuseABadCompletionAndKeepTheTask(BadCompletion completion) {
    Stage stage = stage(completion.stage());
    Supplier<Object> state = () -> List.of(caseState(stage.caseId()), registerOf(List.of("H" + stage.household())));
    Object before = state.get();

    RestApi.Response response = restAs(stage.official()).post("/task/" + stage.taskId() + "/complete",
        Map.of("variables", completion.variables()));

    assertClearRefusal(response, completion.names());
    assertThat(state.get()).as("nothing changed " + answered(response)).isEqualTo(before);
  }

  @Test
  @DisplayName("两千字的评议意见照常提交")
  void shouldAcceptARemarkOfTwoThousandCharacters() {
    String exit = caseAtAppraisal("remark", household(7), REMARK_YEAR);
    Map<String, Object> variables = meetingOf(household(7), REMARK_YEAR);
    variables.put("appraisalRemarks", string("评".repeat(2000)));

    RestApi.Response response = restAs(COMMITTEE).post("/task/" + onlyTask(exit) + "/complete", Map.of("variables", variables));

    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }

  // ---- repeated completion, races, unknown ids

  @Test
  @DisplayName("同一任务第二次办理：404中文提示，案件不变")
  void shouldRefuseTheSecondCompletionOfATask() {
    String exit = caseAtSurvey("twice", household(8), YEAR);
    String survey = onlyTask(exit);
    RestApi workTeam = restAs(WORK_TEAM);
    assertThat(workTeam.post("/task/" + survey + "/complete", Map.of("variables", Map.of())).status()).isEqualTo(204);
    listOf(exit);
    Supplier<Object> state = () -> List.of(caseState(exit), registerOf(List.of("H" + household(8))));
    Object before = state.get();

    RestApi.Response again = workTeam.post("/task/" + survey + "/complete", Map.of("variables", Map.of()));

    assertThat(again.status()).as(again.body()).isIn(404, 409);
    assertClearRefusal(again, List.of("已被他人办理", "已经办结"));
    assertThat(state.get()).as(answered(again)).isEqualTo(before);
  }

  @Test
  @DisplayName("两名干部同时办理同一任务：一人办成，另一人得到“已被他人办理”")
  void shouldLetOneOfTwoSimultaneousCompletionsThrough() throws Exception {
    String exit = caseAtSurvey("race", household(9), YEAR);
    String survey = onlyTask(exit);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService officials = Executors.newFixedThreadPool(2);
    try {
      List<Future<RestApi.Response>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        RestApi official = restAs(WORK_TEAM);
        answers.add(officials.submit(() -> {
          go.await();
          return official.post("/task/" + survey + "/complete", Map.of("variables", Map.of()));
        }));
      }
      go.countDown();
      List<RestApi.Response> responses = List.of(answers.get(0).get(), answers.get(1).get());

      assertThat(responses).extracting(RestApi.Response::status).containsOnlyOnce(204);
      RestApi.Response loser = responses.stream().filter(answer -> answer.status() != 204).findFirst().orElseThrow();
      // 409 or 404 「…已被他人办理…」; a loser that reads the task just before the winner's commit removes the task's
      // authorizations is answered 403 「您无权执行此操作」 — refused and in Chinese, but not yet the clearest answer
      assertThat(loser.status()).as(loser.body()).isIn(403, 404, 409);
      assertClearRefusal(loser, loser.status() == 403 ? List.of() : List.of("已被他人办理"));
      assertThat(candidates(listOf(exit), "appraisalCandidates")).as("the survey completed once: on the list once")
          .containsOnlyOnce(household(9));
    } finally {
      officials.shutdownNow();
    }
  }

  static Stream<Arguments> unknownIds() {
    return Stream.of(
        Arguments.of("不存在的任务", "/task/no-such-task/complete"),
        Arguments.of("不存在的任务（表单提交）", "/task/00000000-0000-0000-0000-000000000000/submit-form"),
        Arguments.of("不存在的流程定义", "/process-definition/key/noSuchProcess/start"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownIds")
  @DisplayName("不存在的任务或流程：404中文提示")
  void shouldAnswerAnUnknownIdWithAChineseRefusal(String label, String path) {
    RestApi.Response response = restAs(WORK_TEAM).post(path, Map.of("variables", Map.of()));

    assertThat(response.status()).as(response.body()).isIn(403, 404);
    assertClearRefusal(response, List.of());
  }

  // ---- bodies

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("不是JSON", "{\"variables\": {", 400),
        Arguments.of("空请求体", "", 400),
        Arguments.of("JSON数组", "[1,2,3]", 400),
        Arguments.of("变量不是对象", "{\"variables\": [1,2]}", 400),
        Arguments.of("变量值缺少类型和值", "{\"variables\": {\"householdId\": \"" + household(2) + "\"}}", 400),
        Arguments.of("超过512 KB的请求体", "{\"variables\": {\"householdId\": {\"value\": \"" + "3".repeat(600 * 1024)
            + "\", \"type\": \"String\"}}}", 413),
        Arguments.of("1 MB的户编号", "{\"variables\": {\"householdId\": {\"value\": \"" + "3".repeat(1024 * 1024)
            + "\", \"type\": \"String\"}, \"exitYear\": {\"value\": 2020, \"type\": \"Integer\"}}}", 413));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  @DisplayName("畸形、空或过大的请求体：4xx中文提示，不开案件，不回显提交内容")
  void shouldRefuseABadBody(String label, String body, int status) {
    Supplier<Object> state = () -> List.of(instancesOf("householdExit"), registerOf(List.of("H" + household(2))));
    Object before = state.get();

    RestApi.Response response = restAs(OFFICE).postRaw("/process-definition/key/householdExit/start", body);
    deleteIfStarted(response);

    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertClearRefusal(response, List.of());
    assertThat(state.get()).as(answered(response)).isEqualTo(before);
  }

  // ---- what a clear refusal is

  private static void assertClearRefusal(RestApi.Response response, List<String> names) {
    TRIED.incrementAndGet();
    if (response.status() >= 500) {
      SERVER_ERRORS.incrementAndGet();
    }
    assertThat(response.status()).as("status, body: " + abbreviated(response.body())).isBetween(400, 499);
    assertThat(response.body().length()).as("the answer does not echo a huge input").isLessThan(4000);
    String message = response.json().path("message").asText("");
    assertThat(message).as("message of " + response.body()).containsPattern("\\p{IsHan}")
        .doesNotContain("ENGINE-", "Exception", "Cannot ", "null", "at org.", "java.");
    if (!names.isEmpty()) {
      assertThat(names).as("the message names the field or the reason: " + message).anyMatch(message::contains);
    }
    CLEAR.incrementAndGet();
  }

  private static String abbreviated(String body) {
    return body == null || body.length() < 500 ? body : body.substring(0, 500) + "…";
  }

  private static String answered(RestApi.Response response) {
    return "after the call answered " + response.status() + " " + abbreviated(response.body());
  }

  private void deleteIfStarted(RestApi.Response response) {
    if (response.status() == 200 && response.body().contains("\"id\"")) {
      admin().delete("/process-instance/" + response.json().get("id").asText() + "?skipCustomListeners=true&skipIoMappings=true");
    }
  }

  // ---- state: the register and the cases

  private RestApi admin() {
    return restAs("admin", ADMIN_PASSWORD);
  }

  /** Status and number of trail rows of each subject ("H" + household id, "V" + village code, "C" + county code). */
  private Map<String, String> registerOf(List<String> subjects) {
    Map<String, String> entries = new TreeMap<>();
    for (String subject : subjects) {
      String id = subject.substring(1);
      String[] table = switch (subject.charAt(0)) {
        case 'H' -> new String[] {"household", "id", "HOUSEHOLD"};
        case 'V' -> new String[] {"village", "code", "VILLAGE"};
        default -> new String[] {"county", "code", "COUNTY"};
      };
      String status = jdbc.sql("select status from " + table[0] + " where " + table[1] + " = ?").param(id)
          .query(String.class).single();
      long trail = jdbc.sql("select count(*) from status_change where subject_type = ? and subject_id = ?")
          .params(table[2], id).query(Long.class).single();
      entries.put(subject, status + " / " + trail);
    }
    return entries;
  }

  private long instancesOf(String processKey) {
    return jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = ?").param(processKey)
        .query(Long.class).single();
  }

  /** Activities, variables (serialised) and open tasks of a case and the notices it has called. */
  private Map<String, Object> caseState(String processInstanceId) {
    Map<String, Object> state = new TreeMap<>();
    RestApi admin = admin();
    List<String> instances = new ArrayList<>(List.of(processInstanceId));
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(sub -> instances.add(sub.getId()));
    for (String instance : instances) {
      List<String> activities = new ArrayList<>(runtimeService.getActiveActivityIds(instance));
      activities.sort(String::compareTo);
      Map<String, JsonNode> variables = new TreeMap<>();
      admin.get("/process-instance/" + instance + "/variables?deserializeValues=false").json().fields()
          .forEachRemaining(field -> variables.put(field.getKey(), field.getValue()));
      Map<String, String> tasks = new TreeMap<>();
      for (JsonNode task : admin.get("/task?processInstanceId=" + instance).json()) {
        tasks.put(task.get("id").asText(), task.get("taskDefinitionKey").asText());
      }
      state.put(instance, List.of(activities, variables, tasks));
    }
    return state;
  }

  // ---- the cases the task refusals work on, walked once

  record Stage(String caseId, String taskId, String official, String household) {}

  private Stage stage(String name) {
    return switch (name) {
      case "survey" -> {
        String exit = caseAtSurvey("survey", household(1), YEAR);
        yield new Stage(exit, onlyTask(exit), WORK_TEAM, household(1));
      }
      case "appraisal" -> {
        // a year of its own: the meeting stays open while the bad completions are tried
        String list = caseAtAppraisal("appraisal", household(2), MEETING_YEAR);
        yield new Stage(list, onlyTask(list), COMMITTEE, household(2));
      }
      case "verification" -> {
        String exit = caseAtVerification("verification", household(3), YEAR);
        yield new Stage(exit, onlyTask(exit), TOWNSHIP, household(3));
      }
      case "objection" -> {
        String exit = caseInVillageNotice("objected", household(4), YEAR);
        yield new Stage(exit, objectionVerification(exit), COMMITTEE, household(4));
      }
      case "review" -> {
        String review = reviewOf2018();
        yield new Stage(review, onlyTask(review), LEADING_GROUP, household(5));
      }
      case "approval" -> {
        String review = approvalOf2017();
        yield new Stage(review, onlyTask(review), "county-360424-government", household(6));
      }
      case "visit" -> {
        String check = spotCheckOf2017();
        yield new Stage(check, firstTask(check), LEADING_GROUP, household(11));
      }
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The case walked under {@code key}, walking it the first time (walks nest, hence no computeIfAbsent). */
  private static String cached(String key, Function<String, String> walk) {
    String walked = CASES.get(key);
    if (walked == null) {
      walked = walk.apply(key);
      CASES.put(key, walked);
    }
    return walked;
  }

  private String startCase(String household, int year) {
    RestApi.Response started = restAs(OFFICE).post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(household), "exitYear", integer(year))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String caseAtSurvey(String key, String household, int year) {
    return cached(key + "@survey", k -> {
      String exit = startCase(household, year);
      onlyTask(exit);
      return exit;
    });
  }

  /** Surveyed and on its village's list: the list, whose meeting waits for the committee. */
  private String caseAtAppraisal(String key, String household, int year) {
    return cached(key + "@appraisal", k -> {
      OpenVillageLists.end(runtimeService, BadInputRegister.VILLAGE, year);
      String exit = caseAtSurvey(key, household, year);
      completeOnlyTask(restAs(WORK_TEAM), exit, Map.of());
      String list = listOf(exit);
      onlyTask(list);
      return list;
    });
  }

  private String caseInVillageNotice(String key, String household, int year) {
    return cached(key + "@notice", k -> {
      String list = caseAtAppraisal(key, household, year);
      completeOnlyTask(restAs(COMMITTEE), list, appraisalOf(list, year));
      String exit = caseAtSurvey(key, household, year);
      noticeOf(exit);
      return exit;
    });
  }

  /** Past the village's notice, on the township's list verification: the list. */
  private String caseAtVerification(String key, String household, int year) {
    return cached(key + "@verification", k -> {
      String exit = caseInVillageNotice(key, household, year);
      passNotice(exit);
      String list = listOf(exit);
      onlyTask(list);
      return list;
    });
  }

  private String caseAwaitingCountyDecision(String key, String household, int year) {
    return cached(key + "@decision", k -> {
      String list = caseAtVerification(key, household, year);
      String exit = caseAtSurvey(key, household, year);
      completeOnlyTask(restAs(TOWNSHIP), list, verificationOf(list, year));
      passNotice(exit);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (!runtimeService.getActiveActivityIds(exit).contains("Activity_AwaitCountyDecision")
          && Instant.now().isBefore(deadline)) {
        pause(250);
      }
      assertThat(runtimeService.getActiveActivityIds(exit)).containsExactly("Activity_AwaitCountyDecision");
      return exit;
    });
  }

  private String reviewOf2018() {
    return cached("review", k -> {
      caseAwaitingCountyDecision("reviewed", household(5), REVIEW_YEAR);
      RestApi.Response started = restAs(OFFICE).post("/process-definition/key/countyHouseholdExitReview/start",
          Map.of("variables", Map.of("countyCode", string("360424"), "exitYear", integer(REVIEW_YEAR))));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      String review = started.json().get("id").asText();
      onlyTask(review);
      return review;
    });
  }

  /** A second review of 修水县, of 2017, walked through the filings and the assessors to the government's approval. */
  private String approvalOf2017() {
    return cached("approval", k -> {
      caseAwaitingCountyDecision("approved", household(6), APPROVAL_YEAR);
      RestApi.Response started = restAs(OFFICE).post("/process-definition/key/countyHouseholdExitReview/start",
          Map.of("variables", Map.of("countyCode", string("360424"), "exitYear", integer(APPROVAL_YEAR))));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      String review = started.json().get("id").asText();
      completeOnlyTask(restAs(LEADING_GROUP), review, Map.of("exclusions", json("[]"),
          "reviewDate", string(APPROVAL_YEAR + "-12-10")));
      completeOnlyTask(restAs("city-360400-leadinggroup"), review, Map.of("cityFilingDate", string(APPROVAL_YEAR + "-12-12"),
          "cityFilingNumber", string("九扶备〔" + APPROVAL_YEAR + "〕9号"), "cityCommissionNumber", string("浔扶委〔2020〕8号")));
      completeOnlyTask(restAs("province-360000-leadinggroup"), review, Map.of("provinceFilingDate",
          string(APPROVAL_YEAR + "-12-13"), "provinceFilingNumber", string("赣扶备〔" + APPROVAL_YEAR + "〕32号"),
        "provinceCommissionNumber", string("赣扶委〔2020〕15号"), "assessmentAgency", string("江西财经大学精准扶贫评估中心")));
      completeOnlyTask(restAs("province-360000-assessor"), review, findings());
      onlyTask(review);
      return review;
    });
  }

  private String spotCheckOf2017() {
    return cached("spotCheck", k -> {
      RestApi.Response started = restAs(OFFICE).post("/process-definition/key/countyHouseholdSpotCheck/start",
          Map.of("variables", Map.of("countyCode", string("360424"), "exitYear", integer(EXIT_YEAR_OF_CHECK),
              "sampleRate", doubleValue(1.0))));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      String check = started.json().get("id").asText();
      firstTask(check);
      return check;
    });
  }

  private String onlyTask(String processInstanceId) {
    JsonNode tasks = waitForTasks(admin(), processInstanceId);
    assertThat(tasks).as("tasks of " + processInstanceId).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private String firstTask(String processInstanceId) {
    JsonNode tasks = waitForTasks(admin(), processInstanceId);
    assertThat(tasks).as("tasks of " + processInstanceId).isNotEmpty();
    return tasks.get(0).get("id").asText();
  }

  /** The objection verification of the case's village notice, after an objection registered by the committee. */
  private String objectionVerification(String exit) {
    return cached("objection@verify", k -> {
      noticeOf(exit);
      RestApi.Response raised = restAs(COMMITTEE).post("/process-definition/key/objectionRegistration/start",
          Map.of("variables", Map.of("householdId", string(household(4)), "exitYear", integer(YEAR),
              "objectorName", string("村民乙"), "objectionContent", string("该户子女务工收入未如实申报"))));
      assertThat(raised.status()).as(raised.body()).isEqualTo(200);
      // the objection takes the household off its list's notice into a notice of its own, to be verified
      return onlyTask(noticeOf(exit));
    });
  }

  private String noticeOf(String caseId) {
    return HouseholdCases.noticeOf(runtimeService, managementService, caseId);
  }

  private String listOf(String exit) {
    return HouseholdCases.listOf(runtimeService, exit);
  }

  private List<String> candidates(String list, String options) {
    return HouseholdCases.candidates(runtimeService, list, options);
  }

  private void passNotice(String caseId) {
    Job timer = managementService.createJobQuery().processInstanceId(noticeOf(caseId)).timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  // ---- valid form contents, changed one field at a time by the cases

  /** A meeting that agrees to the one household of its list. */
  private static Map<String, Object> meetingOf(String household, int year) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("appraisalDate", string(year + "-11-20"));
    fields.put("appraisalAttendance", longValue(27));
    fields.put("noticePostingPlace", string("本村村务公开栏"));
    fields.put("agreedHouseholds", json("[\"" + household + "\"]"));
    return fields;
  }

  /** A township verification that confirms the one household of its list. */
  private static Map<String, Object> listVerificationOf(String household, int year) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("verificationDate", string(year + "-12-01"));
    fields.put("verifiers", string("刘洋 镇扶贫办主任\n陈静 村支书\n黄磊 驻村第一书记"));
    fields.put("confirmedHouseholds", json("[\"" + household + "\"]"));
    fields.put("secondNoticePostingPlace", string("本村村务公开栏"));
    return fields;
  }

  /** The committee's meeting: every household of the list that meets the standard agreed. */
  private Map<String, Object> appraisalOf(String list, int year) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("appraisalDate", string(year + "-11-20"));
    fields.put("appraisalAttendance", longValue(27));
    fields.put("noticePostingPlace", string("本村村务公开栏"));
    fields.put("agreedHouseholds", json(org.camunda.spin.Spin.JSON(candidates(list, "appraisalCandidates")).toString()));
    return fields;
  }

  /** The township's verification of the list: every household confirmed. */
  private Map<String, Object> verificationOf(String list, int year) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("verificationDate", string(year + "-12-01"));
    fields.put("confirmedHouseholds", json(org.camunda.spin.Spin.JSON(candidates(list, "verificationCandidates")).toString()));
    fields.put("secondNoticePostingPlace", string("本村村务公开栏"));
    fields.put("verifiers", json("[{\"name\":\"刘洋\"},{\"name\":\"陈静\"},{\"name\":\"黄磊\"}]"));
    return fields;
  }

  private static Map<String, Object> findings() {
    Map<String, Object> found = new LinkedHashMap<>();
    found.put("memberCount", longValue(2));
    found.put("wageIncome", doubleValue(9000));
    found.put("businessIncome", doubleValue(2000));
    found.put("businessCosts", doubleValue(500));
    found.put("propertyIncome", doubleValue(0));
    found.put("transferIncome", doubleValue(800));
    found.put("dibao", string("NONE"));
    found.put("foodClothingSecure", bool(true));
    found.put("childrenOutOfSchool", longValue(0));
    found.put("uninsuredMembers", longValue(0));
    found.put("seriousIllnessUnassisted", longValue(0));
    found.put("housingRating", string("A"));
    found.put("drinkingWaterSafe", bool(true));
    return found;
  }

  /** Name → value pairs, leaving out the nulls (a missing field). */
  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        variables.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return variables;
  }

  private static List<String> names(Object[] spec, int from) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < spec.length; i++) {
      names.add((String) spec[i]);
    }
    return names;
  }
}
