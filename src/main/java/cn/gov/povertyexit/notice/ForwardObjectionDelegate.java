package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import cn.gov.povertyexit.household.HouseholdRecords;
import cn.gov.povertyexit.identification.HouseholdApplications;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.village.VillageRecords;
import cn.gov.povertyexit.village.VillageVariables;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转交公示中的案件核实: an objection against a household's, a village's or a county's exit reaches the notice of that case
 * for the year, which stops and goes to verification. A case that is not in notice cannot receive one: the
 * registration is refused and not kept.
 */
@Component
public class ForwardObjectionDelegate implements JavaDelegate {

  private static final String COUNTY_CODE = "countyCode";

  private final HouseholdRecords households;
  private final VillageRecords villages;
  private final JurisdictionRepository jurisdictions;
  private final HouseholdApplications applications;

  public ForwardObjectionDelegate(HouseholdRecords households, VillageRecords villages, JurisdictionRepository jurisdictions,
      HouseholdApplications applications) {
    this.applications = applications;
    this.households = households;
    this.villages = villages;
    this.jurisdictions = jurisdictions;
  }

  private static boolean given(Object value) {
    return value != null && !value.toString().isBlank();
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object householdId = execution.getVariable(HouseholdVariables.HOUSEHOLD_ID);
    Object villageCode = execution.getVariable(VillageVariables.VILLAGE_CODE);
    Object countyCode = execution.getVariable(COUNTY_CODE);
    boolean forHousehold = given(householdId);
    boolean forVillage = given(villageCode);
    boolean forCounty = given(countyCode);
    if ((forHousehold ? 1 : 0) + (forVillage ? 1 : 0) + (forCounty ? 1 : 0) != 1) {
      throw new CaseRefusedException("请填写户编号（贫困户退出）、行政村代码（贫困村出列）或县级行政区划代码（贫困县摘帽）之一");
    }
    int year = CaseVariables.integer(execution, HouseholdVariables.EXIT_YEAR, "年度");
    String content = CaseVariables.text(execution, OBJECTION_CONTENT, "异议内容");
    String objector = CaseVariables.text(execution, OBJECTOR_NAME, "异议人");
    Authentication official = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Set<OfficialRole> roles = Set.of(OfficialRole.COMMITTEE, OfficialRole.GOVERNMENT, OfficialRole.POVERTY_OFFICE,
        OfficialRole.LEADING_GROUP);
    String subject;
    if (forHousehold) {
      String id = householdId.toString().trim();
      // a household applied for (新识别) has its number before it is on the register
      Optional<HouseholdApplications.Application> application = applications.find(id, year);
      Optional<String> village = households.find(id, year).map(found -> found.place().villageCode())
          .or(() -> application.map(HouseholdApplications.Application::villageCode));
      JurisdictionGuard.findWithin(official, village, code -> code, roles, "您的辖区内没有户编号为 " + id + " 的贫困户");
      subject = "户编号 " + id + " 的" + year + (application.isPresent() ? "年度识别纳入案件" : "年度退出案件");
      execution.setProcessBusinessKey(HouseholdVariables.businessKey(id, year));
    } else if (forCounty) {
      String code = countyCode.toString().trim();
      String name = JurisdictionGuard.findWithin(official, jurisdictions.county(code), found -> code, roles,
          "您的辖区内没有代码为 " + code + " 的县").name();
      subject = name + year + "年度摘帽案件";
      execution.setProcessBusinessKey(code + "-" + year);
    } else {
      String code = villageCode.toString().trim();
      VillageRecords.Village village = JurisdictionGuard.findWithin(official, villages.find(code), found -> code, roles,
          "您的辖区内没有代码为 " + code + " 的行政村");
      subject = village.name() + year + "年度出列案件";
      execution.setProcessBusinessKey(code + "-" + year);
    }
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(OBJECTION_MESSAGE)
          .processInstanceBusinessKey(execution.getProcessBusinessKey())
          .setVariables(Map.of(INCOMING_CONTENT, content, INCOMING_OBJECTOR, objector,
              INCOMING_RECEIVED_BY, CurrentActor.of(execution)))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notInNotice) {
      throw new CaseRefusedException(subject + "当前不在公示期，不能登记异议");
    }
  }
}
