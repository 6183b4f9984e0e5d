package cn.gov.povertyexit.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.StatusChange;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.CountyExitTestCounties;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of countyExit (seed 000 五(3)): 兴国县 (national key county) by the State Council branch,
 * 南岳区 and 衡山县 (province-designated) by the provincial leading group's decision, 于都县 and 宁都县 returned by the
 * city's and the province's reviews. Each county is its own: a returned county's case stays open.
 */
class CountyExitProcessIT extends ProcessEngineTest {

  private static final String NANYUE = "430412";
  private static final String XINGGUO = CountyExitTestCounties.XINGGUO;
  private static final String YUDU = CountyExitTestCounties.YUDU;
  private static final String NINGDU = CountyExitTestCounties.NINGDU;
  private static final String HENGSHAN = CountyExitTestCounties.HENGSHAN;

  @Autowired RuntimeService runtimeService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerCounties() {
    OtherProvinceRegister.ensure(jdbc);
    CountyExitTestCounties.ensure(jdbc);
  }

  @Test
  void shouldReturnAFailingNationalKeyCountyToTheCityTwiceAndThenLetTheProvinceApproveIt() {
    // given
    ProcessInstance exit = start(XINGGUO);
    assertThat(register.currentStatus(SubjectType.COUNTY, XINGGUO)).contains(CountyStatus.APPLIED);
    cityReview(exit);

    // when: the assessors find 2.01% wrongly exited
    assess(exit, 201);

    // then: the city verifies and deals with it, and the county is back in the procedure
    assertThat(exit).isWaitingAt("Activity_CityHandling").task().hasCandidateGroup("city-360700-leadinggroup");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("第三方评估核查未达到退出标准：错退率2.01%，高于2.00%");
    complete(task(exit), withVariables("cityHandlingReport", "已逐户复核并整改"));
    cityReview(exit);
    assess(exit, 200);
    provinceCheck(exit);
    passNotice(exit);

    // and the State Council's inspection fails once
    assertThat(exit).isWaitingAt("Activity_ReportToStateCouncil").task().hasCandidateGroup("province-360000-leadinggroup");
    complete(task(exit), withVariables("stateCouncilReport", "兴国县拟退出情况报告"));
    assertThat(exit).task().hasCandidateGroup("national-100000-leadinggroup");
    complete(task(exit), withVariables("inspectionPassed", false, "inspectionFindings", "退出程序档案不完整"));
    assertThat(exit).isWaitingAt("Activity_CityHandling");
    // the city reads why the county came back
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("国务院扶贫开发领导小组专项评估检查不合格：退出程序档案不完整");
    complete(task(exit), withVariables("cityHandlingReport", "补齐档案"));
    cityReview(exit);
    assess(exit, 100);
    provinceCheck(exit);
    passNotice(exit);
    complete(task(exit), withVariables("stateCouncilReport", "再次报告"));
    complete(task(exit), withVariables("inspectionPassed", true, "inspectionFindings", "符合退出条件"));

    // and the provincial government approves
    assertThat(exit).isWaitingAt("Activity_ProvinceApproval").task().hasCandidateGroup("province-360000-government");
    complete(task(exit), withVariables("approvalNumber", "赣府字〔2020〕21号", "approvalDate", "2020-12-30"));

    // then
    assertThat(exit).isEnded().hasPassed("Activity_RecordCountyExit").hasNotPassed("Activity_ProvinceDecision");
    assertThat(register.currentStatus(SubjectType.COUNTY, XINGGUO)).contains(CountyStatus.EXITED);
    assertThat(lastReason(XINGGUO)).isEqualTo("2020年度省人民政府批准退出（赣府字〔2020〕21号）");
    // 000 六: the county's leaders gain 5 points in the exit year, in the 实绩考核 ledger, with the case
    assertThat(jdbc.sql("select kind, mark, points from performance_mark where process_instance_id = ?").param(exit.getId())
        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
        .single()).isEqualTo("BONUS|贫困县退出当年，党政领导班子和领导干部经济社会发展实绩考核加5分（000号文件 六）|5");
  }

  @Test
  @DisplayName("000 五(3) 公示无异议的才上报：异议成立后省扶贫开发领导小组重新核查，可退回责成相关市核查处理，也可重新列入名单")
  void shouldLetTheProvinceDecideAgainAfterAnUpheldObjectionAndReturnTheCountyToTheCity() {
    // given
    ProcessInstance exit = start(NANYUE);
    cityReview(exit);
    assess(exit, 10);
    provinceCheck(exit);

    // when: an objection in the public notice is upheld, the province checks again
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
    runtimeService.startProcessInstanceByKey("objectionRegistration", Map.of("countyCode", NANYUE, "exitYear", 2020,
        "objectorName", "群众来信", "objectionContent", "部分村组道路未通"));
    assertThat(notice).task().hasCandidateGroup("province-430000-leadinggroup");
    complete(task(notice), withVariables("objectionFindings", "情况属实，需核查", "objectionUpheld", true));

    // then: the province's check decides again, seeing the objection's findings, and returns the county
    assertThat(exit).isWaitingAt("Activity_ProvinceCheck");
    assertThat(runtimeService.getVariable(exit.getId(), "lastObjectionFindings")).isEqualTo("情况属实，需核查");
    complete(task(exit), withVariables("provinceCheckPassed", false, "provinceCheckOpinion", "异议属实",
        "provinceCheckReturnReason", "部分村组道路未通，未达到退出条件"));
    assertThat(exit).isWaitingAt("Activity_CityHandling").task().hasCandidateGroup("city-430400-leadinggroup");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason"))
        .isEqualTo("省扶贫开发领导小组核查退回：部分村组道路未通，未达到退出条件");
    assertThat(register.currentStatus(SubjectType.COUNTY, NANYUE)).contains(CountyStatus.APPLIED);

    // and after the city's handling the county goes through the procedure again, to the province's decision
    complete(task(exit), withVariables("cityHandlingReport", "道路已修通"));
    cityReview(exit);
    assess(exit, 10);
    provinceCheck(exit);
    passNotice(exit);
    assertThat(exit).isWaitingAt("Activity_ProvinceDecision").task().hasCandidateGroup("province-430000-leadinggroup");
    complete(task(exit), withVariables("provinceDecisionPassed", true, "provinceDecision", "同意退出"));
    complete(task(exit), withVariables("approvalNumber", "湘政函〔2020〕8号", "approvalDate", "2020-12-30"));
    assertThat(exit).isEnded().hasNotPassed("Activity_ReportToStateCouncil");
    assertThat(register.currentStatus(SubjectType.COUNTY, NANYUE)).contains(CountyStatus.EXITED);
    // Hunan's seed (003) gives no exit-year points: its ledger gets no bonus
    assertThat(jdbc.sql("select count(*) from performance_mark where process_instance_id = ?").param(exit.getId())
        .query(Integer.class).single()).isZero();
  }

  @Test
  @DisplayName("000 五(3) 设区市初审可退回：无原因的退回被拒绝、任务不变；有原因的退回责成设区市核查处理，处理后重新初审")
  void shouldReturnTheApplicationFromTheCitysPreliminaryReviewOnlyWithAReason() {
    // given
    ProcessInstance exit = start(YUDU);
    assertThat(exit).isWaitingAt("Activity_CityPreliminaryReview");
    List<StatusChange> trailBefore = register.history(SubjectType.COUNTY, YUDU);

    // when: the city returns it without a reason — refused, nothing changed
    String review = task(exit).getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(review,
        withVariables("cityReviewPassed", false, "cityReviewOpinion", "不同意", "cityReturnReason", "  ")))
        .hasRootCauseInstanceOf(CaseRefusedException.class).hasRootCauseMessage("退回须填写退回原因：请写明不符合条件或未完整履行退出程序之处");
    assertThat(exit).isWaitingAt("Activity_CityPreliminaryReview");
    assertThat(task(exit).getId()).isEqualTo(review);
    assertThat(runtimeService.getVariable(exit.getId(), "cityReviewPassed")).isNull();
    assertThat(register.history(SubjectType.COUNTY, YUDU)).isEqualTo(trailBefore);

    // and with its reason
    complete(task(exit), withVariables("cityReviewPassed", false, "cityReviewOpinion", "不同意上报",
        "cityReturnReason", "贡江镇长征村退出档案不全，未完整履行退出程序"));

    // then: the city deals with it, reading why, and the county is reviewed again; the register is untouched
    assertThat(exit).isWaitingAt("Activity_CityHandling").task().hasCandidateGroup("city-360700-leadinggroup");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason"))
        .isEqualTo("设区市扶贫开发领导小组初审退回：贡江镇长征村退出档案不全，未完整履行退出程序");
    assertThat(register.currentStatus(SubjectType.COUNTY, YUDU)).contains(CountyStatus.APPLIED);
    assertThat(register.history(SubjectType.COUNTY, YUDU)).isEqualTo(trailBefore);
    complete(task(exit), withVariables("cityHandlingReport", "已补齐长征村退出档案"));
    cityReview(exit);
    assertThat(exit).isWaitingAt("Activity_ThirdPartyAssessment").hasNotPassed("Activity_ApplyCountyStandard");
  }

  @Test
  @DisplayName("000 五(3) 省扶贫开发领导小组核查可退回：无原因的退回被拒绝；有原因的退回责成相关市核查处理，不公示")
  void shouldReturnTheCountyFromTheProvincesCheckOnlyWithAReason() {
    // given
    ProcessInstance exit = start(NINGDU);
    cityReview(exit);
    assess(exit, 10);
    assertThat(exit).isWaitingAt("Activity_ProvinceCheck");

    // when: returned without a reason — refused, the task stays
    String check = task(exit).getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(check,
        withVariables("provinceCheckPassed", false, "provinceCheckOpinion", "不列入名单")))
        .hasRootCauseInstanceOf(CaseRefusedException.class).hasRootCauseMessage("退回须填写退回原因：请写明不符合条件或未完整履行退出程序之处");
    assertThat(task(exit).getId()).isEqualTo(check);
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isNull();

    // and with its reason
    complete(task(exit), withVariables("provinceCheckPassed", false, "provinceCheckOpinion", "不列入名单",
        "provinceCheckReturnReason", "梅江镇东山村饮水工程未完工"));

    // then
    assertThat(exit).isWaitingAt("Activity_CityHandling").hasNotPassed("Activity_PublicNotice");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("省扶贫开发领导小组核查退回：梅江镇东山村饮水工程未完工");
    assertThat(register.currentStatus(SubjectType.COUNTY, NINGDU)).contains(CountyStatus.APPLIED);
  }

  @Test
  @DisplayName("000 五(3) 省定贫困县由省扶贫开发领导小组审定：不同意的须写明原因，责成相关市核查处理后重新进入程序")
  void shouldReturnAProvinceDesignatedCountyWhenTheProvincialLeadingGroupDoesNotAgree() {
    // given
    ProcessInstance exit = start(HENGSHAN);
    cityReview(exit);
    assess(exit, 10);
    provinceCheck(exit);
    passNotice(exit);
    assertThat(exit).isWaitingAt("Activity_ProvinceDecision");

    // when: not agreed without a reason — refused
    String decision = task(exit).getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(decision,
        withVariables("provinceDecisionPassed", false, "provinceDecision", "不同意")))
        .hasRootCauseInstanceOf(CaseRefusedException.class).hasRootCauseMessage("退回须填写不同意的原因：请写明不符合条件或未完整履行退出程序之处");
    assertThat(task(exit).getId()).isEqualTo(decision);

    // and with its reason
    complete(task(exit), withVariables("provinceDecisionPassed", false, "provinceDecision", "不同意",
        "provinceDecisionReturnReason", "开云镇产业扶贫项目未落地"));

    // then: no approval; the city handles it and the county is reviewed again
    assertThat(exit).isWaitingAt("Activity_CityHandling").hasNotPassed("Activity_ProvinceApproval");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("省扶贫开发领导小组审定不同意：开云镇产业扶贫项目未落地");
    assertThat(register.currentStatus(SubjectType.COUNTY, HENGSHAN)).contains(CountyStatus.APPLIED);
    complete(task(exit), withVariables("cityHandlingReport", "项目已落地"));
    assertThat(exit).isWaitingAt("Activity_CityPreliminaryReview");
  }

  @Test
  void shouldRefuseAnUnknownCountyASecondApplicationAndAnImpossibleSample() {
    assertThatThrownBy(() -> start("239999")).isInstanceOf(CaseRefusedException.class).hasMessage("您的辖区内没有代码为 239999 的县");

    // 修水县 applies; a second application while the first runs is refused
    ProcessInstance exit = start("360424");
    assertThatThrownBy(() -> start("360424")).hasMessage("贫困县 360424 当前状态为「申请退出」，不能变更为「申请退出」");
    cityReview(exit);

    // more wrongly exited people than people checked cannot be: refused, the task stays
    Map<String, Object> impossible = new HashMap<>(Map.of("sampledExitedPopulation", 100L, "wronglyExited", 101L,
        "sampledUnregisteredPopulation", 100L, "missedPoor", 0L, "surveyedHouseholds", 50L, "approvingHouseholds", 50L,
        "assessmentReport", "录入错误"));
    assertThatThrownBy(() -> processEngine.getTaskService().complete(task(exit).getId(), impossible))
        .isInstanceOf(CaseRefusedException.class).hasMessage("错退人数应在0到抽查已退出人口100之间，收到 101");
    assertThat(exit).isWaitingAt("Activity_ThirdPartyAssessment");
  }

  private ProcessInstance start(String county) {
    return runtimeService.startProcessInstanceByKey("countyExit", Map.of("countyCode", county, "exitYear", 2020));
  }

  private void cityReview(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_CityPreliminaryReview");
    complete(task(exit), withVariables("cityReviewPassed", true, "cityReviewOpinion", "同意上报"));
  }

  /** The assessors' sample: 10000 exited people checked, {@code wronglyExited} of them wrongly. */
  private void assess(ProcessInstance exit, int wronglyExited) {
    assertThat(exit).isWaitingAt("Activity_ThirdPartyAssessment");
    Map<String, Object> sample = new HashMap<>();
    sample.put("sampledExitedPopulation", 10000L);
    sample.put("wronglyExited", (long) wronglyExited);
    sample.put("sampledUnregisteredPopulation", 5000L);
    sample.put("missedPoor", 20L);
    sample.put("surveyedHouseholds", 2000L);
    sample.put("approvingHouseholds", 1900L);
    sample.put("assessmentReport", "抽样评估");
    complete(task(exit), sample);
  }

  private void provinceCheck(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_ProvinceCheck");
    complete(task(exit), withVariables("provinceCheckPassed", true, "provinceCheckOpinion", "列入拟退出名单"));
  }

  private void passNotice(ProcessInstance exit) {
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
    execute(processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).singleResult());
  }

  private String lastReason(String county) {
    List<StatusChange> trail = register.history(SubjectType.COUNTY, county);
    return trail.get(trail.size() - 1).reason();
  }
}
