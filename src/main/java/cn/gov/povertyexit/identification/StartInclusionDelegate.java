package cn.gov.povertyexit.identification;

import static cn.gov.povertyexit.identification.IdentificationVariables.*;

import cn.gov.povertyexit.household.HouseholdRecord;
import cn.gov.povertyexit.household.HouseholdRecords;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.OneCasePerKey;
import cn.gov.povertyexit.recheck.ReCheckRecords;
import cn.gov.povertyexit.registerdata.RegisterCodes;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.tasklist.CaseSubjectListener;
import cn.gov.povertyexit.village.VillageRecords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 登记申请，核对对象: the village committee names a new household (its head, its village) or an exited household of
 * its village that has fallen back. The system gives a new household its number; it never takes one from the
 * client. One application per household and year. Anything wrong refuses the start, and nothing is kept.
 */
@Component
public class StartInclusionDelegate implements JavaDelegate {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Set<OfficialRole> STARTERS = Set.of(OfficialRole.COMMITTEE);

  private final HouseholdRecords households;
  private final VillageRecords villages;
  private final HouseholdApplications applications;
  private final ExitPolicy policy;
  private final ReCheckRecords reCheckRecords;

  public StartInclusionDelegate(HouseholdRecords households, VillageRecords villages, HouseholdApplications applications,
      ExitPolicy policy, ReCheckRecords reCheckRecords) {
    this.reCheckRecords = reCheckRecords;
    this.households = households;
    this.villages = villages;
    this.applications = applications;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InclusionKind kind = CaseVariables.choice(execution, INCLUSION_KIND, "纳入类型", InclusionKind.class);
    ApplicationSource source = CaseVariables.choice(execution, APPLICATION_SOURCE, "识别来源", ApplicationSource.class);
    int year = CaseVariables.integer(execution, APPLICATION_YEAR, "年度");
    int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA).getYear();
    if (year > thisYear) {
      throw new CaseRefusedException("年度不能晚于今年（" + thisYear + "年），收到 " + year);
    }
    // the standard compares with the line of the year: a year without one refuses here, not at the survey
    double povertyLine = policy.nationalPovertyLine(year).doubleValue();
    Authentication official = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();

    String householdId;
    String headName;
    VillageRecords.Village village;
    Map<String, Object> loaded = new HashMap<>();
    if (kind == InclusionKind.NEW) {
      Object typedId = execution.getVariable(HOUSEHOLD_ID);
      if (typedId != null && !typedId.toString().isBlank()) {
        throw new CaseRefusedException("新识别农户的户编号由系统在登记申请时分配，请不要填写户编号");
      }
      String code = CaseVariables.text(execution, VILLAGE_CODE, "行政村代码");
      village = JurisdictionGuard.findWithin(official, villages.find(code), found -> found.code(), STARTERS,
          "您的辖区内没有代码为 " + code + " 的行政村");
      headName = CaseVariables.text(execution, HEAD_NAME, "户主姓名");
      if (headName.length() > 40) {
        throw new CaseRefusedException("户主姓名不能超过40个字");
      }
      householdId = applications.reserveHouseholdId(village.code());
      loaded.put(CaseSubjectListener.PLACE_SUBJECT, headName + "（" + householdId + "）· " + village.name() + " · 新识别");
    } else {
      householdId = CaseVariables.text(execution, HOUSEHOLD_ID, "户编号");
      Object reCheckCase = execution.getVariable("reCheckCase");
      // a township's re-check that found the household fallen back starts its 返贫 case for the village
      boolean foundByReCheck = reCheckCase != null && reCheckRecords.relisted(reCheckCase.toString(), householdId);
      HouseholdRecord household = foundByReCheck ? households.find(householdId, year).orElseThrow()
          : JurisdictionGuard.findWithin(official, households.find(householdId, year),
              found -> found.place().villageCode(), STARTERS, "您的辖区内没有户编号为 " + householdId + " 的建档立卡户");
      if (!HouseholdStatus.EXITED.name().equals(household.status())) {
        throw new CaseRefusedException("户编号 " + householdId + " 的登记状态为"
            + HouseholdStatus.valueOf(household.status()).label() + "：只有已脱贫户才能按返贫纳入");
      }
      headName = household.headName();
      village = villages.find(household.place().villageCode()).orElseThrow();
      loaded.put(HouseholdVariables.MEMBER_COUNT, household.members().size());
      loaded.put("registeredMembers", household.members().stream()
          .map(member -> member.name() + "（" + RegisterCodes.RELATION.labelOf(member.relation()) + "，"
              + RegisterCodes.HEALTH.labelOf(member.health()) + "，" + RegisterCodes.LABOUR.labelOf(member.labourAbility()) + "）")
          .collect(Collectors.joining("、")));
      loaded.put("membersLabour", household.members().stream()
          .anyMatch(member -> MemberLine.healthyWorker(member.health(), member.labourAbility())));
    }
    OneCasePerKey.claim(execution, PROCESS_KEY, businessKey(householdId, year),
        "户编号 " + householdId + " 的" + year + "年度识别纳入案件已经存在，不能重复发起");
    if (applications.exists(householdId, year)) {
      throw new CaseRefusedException("户编号 " + householdId + " 的" + year + "年度识别纳入申请已经存在，不能重复发起");
    }
    applications.open(new HouseholdApplications.Application(householdId, village.code(), year, kind, headName, "OPEN",
        execution.getProcessInstanceId()), source.name(), CurrentActor.of(execution));

    loaded.put(HOUSEHOLD_ID, householdId);
    loaded.put(HEAD_NAME, headName);
    loaded.put(VILLAGE_CODE, village.code());
    loaded.put("villageName", village.name());
    loaded.put("townshipCode", village.townshipCode());
    loaded.put("townshipName", village.townshipName());
    loaded.put("countyCode", village.countyCode());
    loaded.put("countyName", village.countyName());
    loaded.put(INCLUSION_KIND_LABEL, kind.label());
    loaded.put(APPLICATION_YEAR, year);
    loaded.put("povertyLine", povertyLine);
    execution.setVariables(loaded);
  }

}
