package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.village.VillageVariables.*;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.plan.PlanSelection;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.ProvincePolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.RegisterException;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 选定年度预退出贫困村 (对象初选, seed 000 五(2)): a poor village of the county's plan is marked 预退出; its place, figures
 * and the province's checklist go into the case. A village that did not exit in a year's case may be taken up again in
 * the same year (its households' exits may have been approved since); one that exited in the year may not.
 */
@Component
public class SelectVillageDelegate implements JavaDelegate {

  private final VillageRecords villages;
  private final StatusRegister register;
  private final ExitPolicy policy;
  private final PlanSelection planSelection;

  public SelectVillageDelegate(VillageRecords villages, StatusRegister register, ExitPolicy policy,
      PlanSelection planSelection) {
    this.villages = villages;
    this.register = register;
    this.policy = policy;
    this.planSelection = planSelection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CaseVariables.text(execution, VILLAGE_CODE, "行政村代码");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "出列年度");
    VillageRecords.Village village = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        villages.find(code), found -> code, Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.GOVERNMENT),
        "您的辖区内没有代码为 " + code + " 的行政村");
    // a year outside the policy's years has no standard to check the village against
    policy.nationalPovertyLine(year);
    String businessKey = businessKeyOfNextCase(execution, village, year);
    try {
      register.changeStatus(SubjectType.VILLAGE, code, VillageStatus.PRE_EXIT,
          new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(), year + "年度预退出贫困村"));
    } catch (RegisterException refused) {
      throw new CaseRefusedException(refused.getMessage());
    }
    // after the register's own refusals, which say more; a refusal here undoes the status change with the start
    planSelection.requireVillage(village.countyCode(), village.countyName(), code, village.name(), year);
    ProvincePolicy province = policy.province(village.provinceCode());
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable(EXIT_YEAR, year);
    execution.setVariable(VILLAGE_NAME, village.name());
    execution.setVariable("townshipCode", village.townshipCode());
    execution.setVariable("townshipName", village.townshipName());
    execution.setVariable("countyCode", village.countyCode());
    execution.setVariable("countyName", village.countyName());
    execution.setVariable("cityCode", village.cityCode());
    execution.setVariable("provinceCode", village.provinceCode());
    execution.setVariable("procedureVariant", province.procedureVariant().name());
    execution.setVariable("yearEndSurveyDate", policy.yearEndSurveyStart(year));
    execution.setVariable(RURAL_POPULATION, village.ruralPopulation());
    execution.setVariable(CHECKLIST_CODES, SpinValues.jsonValue(Spin.JSON(
        province.villageChecklist().stream().map(item -> item.code()).toList()).toString()).create());
    execution.setVariable(CHECKLIST, SpinValues.jsonValue(Spin.JSON(province.villageChecklist().stream()
        .map(item -> Map.of("code", item.code(), "label", item.label())).toList()).toString()).create());
  }

  private String businessKeyOfNextCase(DelegateExecution execution, VillageRecords.Village village, int year) {
    String firstKey = village.code() + "-" + year;
    if (Integer.valueOf(year).equals(village.exitYear())) {
      throw new CaseRefusedException(village.name() + "已于" + year + "年度出列，不能再次发起本年度出列");
    }
    var cases = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY);
    long earlier = cases.processInstanceBusinessKey(firstKey).count()
        + execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKeyLike(firstKey + "-%").count();
    long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(firstKey).count()
        + execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKeyLike(firstKey + "-%").count();
    if (running > 0) {
      throw new CaseRefusedException(village.name() + year + "年度出列案件正在办理，不能重复发起");
    }
    return earlier == 0 ? firstKey : firstKey + "-" + (earlier + 1);
  }
}
