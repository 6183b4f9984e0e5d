package cn.gov.povertyexit.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.household.HouseholdCaseSteps;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.DossierTestCounty;
import cn.gov.povertyexit.support.ProcessEngineTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dossier of one household walked through every step as the officials of each step (survey, appraisal, the
 * village notice with one objection found not upheld and the notice posted again, the township's verification, the
 * second notice, the county review with its filings and assessment visit, the county government's approval), read
 * back from the exported PDF as an archivist would read it.
 */
class DossierProcessIT extends ProcessEngineTest {

  private static final String HOUSEHOLD = DossierTestCounty.HOUSEHOLD;
  private static final String TENANT = "county-" + DossierTestCounty.COUNTY;

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired TaskService taskService;
  @Autowired Dossiers dossiers;
  @Autowired DossierPdf pdf;

  @BeforeEach
  void county() {
    DossierTestCounty.ensure(jdbc, access, demo);
  }

  @Test
  void shouldKeepEveryStepOfAHouseholdsExitWithItsOfficialAndDateAndPrintItAsPdf() throws IOException {
    // given: the household's exit, each step completed by an official of the step's own group
    HouseholdCaseSteps steps = new HouseholdCaseSteps(processEngine);
    ProcessInstance exit = steps.startCase(HOUSEHOLD, 2020);
    at("2020-11-10T09:00");
    as("village-360483100201-workteam", () -> steps.passSurvey(exit));
    at("2020-11-20T15:00");
    String listId = steps.listOf(exit).getId();
    as("village-360483100201-committee", () -> steps.agreeInAppraisal(exit));
    // the list's meeting is one row, linked to the household under the list the committee saw
    assertThat(jdbc.sql("select count(*) from dossier_step where case_instance_id = ? and step_id = 'Activity_AppraisalMeeting'")
        .param(listId).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("""
            select l.listed_as from dossier_step s join dossier_step_subject l on l.step_id = s.id
            where s.case_instance_id = ? and l.subject_type = 'HOUSEHOLD' and l.subject_id = ?""")
        .params(listId, HOUSEHOLD).query(String.class).list()).containsExactly("本批评议名单（摸底调查结果）");
    steps.registerObjection(HOUSEHOLD, 2020, "该户儿子在县城有商品房，怀疑收入未如实申报");
    ProcessInstance notice = steps.noticeOf(exit);
    as("village-360483100201-committee", () -> steps.objectionNotUpheldAt(notice,
        Instant.parse("2020-11-25T02:00:00Z"), "经入户核实，商品房系儿子婚后自购，与本户分户，异议不成立"));
    at("2020-12-03T08:00");
    steps.passNotice(exit);
    at("2020-12-04T10:00");
    as("township-360483100-government", () -> steps.verifyAtHome(exit, Map.of()));
    at("2020-12-09T08:00");
    steps.passNotice(exit);
    assertThat(exit).isWaitingAt("Activity_AwaitCountyDecision");
    at("2020-12-10T09:30");
    ProcessInstance review = processEngine.getRuntimeService().startProcessInstanceByKey("countyHouseholdExitReview",
        Map.of("countyCode", DossierTestCounty.COUNTY, "exitYear", 2020));
    complete(review, "Activity_CountyReview", Map.of("reviewDate", "2020-12-10"));
    at("2020-12-13T16:00");
    complete(review, "Activity_CityFiling", Map.of("cityFilingDate", "2020-12-12", "cityFilingNumber", "九扶备〔2020〕21号",
        "cityCommissionNumber", "浔扶委〔2020〕21号"));
    complete(review, "Activity_ProvinceFiling", Map.of("provinceFilingDate", "2020-12-13",
        "provinceFilingNumber", "赣扶备〔2020〕52号", "provinceCommissionNumber", "赣扶委〔2020〕30号",
        "assessmentAgency", "江西财经大学精准扶贫评估中心"));
    at("2020-12-15T14:00");
    complete(review, "Activity_AssessmentVisit", HouseholdCaseSteps.findings("A"));
    at("2020-12-28T10:00");
    complete(review, "Activity_ApproveAndAnnounce", Map.of("announcementNumber", "庐府字〔2020〕66号",
        "announcementDate", "2020-12-28"));
    assertThat(exit).isEnded().hasPassed("Event_HouseholdExited");

    // when
    Dossier dossier = dossiers.of(SubjectType.HOUSEHOLD, HOUSEHOLD, Optional.of(2020),
        place -> place.startsWith(DossierTestCounty.COUNTY)).orElseThrow();
    String text = pdfText(dossier);

    // then: every step, with the official who completed it, the unit and the day (cells wrap, so spaces and line
    // breaks are left out of the comparison)
    assertThat(text).contains("贫困户退出档案", "户主0001（" + HOUSEHOLD + "）", "江西省九江市庐山市白鹿镇玉京村",
        "2020年度", "已脱贫");
    assertThat(text).contains("2020-11-1009:00", "年终摸底调查", "village-360483100201-workteam", "玉京村驻村工作队",
        "工资性收入：9000生产经营性收入：2000");
    assertThat(text).contains("对照退出标准评定", "系统（自动执行）", "收入稳定超过贫困标准：达标：人均可支配收入5650.00元",
        "住房安全有保障：达标：住房鉴定为A级");
    assertThat(text).contains("2020-11-2015:00", "召开民主评议会", "village-360483100201-committee", "玉京村村两委",
        "评议日期：2020-11-20", "参会人数（人）：23", "户主0001（" + HOUSEHOLD + "）");
    assertThat(text).contains("2020-11-2510:00", "核实异议", "经入户核实，商品房系儿子婚后自购，与本户分户，异议不成立",
        "异议成立：否");
    // after the objection the household is verified on its own (000 五(1)), by a team of three
    assertThat(text).contains("2020-12-0410:00", "乡镇单独入户核实", "township-360483100-government",
        "白鹿镇人民政府", "核实人员（不少于3人）：王伟、李娜、张敏", "核实日期：2020-12-01", "对照退出标准复核");
    assertThat(text).contains("县扶贫开发领导小组审核", "county-360483-leadinggroup", "审核日期：2020-12-10");
    assertThat(text).contains("city-360400-leadinggroup", "九扶备〔2020〕21号", "province-360000-leadinggroup",
        "赣扶备〔2020〕52号", "江西财经大学精准扶贫评估中心");
    assertThat(text).contains("2020-12-1514:00", "入户评估核查", "province-360000-assessor");
    assertThat(text).contains("2020-12-2810:00", "县人民政府批准并公告", "county-360483-government", "庐府字〔2020〕66号",
        "2020-12-28");
    // the notices it stood on, where they hung and for how long, and the objection with its verification
    assertThat(text).contains("公示及异议", "本村村务公开栏", "异议人：村民甲",
        "该户儿子在县城有商品房，怀疑收入未如实申报", "（异议不成立）", "期满无异议");
    // the assessors' visit, as the check's own record
    assertThat(text).contains("抽查及评估核查", "达标", "合格率100.00%");
    // the register's trail closes the file: 未脱贫 → 预退出 → 已脱贫
    assertThat(text).contains("建档立卡状态变更", "预退出→已脱贫");
    // and the order is the order of the work
    assertThat(text.indexOf("年终摸底调查")).isLessThan(text.indexOf("召开民主评议会"));
    assertThat(text.indexOf("召开民主评议会")).isLessThan(text.indexOf("核实异议"));
    assertThat(text.indexOf("核实异议")).isLessThan(text.indexOf("乡镇单独入户核实"));
    assertThat(text.indexOf("乡镇单独入户核实")).isLessThan(text.indexOf("县人民政府批准并公告"));
    assertThat(text.indexOf("县人民政府批准并公告")).isLessThan(text.indexOf("预退出→已脱贫"));
  }

  @Test
  void shouldShowNoDossierOutsideTheReadersPlacesNorOfAnUnknownHousehold() {
    assertThat(dossiers.of(SubjectType.HOUSEHOLD, HOUSEHOLD, Optional.empty(), place -> place.startsWith("360424")))
        .isEmpty();
    assertThat(dossiers.of(SubjectType.HOUSEHOLD, HOUSEHOLD, Optional.empty(),
        place -> place.startsWith(DossierTestCounty.COUNTY))).isPresent();
    assertThat(dossiers.of(SubjectType.HOUSEHOLD, "3604839999999999", Optional.empty(), place -> true)).isEmpty();
  }

  /** The moment of the next step, China time. */
  private static void at(String chinaTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(chinaTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }

  /** Completes the one task of the given activity as an official of its first candidate group. */
  private void complete(ProcessInstance instance, String activityId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
        .singleResult();
    assertThat(task).as(activityId).isNotNull();
    String group = candidateGroup(task);
    processEngine.getIdentityService().setAuthentication(group, List.of(group), List.of(TENANT));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Runs a step of the household's walk as the demo's official of the given group. The walk's own checks (where the
   * case waits, which timer is due) read the whole case, which the official may not: the login also carries the
   * administrators' group, which the dossier does not name since the task is not theirs.
   */
  private void as(String group, Runnable step) {
    processEngine.getIdentityService().setAuthentication(group, List.of(group, "camunda-admin"), List.of(TENANT));
    try {
      step.run();
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(id -> id != null).findFirst().orElseThrow();
  }

  /**
   * The PDF's text, cell by cell, without spaces and line breaks; its first page is kept as a picture beside the
   * test reports, to be looked at.
   */
  private String pdfText(Dossier dossier) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.write(dossier, out);
    Path reports = Files.createDirectories(Path.of("target", "dossier"));
    Files.write(reports.resolve("household-dossier.pdf"), out.toByteArray());
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
          reports.resolve("household-dossier-page1.png").toFile());
      return new PDFTextStripper().getText(document).replaceAll("\\s", "");
    }
  }
}
