package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import cn.gov.povertyexit.household.HouseholdRecords;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.village.VillageRecords;
import cn.gov.povertyexit.village.VillageVariables;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转交公示中的案件核实: an objection against a household's exit or a village's exit reaches the notice of that case
 * for the year, which stops and goes to verification. A case that is not in notice cannot receive one: the
 * registration is refused and not kept.
 */
@Component
public class ForwardObjectionDelegate implements JavaDelegate {

  private final HouseholdRecords households;
  private final VillageRecords villages;

  public ForwardObjectionDelegate(HouseholdRecords households, VillageRecords villages) {
    this.households = households;
    this.villages = villages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object householdId = execution.getVariable(HouseholdVariables.HOUSEHOLD_ID);
    Object villageCode = execution.getVariable(VillageVariables.VILLAGE_CODE);
    boolean forHousehold = householdId != null && !householdId.toString().isBlank();
    boolean forVillage = villageCode != null && !villageCode.toString().isBlank();
    if (forHousehold == forVillage) {
      throw new CaseRefusedException("请填写户编号（对贫困户退出的异议）或行政村代码（对贫困村出列的异议），二者选一");
    }
    int year = CaseVariables.integer(execution, HouseholdVariables.EXIT_YEAR, "年度");
    String content = CaseVariables.text(execution, OBJECTION_CONTENT, "异议内容");
    String objector = CaseVariables.text(execution, OBJECTOR_NAME, "异议人");
    String subject;
    String placeCode;
    if (forHousehold) {
      String id = householdId.toString().trim();
      placeCode = households.find(id, year)
          .orElseThrow(() -> new CaseRefusedException("登记册中没有户编号为 " + id + " 的贫困户")).place().villageCode();
      subject = "户编号 " + id + " 的" + year + "年度退出案件";
      execution.setProcessBusinessKey(HouseholdVariables.businessKey(id, year));
    } else {
      String code = villageCode.toString().trim();
      VillageRecords.Village village = villages.find(code)
          .orElseThrow(() -> new CaseRefusedException("登记册中没有代码为 " + code + " 的行政村"));
      placeCode = code;
      subject = village.name() + year + "年度出列案件";
      execution.setProcessBusinessKey(code + "-" + year);
    }
    JurisdictionGuard.requirePlace(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        placeCode, Set.of(OfficialRole.COMMITTEE, OfficialRole.GOVERNMENT, OfficialRole.POVERTY_OFFICE), "登记该异议");
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(OBJECTION_MESSAGE)
          .processInstanceBusinessKey(execution.getProcessBusinessKey())
          .setVariables(Map.of(OBJECTION_CONTENT, content, OBJECTOR_NAME, objector,
              OBJECTION_RECEIVED_BY, CurrentActor.of(execution)))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notInNotice) {
      throw new CaseRefusedException(subject + "当前不在公示期，不能登记异议");
    }
  }
}
