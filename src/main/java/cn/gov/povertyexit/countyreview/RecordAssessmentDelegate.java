package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.household.HouseholdExitStandard;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.StandardVerdict;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 对照退出标准评定核查结果: applies the standard to what a checker (third-party assessor, district or city team,
 * re-check) found in one household and records the finding on the household's row of the case's current check
 * (spot_check_subject), with who found it and when; a later check of the same household supersedes an earlier one.
 */
@Component
public class RecordAssessmentDelegate implements JavaDelegate {

  /** The visit's own copy of what the sector departments found (Hunan's district check); empty elsewhere. */
  static final String SECTOR_ANOMALY = "sectorAnomaly";
  static final String ANOMALY_VERIFIED = "anomalyVerified";
  static final String ANOMALY_FINDINGS = "anomalyFindings";

  private final HouseholdExitStandard standard;
  private final SpotCheckRegister checks;

  public RecordAssessmentDelegate(HouseholdExitStandard standard, SpotCheckRegister checks) {
    this.standard = standard;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, ASSESSED_HOUSEHOLD, "样本户");
    StandardVerdict verdict = standard.assess(householdId, HouseholdFactsForm.read(execution),
        CaseVariables.integer(execution, EXIT_YEAR, "退出年度"), CaseVariables.text(execution, COUNTY_CODE, "县"),
        CaseVariables.text(execution, PROVINCE_CODE, "省"));
    Object checkName = execution.getVariable(CHECK_NAME);
    String check = checkName == null ? "第三方评估核查" : checkName.toString();
    String anomaly = anomalyFound(execution, householdId);
    String result = anomaly != null ? check + "未达标：行业部门比对异常经核实属实（" + anomaly + "）"
        + (verdict.met() ? "" : "；" + verdict.failureReasons())
        : verdict.met() ? "达标" : check + "未达标：" + verdict.failureReasons();
    Object remarks = execution.getVariable("assessmentRemarks");
    checks.recordVisit(execution, SubjectType.HOUSEHOLD, householdId, anomaly == null && verdict.met(), result,
        remarks == null ? null : remarks.toString());
  }

  /**
   * Seed 003 三(四)6: an anomaly the sector departments found must be verified at the visit — an unverified one refuses
   * the visit — and one found true keeps the household from exiting. Returns the anomaly with the findings when true.
   */
  private static String anomalyFound(DelegateExecution execution, String householdId) {
    Object anomaly = execution.getVariable(SECTOR_ANOMALY);
    if (anomaly == null || anomaly.toString().isBlank()) {
      return null;
    }
    Object verified = execution.getVariable(ANOMALY_VERIFIED);
    Object findings = execution.getVariable(ANOMALY_FINDINGS);
    if (verified == null || verified.toString().isBlank() || findings == null || findings.toString().isBlank()) {
      throw new CaseRefusedException("户编号 " + householdId + " 有行业部门比对异常（" + anomaly
          + "），请入户核实，选择核实结论并填写核实情况（003号文件 三(四)6）");
    }
    return "属实".equals(verified.toString()) ? anomaly + "：" + findings : null;
  }
}
