package cn.gov.povertyexit.recheck;

import cn.gov.povertyexit.household.HouseholdRecord;
import cn.gov.povertyexit.household.HouseholdRecords;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.ListedEntries;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.tasklist.CaseSubjectListener;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 核对疑似问题名单: the county poverty office names the households an audit or check found doubtful, one a line with
 * the problem ("3604241002010003 家中有财政供养人员"). Every line is checked — on the register, in the office's county,
 * not in an exit procedure at the moment — and every wrong line is reported at once; nothing is kept unless all pass.
 */
@Component
public class StartReCheckDelegate implements JavaDelegate {

  static final int MOST_HOUSEHOLDS = 5000;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final JurisdictionRepository jurisdictions;
  private final HouseholdRecords households;
  private final ReCheckRecords records;

  public StartReCheckDelegate(JurisdictionRepository jurisdictions, HouseholdRecords households, ReCheckRecords records) {
    this.jurisdictions = jurisdictions;
    this.households = households;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication official = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String countyCode = CaseVariables.text(execution, "countyCode", "县级行政区划代码");
    JurisdictionRepository.County county = JurisdictionGuard.findWithin(official, jurisdictions.county(countyCode),
        JurisdictionRepository.County::code, Set.of(OfficialRole.POVERTY_OFFICE), "您的辖区内没有代码为 " + countyCode + " 的县");
    int year = CaseVariables.integer(execution, "checkYear", "核实年度");
    int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA).getYear();
    if (year > thisYear) {
      throw new CaseRefusedException("核实年度不能晚于今年（" + thisYear + "年），收到 " + year);
    }
    ReCheckSource source = CaseVariables.choice(execution, "findingSource", "问题来源", ReCheckSource.class);
    List<List<String>> lines = ListedEntries.read(execution.getVariable("suspectedHouseholds"), "householdId", "problem");
    if (lines.isEmpty()) {
      throw new CaseRefusedException("请填写疑似问题农户：每行一户，户编号 疑似问题");
    }
    if (lines.size() > MOST_HOUSEHOLDS) {
      throw new CaseRefusedException("一次再次核实最多" + MOST_HOUSEHOLDS + "户，收到 " + lines.size() + " 户：请按乡镇分批发起");
    }
    List<String> problems = new ArrayList<>();
    List<Object[]> named = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < lines.size(); index++) {
      String id = lines.get(index).get(0);
      String problem = lines.get(index).get(1);
      String where = "第" + (index + 1) + "户（" + id + "）";
      Optional<HouseholdRecord> household = id.matches("\\d{16}") ? households.find(id, year) : Optional.empty();
      if (household.isEmpty() || !household.get().place().countyCode().equals(county.code())) {
        problems.add(where + "不是" + county.name() + "建档立卡登记册中的户编号");
      } else if (!seen.add(id)) {
        problems.add(where + "重复");
      } else if (problem.isBlank() || problem.length() > 500) {
        problems.add(where + "请写明疑似问题（不超过500字）");
      } else if (HouseholdStatus.PRE_EXIT.name().equals(household.get().status())) {
        problems.add(where + "正在退出程序中（预退出），请在其退出案件中核实");
      } else if (HouseholdStatus.REMOVED.name().equals(household.get().status())) {
        problems.add(where + "已剔除");
      } else {
        named.add(new Object[] {id, household.get().place().townshipCode(), problem});
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseRefusedException("疑似问题名单有误：" + String.join("；", problems));
    }
    for (Object[] household : named) {
      records.name(execution.getProcessInstanceId(), county.code(), year, source, (String) household[0],
          (String) household[1], (String) household[2], CurrentActor.of(execution));
    }
    execution.setProcessBusinessKey(county.code() + "-" + year);
    execution.setVariable("countyName", county.name());
    execution.setVariable("findingSourceLabel", source.label());
    execution.setVariable("suspectedCount", named.size());
    execution.setVariable(CaseSubjectListener.PLACE_SUBJECT, county.name() + "（" + county.code() + "）");
  }
}
