package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.village.VillageVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 录入信息档案，作出列处理 (seed 000 五(2)): the village becomes 已出列 on the register, with its exit year; its record is kept. */
@Component
public class RecordVillageExitDelegate implements JavaDelegate {

  private final StatusRegister register;
  private final JdbcClient jdbc;

  public RecordVillageExitDelegate(StatusRegister register, JdbcClient jdbc) {
    this.register = register;
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(SubjectType.VILLAGE, (String) execution.getVariable(VILLAGE_CODE), VillageStatus.EXITED,
        new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(),
            execution.getVariable(EXIT_YEAR) + "年度贫困村出列：县人民政府通告（" + execution.getVariable(ANNOUNCEMENT_NUMBER) + "）"));
    jdbc.sql("update village set exit_year = ? where code = ?")
        .params(execution.getVariable(EXIT_YEAR), execution.getVariable(VILLAGE_CODE)).update();
  }
}
