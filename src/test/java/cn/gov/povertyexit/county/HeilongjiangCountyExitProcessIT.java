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
 * 黑龙江省's county procedure (seed 004 四(三)1–7), started from 贫困县摘帽 like every county's: 逊克县 (国家级贫困县)
 * through every return to the city and the State Council's inspection, 嫩江县 (省级贫困县) through the provincial
 * leading group's report to the province government and its special inspection, failing once.
 */
class HeilongjiangCountyExitProcessIT extends ProcessEngineTest {

  private static final String XUNKE = "231123";
  private static final String NENJIANG = CountyExitTestCounties.NENJIANG;
  private static final String RETURN_REFUSED = "退回须填写退回原因：请写明不符合条件或未完整履行退出程序之处";

  @Autowired RuntimeService runtimeService;
  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerCounties() {
    OtherProvinceRegister.ensure(jdbc);
    CountyExitTestCounties.ensure(jdbc);
  }

  @Test
  @DisplayName("004 四(三)1–7 国家级贫困县：市级初审并由市组织第三方评估、省级核查、省级媒体公示、审定后报国务院专项评估检查，各步均可退回市（地）核查处理")
  void shouldTakeANationalCountyThroughEveryReturnToTheCityAndTheStateCouncilsInspection() {
    // given: 逊克县 applies; the Heilongjiang procedure takes over
    ProcessInstance application = start(XUNKE);
    assertThat(application).isWaitingAt("Activity_HeilongjiangProcedure");
    ProcessInstance exit = procedureOf(application);
    assertThat(exit.getBusinessKey()).isEqualTo("231123-2020");
    assertThat(register.currentStatus(SubjectType.COUNTY, XUNKE)).contains(CountyStatus.APPLIED);

    // 四(三)2 市级初审 returns it, with its reason, to the city's own handling
    assertThat(exit).isWaitingAt("Activity_CityPreliminaryReview").task().hasCandidateGroup("city-231100-leadinggroup");
    complete(task(exit), withVariables("cityReviewPassed", false, "cityReviewOpinion", "暂不同意",
        "cityReturnReason", "奇克镇新兴村退出档案不全"));
    assertThat(exit).isWaitingAt("Activity_CityHandling").task().hasCandidateGroup("city-231100-leadinggroup");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("市（地）扶贫开发领导小组初审退回：奇克镇新兴村退出档案不全");
    complete(task(exit), withVariables("cityHandlingReport", "已补齐"));

    // 四(三)2 the city organises the third-party assessment: 2.01% wrongly exited fails the standard
    cityReview(exit);
    assertThat(exit).isWaitingAt("Activity_CityThirdPartyAssessment").task().hasCandidateGroup("city-231100-leadinggroup");
    assess(exit, 201);
    assertThat(exit).isWaitingAt("Activity_CityHandling");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("第三方评估核查未达到退出标准：错退率2.01%，高于2.00%");
    complete(task(exit), withVariables("cityHandlingReport", "错退人员已恢复"));
    cityReview(exit);
    assess(exit, 100);

    // 四(三)3 省级核查: a listing without the notice's medium, and a return without a reason, are refused
    assertThat(exit).isWaitingAt("Activity_ProvincialCheck").task().hasCandidateGroup("province-230000-leadinggroup");
    String check = task(exit).getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(check,
        withVariables("provinceCheckPassed", true, "provinceCheckOpinion", "列入名单")))
        .hasRootCauseInstanceOf(CaseRefusedException.class).hasRootCauseMessage("请填写公示媒体");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(check,
        withVariables("provinceCheckPassed", false, "provinceCheckOpinion", "退回")))
        .hasRootCauseInstanceOf(CaseRefusedException.class).hasRootCauseMessage(RETURN_REFUSED);
    assertThat(task(exit).getId()).isEqualTo(check);
    complete(task(exit), withVariables("provinceCheckPassed", false, "provinceCheckOpinion", "退回",
        "provinceCheckReturnReason", "红星村饮水工程未验收"));
    assertThat(exit).isWaitingAt("Activity_CityHandling").hasNotPassed("Activity_ProvincialNotice");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("省扶贫开发领导小组核查退回：红星村饮水工程未验收");
    complete(task(exit), withVariables("cityHandlingReport", "已验收"));
    cityReview(exit);
    assess(exit, 100);

    // 四(三)4 公示 on the provincial media named in the check; an upheld objection goes back to the province's check
    provincialCheck(exit, "省级主流媒体", "黑龙江日报");
    ProcessInstance notice = noticeOf(exit);
    assertThat(runtimeService.getVariable(notice.getId(), "noticePlace")).isEqualTo("省级主流媒体：黑龙江日报");
    assertThat(runtimeService.getVariable(notice.getId(), "noticeName")).isEqualTo("拟退出贫困县在省级主流媒体或政府门户网站公示");
    runtimeService.startProcessInstanceByKey("objectionRegistration", Map.of("countyCode", XUNKE, "exitYear", 2020,
        "objectorName", "群众来信", "objectionContent", "红星村仍有危房"));
    assertThat(notice).task().hasCandidateGroup("province-230000-leadinggroup");
    complete(task(notice), withVariables("objectionFindings", "情况属实，已改造", "objectionUpheld", true));
    assertThat(exit).isWaitingAt("Activity_ProvincialCheck");
    assertThat(runtimeService.getVariable(exit.getId(), "lastObjectionFindings")).isEqualTo("情况属实，已改造");
    provincialCheck(exit, "政府门户网站", "黑龙江省人民政府网");
    assertThat(runtimeService.getVariable(noticeOf(exit).getId(), "noticePlace")).isEqualTo("政府门户网站：黑龙江省人民政府网");
    passNotice(exit);

    // 四(三)5 a national county is decided by the provincial leading group first: not agreed, with its reason
    assertThat(exit).isWaitingAt("Activity_ProvinceDecision").task().hasCandidateGroup("province-230000-leadinggroup");
    complete(task(exit), withVariables("provinceDecisionPassed", false, "provinceDecision", "不同意",
        "provinceDecisionReturnReason", "产业项目未见效"));
    assertThat(exit).isWaitingAt("Activity_CityHandling").hasNotPassed("Activity_ReportToStateCouncil");
    complete(task(exit), withVariables("cityHandlingReport", "项目已见效"));
    throughToNotice(exit);
    complete(task(exit), withVariables("provinceDecisionPassed", true, "provinceDecision", "审定同意"));

    // 四(三)5–6 reported to the State Council, whose inspection fails once
    assertThat(exit).isWaitingAt("Activity_ReportToStateCouncil");
    complete(task(exit), withVariables("stateCouncilReport", "逊克县拟退出情况报告"));
    assertThat(exit).isWaitingAt("Activity_SpecialInspection").task().hasCandidateGroup("national-100000-leadinggroup");
    complete(task(exit), withVariables("inspectionPassed", false, "inspectionFindings", "档案不完整"));
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("国务院扶贫开发领导小组专项评估检查不合格：档案不完整");
    complete(task(exit), withVariables("cityHandlingReport", "补齐档案"));
    throughToNotice(exit);
    complete(task(exit), withVariables("provinceDecisionPassed", true, "provinceDecision", "审定同意"));
    complete(task(exit), withVariables("stateCouncilReport", "再次报告"));
    complete(task(exit), withVariables("inspectionPassed", true, "inspectionFindings", "符合退出标准"));

    // 四(三)7 the province government approves
    assertThat(exit).isWaitingAt("Activity_ProvinceApproval").task().hasCandidateGroup("province-230000-government");
    complete(task(exit), withVariables("approvalNumber", "黑政函〔2020〕21号", "approvalDate", "2020-12-30"));

    // then
    assertThat(exit).isEnded().hasPassed("Activity_RecordCountyExit").hasNotPassed("Activity_ReportToProvinceGovernment");
    assertThat(application).isEnded().hasPassed("Event_HeilongjiangProcedureDone").hasNotPassed("Activity_CityPreliminaryReview");
    assertThat(register.currentStatus(SubjectType.COUNTY, XUNKE)).contains(CountyStatus.EXITED);
    assertThat(lastReason(XUNKE)).isEqualTo("2020年度省人民政府批准退出（黑政函〔2020〕21号）");
  }

  @Test
  @DisplayName("004 四(三)5–7 省级贫困县：省扶贫开发领导小组向省政府报告并组织专项评估检查，不合格的责成市（地）核查处理，合格的由省政府批准退出")
  void shouldHaveTheProvincialLeadingGroupInspectAProvinceLevelCountyBeforeTheProvinceApproves() {
    // given
    ProcessInstance application = start(NENJIANG);
    ProcessInstance exit = procedureOf(application);
    throughToNotice(exit);

    // when: reported to the province government, inspected by the provincial leading group — and failed
    assertThat(exit).isWaitingAt("Activity_ReportToProvinceGovernment").task().hasCandidateGroup("province-230000-leadinggroup");
    complete(task(exit), withVariables("provinceGovernmentReport", "嫩江县公示期满无异议，报省政府"));
    assertThat(exit).isWaitingAt("Activity_ProvincialSpecialInspection").task().hasCandidateGroup("province-230000-leadinggroup");
    complete(task(exit), withVariables("inspectionPassed", false, "inspectionFindings", "民主村两户住房不安全"));

    // then: no approval; the city handles what the inspection found
    assertThat(exit).isWaitingAt("Activity_CityHandling").hasNotPassed("Activity_ProvinceApproval", "Activity_SpecialInspection");
    assertThat(runtimeService.getVariable(exit.getId(), "failureReason")).isEqualTo("省扶贫开发领导小组专项评估检查不合格：民主村两户住房不安全");
    assertThat(register.currentStatus(SubjectType.COUNTY, NENJIANG)).contains(CountyStatus.APPLIED);
    complete(task(exit), withVariables("cityHandlingReport", "两户已完成危房改造"));

    // and the second time it passes and the province approves
    throughToNotice(exit);
    complete(task(exit), withVariables("provinceGovernmentReport", "再次报告"));
    complete(task(exit), withVariables("inspectionPassed", true, "inspectionFindings", "符合退出标准"));
    assertThat(exit).isWaitingAt("Activity_ProvinceApproval").task().hasCandidateGroup("province-230000-government");
    complete(task(exit), withVariables("approvalNumber", "黑政函〔2020〕22号", "approvalDate", "2020-12-30"));
    assertThat(exit).isEnded().hasNotPassed("Activity_ProvinceDecision", "Activity_ReportToStateCouncil");
    assertThat(application).isEnded();
    assertThat(register.currentStatus(SubjectType.COUNTY, NENJIANG)).contains(CountyStatus.EXITED);
  }

  private ProcessInstance start(String county) {
    return runtimeService.startProcessInstanceByKey("countyExit", Map.of("countyCode", county, "exitYear", 2020));
  }

  private ProcessInstance procedureOf(ProcessInstance application) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();
  }

  private ProcessInstance noticeOf(ProcessInstance exit) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit.getId()).singleResult();
  }

  private void throughToNotice(ProcessInstance exit) {
    cityReview(exit);
    assess(exit, 100);
    provincialCheck(exit, "省级主流媒体", "黑龙江日报");
    passNotice(exit);
  }

  private void cityReview(ProcessInstance exit) {
    assertThat(exit).isWaitingAt("Activity_CityPreliminaryReview");
    complete(task(exit), withVariables("cityReviewPassed", true, "cityReviewOpinion", "初审同意"));
  }

  private void assess(ProcessInstance exit, int wronglyExited) {
    assertThat(exit).isWaitingAt("Activity_CityThirdPartyAssessment");
    Map<String, Object> sample = new HashMap<>();
    sample.put("sampledExitedPopulation", 10000L);
    sample.put("wronglyExited", (long) wronglyExited);
    sample.put("sampledUnregisteredPopulation", 5000L);
    sample.put("missedPoor", 20L);
    sample.put("surveyedHouseholds", 2000L);
    sample.put("approvingHouseholds", 1900L);
    sample.put("assessmentReport", "市（地）委托第三方评估");
    complete(task(exit), sample);
  }

  private void provincialCheck(ProcessInstance exit, String medium, String outlet) {
    assertThat(exit).isWaitingAt("Activity_ProvincialCheck");
    complete(task(exit), withVariables("provinceCheckPassed", true, "provinceCheckOpinion", "确定退出名单",
        "noticeMedium", medium, "noticeOutlet", outlet));
  }

  private void passNotice(ProcessInstance exit) {
    execute(processEngine.getManagementService().createJobQuery().processInstanceId(noticeOf(exit).getId()).singleResult());
  }

  private String lastReason(String county) {
    List<StatusChange> trail = register.history(SubjectType.COUNTY, county);
    return trail.get(trail.size() - 1).reason();
  }
}
