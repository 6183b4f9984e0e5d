package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import cn.gov.povertyexit.household.HouseholdRecord;
import cn.gov.povertyexit.household.HouseholdRecords;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转交公示中的案件核实: an objection reaches the notice of the household's case for that year, which stops and goes
 * to verification. A case that is not in notice cannot receive one: the registration is refused and not kept.
 */
@Component
public class ForwardObjectionDelegate implements JavaDelegate {

  private final HouseholdRecords households;

  public ForwardObjectionDelegate(HouseholdRecords households) {
    this.households = households;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, HouseholdVariables.HOUSEHOLD_ID, "户编号");
    int year = CaseVariables.integer(execution, HouseholdVariables.EXIT_YEAR, "退出年度");
    String content = CaseVariables.text(execution, OBJECTION_CONTENT, "异议内容");
    String objector = CaseVariables.text(execution, OBJECTOR_NAME, "异议人");
    HouseholdRecord household = households.find(householdId, year)
        .orElseThrow(() -> new CaseRefusedException("登记册中没有户编号为 " + householdId + " 的贫困户"));
    JurisdictionGuard.requirePlace(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        household.place().villageCode(),
        Set.of(OfficialRole.COMMITTEE, OfficialRole.GOVERNMENT, OfficialRole.POVERTY_OFFICE), "登记该户的异议");
    String businessKey = HouseholdVariables.businessKey(householdId, year);
    execution.setProcessBusinessKey(businessKey);
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(OBJECTION_MESSAGE)
          .processInstanceBusinessKey(businessKey)
          .setVariables(Map.of(OBJECTION_CONTENT, content, OBJECTOR_NAME, objector,
              OBJECTION_RECEIVED_BY, CurrentActor.of(execution)))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notInNotice) {
      throw new CaseRefusedException("户编号 " + householdId + " 的" + year + "年度退出案件当前不在公示期，不能登记异议");
    }
  }
}
