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
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of countyExit (seed 000 五(3)): 逊克县 (national key county) by the State Council branch,
 * 南岳区 (province-designated) by the provincial leading group's decision.
 */
class CountyExitProcessIT extends ProcessEngineTest {

  private static final String XUNKE = "231123";
  private static final String NANYUE = "430412";

  @Autowired RuntimeService runtimeService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerCounties() {
    OtherProvinceRegister.ensure(jdbc);
  }

  @Test
  void shouldReturnAFailingNationalKeyCountyToTheCityTwiceAndThenLetTheProvinceApproveIt() {
    // given
    ProcessInstance exit = start(XUNKE);
    assertThat(register.currentStatus(SubjectType.COUNTY, XUNKE)).contains(CountyStatus.APPLIED);
    cityReview(exit);

    // when: the assessors find 2.01% wrongly exited
    assess(exit, 201);

    // then: the city verifies and deals with it, and the county is back in the procedure
    assertThat(exit).isWaitingAt("Activity_CityHandling").task().hasCandidateGroup("city-231100-leadinggroup");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("第三方评估核查未达到退出标准：错退率2.01%，高于2.00%");
    complete(task(exit), withVariables("cityHandlingReport", "已逐户复核并整改"));
    cityReview(exit);
    assess(exit, 200);
    provinceCheck(exit);
    passNotice(exit);

    // and the State Council's inspection fails once
    assertThat(exit).isWaitingAt("Activity_ReportToStateCouncil").task().hasCandidateGroup("province-230000-leadinggroup");
    complete(task(exit), withVariables("stateCouncilReport", "逊克县拟退出情况报告"));
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
    assertThat(exit).isWaitingAt("Activity_ProvinceApproval").task().hasCandidateGroup("province-230000-government");
    complete(task(exit), withVariables("approvalNumber", "黑政函〔2020〕21号", "approvalDate", "2020-12-30"));

    // then
    assertThat(exit).isEnded().hasPassed("Activity_RecordCountyExit").hasNotPassed("Activity_ProvinceDecision");
    assertThat(register.currentStatus(SubjectType.COUNTY, XUNKE)).contains(CountyStatus.EXITED);
    assertThat(lastReason(XUNKE)).isEqualTo("2020年度省人民政府批准退出（黑政函〔2020〕21号）");
  }

  @Test
  void shouldLetTheProvincialLeadingGroupDecideForAProvinceDesignatedCountyAfterAnUpheldObjection() {
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
    assertThat(exit).isWaitingAt("Activity_ProvinceCheck");
    provinceCheck(exit);
    passNotice(exit);

    // then: no State Council step
    assertThat(exit).isWaitingAt("Activity_ProvinceDecision").task().hasCandidateGroup("province-430000-leadinggroup");
    complete(task(exit), withVariables("provinceDecision", "同意退出"));
    complete(task(exit), withVariables("approvalNumber", "湘政函〔2020〕8号", "approvalDate", "2020-12-30"));
    assertThat(exit).isEnded().hasNotPassed("Activity_ReportToStateCouncil");
    assertThat(register.currentStatus(SubjectType.COUNTY, NANYUE)).contains(CountyStatus.EXITED);
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
    complete(task(exit), withVariables("cityReviewOpinion", "同意上报"));
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
    complete(task(exit), withVariables("provinceCheckOpinion", "列入拟退出名单"));
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
