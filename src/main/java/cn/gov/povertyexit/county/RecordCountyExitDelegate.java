package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.county.CountyExitVariables.*;

import cn.gov.povertyexit.performance.PerformanceLedger;
import cn.gov.povertyexit.performance.PerformanceRules;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 摘帽: the province government approved; the county becomes 已摘帽. */
@Component("recordCountyExitDelegate")
public class RecordCountyExitDelegate implements JavaDelegate {

  private final StatusRegister register;
  private final JdbcClient jdbc;
  private final PerformanceLedger ledger;
  private final PerformanceRules rules;

  RecordCountyExitDelegate(StatusRegister register, JdbcClient jdbc, PerformanceLedger ledger, PerformanceRules rules) {
    this.register = register;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(SubjectType.COUNTY, (String) execution.getVariable(COUNTY_CODE), CountyStatus.EXITED,
        new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(),
            execution.getVariable(EXIT_YEAR) + "年度省人民政府批准退出（" + execution.getVariable(APPROVAL_NUMBER) + "）"));
    jdbc.sql("update county set exit_year = ? where code = ?")
        .params(execution.getVariable(EXIT_YEAR), execution.getVariable(COUNTY_CODE)).update();
    // 000 六: the county's leaders gain points in the year the county exits, where the province's rules give them
    rules.countyExitBonus((String) execution.getVariable(PROVINCE_CODE)).ifPresent(points ->
        ledger.record((String) execution.getVariable(COUNTY_CODE), execution.getVariable(EXIT_YEAR),
            PerformanceLedger.Kind.BONUS, "贫困县退出当年，党政领导班子和领导干部经济社会发展实绩考核加"
                + points.stripTrailingZeros().toPlainString() + "分（000号文件 六）", points, null,
            execution.getProcessInstanceId()));
  }
}
