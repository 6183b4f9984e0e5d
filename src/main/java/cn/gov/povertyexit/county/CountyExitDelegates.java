package cn.gov.povertyexit.county;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.policy.AssessmentThresholds;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.RegisterException;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The county exit case's steps that touch the register and the standard (seed 000 五(3), 004 四(三)). */
final class CountyExitDelegates {

  static final String PROCESS_KEY = "countyExit";

  private CountyExitDelegates() {}

  /** 提出退出申请: the county leading group applies; the county becomes 申请退出, once per year. */
  @Component("applyForCountyExitDelegate")
  static class ApplyForExit implements JavaDelegate {
    private final CountyRecords counties;
    private final StatusRegister register;

    ApplyForExit(CountyRecords counties, StatusRegister register) {
      this.counties = counties;
      this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String code = CaseVariables.text(execution, "countyCode", "县级行政区划代码");
      int year = CaseVariables.integer(execution, "exitYear", "摘帽年度");
      CountyRecords.County county = counties.find(code)
          .orElseThrow(() -> new CaseRefusedException("登记册中没有代码为 " + code + " 的县"));
      JurisdictionGuard.requirePlace(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
          code, Set.of(OfficialRole.LEADING_GROUP, OfficialRole.POVERTY_OFFICE), "为该县申请退出");
      try {
        register.changeStatus(SubjectType.COUNTY, code, CountyStatus.APPLIED, new ChangeContext(CurrentActor.of(execution),
            execution.getProcessInstanceId(), year + "年度县扶贫开发领导小组提出退出申请"));
      } catch (RegisterException refused) {
        throw new CaseRefusedException(refused.getMessage());
      }
      execution.setProcessBusinessKey(code + "-" + year);
      execution.setVariable("exitYear", year);
      execution.setVariable("countyName", county.name());
      execution.setVariable("countyClass", county.countyClass());
      execution.setVariable("countyClassName", "NATIONAL_KEY".equals(county.countyClass()) ? "国家扶贫开发工作重点县" : "省定贫困县");
      execution.setVariable("cityCode", county.cityCode());
      execution.setVariable("provinceCode", county.provinceCode());
      figures(execution, county);
    }
  }

  /** 计算错退率、漏评率、群众认可度，对照退出标准: the incidence from the register now, the rates from the sample. */
  @Component("applyCountyStandardDelegate")
  static class ApplyStandard implements JavaDelegate {
    private final CountyStandard standard = new CountyStandard();
    private final CountyRecords counties;
    private final ExitPolicy policy;

    ApplyStandard(CountyRecords counties, ExitPolicy policy) {
      this.counties = counties;
      this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
      CountyRecords.County county = counties.find((String) execution.getVariable("countyCode")).orElseThrow();
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
      figures(execution, county);
      execution.setVariable("countyStandardMet", verdict.met());
      execution.setVariable("countyStandardFindings", SpinValues.jsonValue(Spin.JSON(rows).toString()).create());
      execution.setVariable("failureReason", verdict.met() ? null : "第三方评估核查未达到退出标准：" + verdict.failureReasons());
    }
  }

  /** 摘帽: the province government approved; the county becomes 已摘帽. */
  @Component("recordCountyExitDelegate")
  static class RecordExit implements JavaDelegate {
    private final StatusRegister register;

    RecordExit(StatusRegister register) {
      this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
      register.changeStatus(SubjectType.COUNTY, (String) execution.getVariable("countyCode"), CountyStatus.EXITED,
          new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(),
              execution.getVariable("exitYear") + "年度省人民政府批准退出（" + execution.getVariable("approvalNumber") + "）"));
    }
  }

  private static void figures(DelegateExecution execution, CountyRecords.County county) {
    execution.setVariable("countyRuralPopulation", county.ruralPopulation());
    execution.setVariable("countyPoorPopulation", county.poorPopulation());
    execution.setVariable("countyIncidencePercent", county.ruralPopulation() == 0 ? "—"
        : BigDecimal.valueOf(county.poorPopulation()).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(county.ruralPopulation()), 2, RoundingMode.HALF_UP).toPlainString() + "%");
  }
}
