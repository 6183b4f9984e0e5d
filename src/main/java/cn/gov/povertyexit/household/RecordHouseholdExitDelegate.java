package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 录入信息档案，作脱贫退出处理: the approved household is marked 已脱贫 on the register, with the year of its exit (which the
 * year's spot checks sample from); its record is kept.
 */
@Component
public class RecordHouseholdExitDelegate implements JavaDelegate {

  private final StatusRegister register;
  private final JdbcClient jdbc;

  public RecordHouseholdExitDelegate(StatusRegister register, JdbcClient jdbc) {
    this.register = register;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object decision = execution.getVariable(COUNTY_DECISION_REASON);
    String approval = decision != null ? decision.toString() : "公告退出（" + execution.getVariable(ANNOUNCEMENT_NUMBER) + "）";
    register.changeStatus(SubjectType.HOUSEHOLD, (String) execution.getVariable(HOUSEHOLD_ID), HouseholdStatus.EXITED,
        new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(),
            execution.getVariable(EXIT_YEAR) + "年度脱贫退出：" + approval));
    jdbc.sql("update household set exit_year = ? where id = ?")
        .params(execution.getVariable(EXIT_YEAR), execution.getVariable(HOUSEHOLD_ID)).update();
  }
}
