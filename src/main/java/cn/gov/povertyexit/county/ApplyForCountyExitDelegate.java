package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.county.CountyExitVariables.*;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.plan.PlanSelection;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.ProcedureVariant;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.RegisterException;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提出退出申请: the county leading group applies in a year its approved plan has come to; the county becomes 申请退出, once per year. */
@Component("applyForCountyExitDelegate")
public class ApplyForCountyExitDelegate implements JavaDelegate {

  private final CountyRecords counties;
  private final StatusRegister register;
  private final ExitPolicy policy;
  private final PlanSelection planSelection;

  ApplyForCountyExitDelegate(CountyRecords counties, StatusRegister register, ExitPolicy policy,
      PlanSelection planSelection) {
    this.counties = counties;
    this.register = register;
    this.policy = policy;
    this.planSelection = planSelection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CaseVariables.text(execution, COUNTY_CODE, "县级行政区划代码");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "摘帽年度");
    CountyRecords.County county = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        counties.find(code), found -> code, Set.of(OfficialRole.LEADING_GROUP, OfficialRole.POVERTY_OFFICE),
        "您的辖区内没有代码为 " + code + " 的县");
    // a year outside the policy's years has no standard to check the county against
    policy.nationalPovertyLine(year);
    try {
      register.changeStatus(SubjectType.COUNTY, code, CountyStatus.APPLIED, new ChangeContext(CurrentActor.of(execution),
          execution.getProcessInstanceId(), year + "年度县扶贫开发领导小组提出退出申请"));
    } catch (RegisterException refused) {
      throw new CaseRefusedException(refused.getMessage());
    }
    // 根据全省贫困县退出规划 (seed 000 五(3)): the year must have come in the county's approved plan; checked after the
    // register's own refusals, which say more, and undoing the status change with the start
    planSelection.requireCountyExit(code, county.name(), year);
    execution.setProcessBusinessKey(code + "-" + year);
    execution.setVariable(EXIT_YEAR, year);
    execution.setVariable(COUNTY_NAME, county.name());
    execution.setVariable(COUNTY_CLASS, county.countyClass());
    boolean national = "NATIONAL_KEY".equals(county.countyClass());
    // 黑龙江省 names them 国家级贫困县 and 省级贫困县 (seed 004 三(三))
    boolean heilongjiang = policy.province(county.provinceCode()).procedureVariant() == ProcedureVariant.HEILONGJIANG;
    execution.setVariable(COUNTY_CLASS_NAME, heilongjiang ? (national ? "国家级贫困县" : "省级贫困县")
        : (national ? "国家扶贫开发工作重点县" : "省定贫困县"));
    execution.setVariable(CITY_CODE, county.cityCode());
    execution.setVariable(PROVINCE_CODE, county.provinceCode());
    // 黑龙江省 runs its own county procedure (seed 004 四(三)); the others the one of seed 000 五(3)
    execution.setVariable(PROCEDURE_VARIANT, policy.province(county.provinceCode()).procedureVariant().name());
    putFigures(execution, county);
  }
}
