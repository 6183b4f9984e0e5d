package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.county.CountyExitVariables.*;

import cn.gov.povertyexit.policy.AssessmentThresholds;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.gov.povertyexit.dossier.DossierRecorder;
import cn.gov.povertyexit.dossier.DossierStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** 计算错退率、漏评率、群众认可度，对照退出标准: the incidence from the register now, the rates from the sample. */
@Component("applyCountyStandardDelegate")
public class ApplyCountyStandardDelegate implements JavaDelegate {

  private final CountyStandard standard = new CountyStandard();
  private final CountyRecords counties;
  private final ExitPolicy policy;
  private final DossierRecorder dossier;

  ApplyCountyStandardDelegate(CountyRecords counties, ExitPolicy policy, DossierRecorder dossier) {
    this.dossier = dossier;
    this.counties = counties;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CountyRecords.County county = counties.find((String) execution.getVariable(COUNTY_CODE)).orElseThrow();
    CountyStandard.Sample sample;
    try {
      sample = new CountyStandard.Sample(
          CaseVariables.integer(execution, "sampledExitedPopulation", "抽查已退出人口"),
          CaseVariables.integer(execution, "wronglyExited", "错退人数"),
          CaseVariables.integer(execution, "sampledUnregisteredPopulation", "抽查未识别人口"),
          CaseVariables.integer(execution, "missedPoor", "漏评人数"),
          CaseVariables.integer(execution, "surveyedHouseholds", "调查户数"),
          CaseVariables.integer(execution, "approvingHouseholds", "认可户数"));
    } catch (IllegalArgumentException impossible) {
      throw new CaseRefusedException(impossible.getMessage());
    }
    AssessmentThresholds assessment = policy.assessment();
    CountyStandard.Verdict verdict = standard.assess(county.poorPopulation(), county.ruralPopulation(), sample,
        new CountyStandard.Thresholds(policy.countyIncidenceThreshold(), assessment.maxWrongfulExitRate(),
            assessment.maxMissedIdentificationRate(), assessment.minPublicApprovalRate()));
    List<Map<String, Object>> rows = verdict.findings().stream().map(finding -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", finding.name());
      row.put("result", finding.met() ? "达标" : "未达标");
      row.put("reason", finding.text());
      return row;
    }).toList();
    putFigures(execution, county);
    execution.setVariable(STANDARD_MET, verdict.met());
    execution.setVariable(STANDARD_FINDINGS, SpinValues.jsonValue(Spin.JSON(rows).toString()).create());
    dossier.recordSystemStep(execution, verdict.findings().stream()
        .map(finding -> new DossierStep.Entry(finding.name(), (finding.met() ? "达标：" : "未达标：") + finding.text()))
        .toList());
    execution.setVariable(FAILURE_REASON, verdict.met() ? null : "第三方评估核查未达到退出标准：" + verdict.failureReasons());
  }
}
