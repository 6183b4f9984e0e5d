package cn.gov.povertyexit.policysupport;

import cn.gov.povertyexit.registry.RegisterClock;
import cn.gov.povertyexit.household.HouseholdRecord;
import cn.gov.povertyexit.household.HouseholdRecords;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.FormDates;
import cn.gov.povertyexit.registry.HouseholdStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 登记帮扶措施: the village's work team or committee records a measure a household of its village received in a year.
 * A household that exited receives the policies until the end year (脱贫不脱政策), so its measures are taken as a poor
 * household's are; after that year they are refused. A revoked or returned household is poor again and supported.
 */
@Component
public class RecordSupportMeasureDelegate implements JavaDelegate {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Set<OfficialRole> RECORDERS = Set.of(OfficialRole.WORK_TEAM, OfficialRole.COMMITTEE);

  private final HouseholdRecords households;
  private final SupportPolicy policy;
  private final JdbcClient jdbc;

  public RecordSupportMeasureDelegate(HouseholdRecords households, SupportPolicy policy, JdbcClient jdbc) {
    this.households = households;
    this.policy = policy;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, "householdId", "户编号");
    int year = CaseVariables.integer(execution, "measureYear", "帮扶年度");
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA);
    if (year > today.getYear()) {
      throw new CaseRefusedException("帮扶年度不能晚于今年（" + today.getYear() + "年），收到 " + year);
    }
    HouseholdRecord household = JurisdictionGuard.findWithin(
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        households.find(householdId, year), found -> found.place().villageCode(), RECORDERS,
        "您的辖区内没有户编号为 " + householdId + " 的建档立卡户");
    if (HouseholdStatus.EXITED.name().equals(household.status()) && !policy.stillSupported(year)) {
      throw new CaseRefusedException("户编号 " + householdId + " 已脱贫：按脱贫不脱政策，已脱贫户享受政策至" + policy.endYear()
          + "年，" + year + "年不再享受政策，不能登记帮扶措施");
    }
    SupportMeasureKind kind = CaseVariables.choice(execution, "measureKind", "帮扶类别", SupportMeasureKind.class);
    String content = CaseVariables.text(execution, "measureContent", "帮扶内容");
    if (content.length() > 2000) {
      throw new CaseRefusedException("帮扶内容不能超过2000字");
    }
    Object typedAmount = execution.getVariable("measureAmount");
    BigDecimal amount = typedAmount == null || typedAmount.toString().isBlank() ? null
        : CaseVariables.decimal(execution, "measureAmount", "帮扶资金（元）");
    if (amount != null && amount.signum() < 0) {
      throw new CaseRefusedException("帮扶资金（元）不能为负数，收到 " + amount.toPlainString());
    }
    String typedDate = CaseVariables.text(execution, "measureDate", "实施日期");
    LocalDate carriedOut = FormDates.required(typedDate, "实施日期");
    if (carriedOut.getYear() != year || carriedOut.isAfter(today)) {
      throw new CaseRefusedException("实施日期应在" + year + "年内且不晚于今天，收到 " + carriedOut);
    }
    jdbc.sql("""
            insert into support_measure (household_id, measure_year, measure_kind, content, amount, carried_out_on,
                                         household_status, recorded_at, actor, process_instance_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(householdId, year, kind.name(), content, amount, carriedOut, household.status(),
            RegisterClock.now(), CurrentActor.of(execution), execution.getProcessInstanceId())
        .update();
    execution.setProcessBusinessKey(householdId + "-" + year);
  }
}
