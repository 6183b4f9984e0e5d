package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.ProcedureVariant;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 汇总待县级审核的农户: takes up every household case of the county and year whose second notice has passed and that
 * no other review has taken, and marks each as taken by this review.
 */
@Component
public class CollectCountyCasesDelegate implements JavaDelegate {

  private final JurisdictionRepository jurisdictions;
  private final ExitPolicy policy;

  public CollectCountyCasesDelegate(JurisdictionRepository jurisdictions, ExitPolicy policy) {
    this.jurisdictions = jurisdictions;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String countyCode = CaseVariables.text(execution, COUNTY_CODE, "县级行政区划代码");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "退出年度");
    JurisdictionRepository.County county = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        jurisdictions.county(countyCode), found -> countyCode, Set.of(OfficialRole.POVERTY_OFFICE),
        "您的辖区内没有代码为 " + countyCode + " 的县");
    ProcedureVariant expected = ProcedureVariant.valueOf(CaseVariables.text(execution, REVIEW_VARIANT, "审批程序"));
    ProcedureVariant actual = policy.province(county.provinceCode()).procedureVariant();
    if (actual != expected) {
      throw new CaseRefusedException(county.name() + "所在省执行" + actual.label() + "，不能用本审批流程办理");
    }

    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<ReviewRows.Row> rows = new ArrayList<>();
    for (ProcessInstance household : runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn(HouseholdVariables.PROCESS_KEY, HouseholdVariables.HUNAN_PROCESS_KEY)
        .activityIdIn(AWAITING_ACTIVITY)
        .variableValueEquals(HouseholdVariables.COUNTY_CODE, countyCode)
        .variableValueEquals(HouseholdVariables.EXIT_YEAR, year)
        .orderByBusinessKey().asc()
        .list()) {
      if (runtime.getVariable(household.getId(), REVIEW_INSTANCE) != null) {
        continue;
      }
      runtime.setVariable(household.getId(), REVIEW_INSTANCE, execution.getProcessInstanceId());
      rows.add(new ReviewRows.Row((String) runtime.getVariable(household.getId(), HouseholdVariables.HOUSEHOLD_ID),
          (String) runtime.getVariable(household.getId(), HouseholdVariables.HEAD_NAME),
          (String) runtime.getVariable(household.getId(), HouseholdVariables.VILLAGE_NAME),
          household.getId(), null));
    }
    if (rows.isEmpty()) {
      throw new CaseRefusedException(county.name() + year + "年度没有待县级审核的贫困户");
    }
    execution.setProcessBusinessKey(countyCode + "-" + year);
    execution.setVariable(EXIT_YEAR, year);
    execution.setVariable(COUNTY_NAME, county.name());
    execution.setVariable(CITY_CODE, county.cityCode());
    execution.setVariable(PROVINCE_CODE, county.provinceCode());
    execution.setVariable(REVIEW_COUNT, rows.size());
    ReviewRows.write(execution, REVIEW_LIST, rows);
  }
}
