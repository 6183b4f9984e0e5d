package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.village.VillageVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village case's register steps: 出列 (已出列) or back on the list as a 贫困村, each with its reason. */
@Configuration
class VillageRegisterDelegates {

  /** 录入信息档案，作出列处理 (seed 000 五(2)). */
  @Bean
  JavaDelegate recordVillageExitDelegate(StatusRegister register) {
    return execution -> register.changeStatus(SubjectType.VILLAGE, (String) execution.getVariable(VILLAGE_CODE),
        VillageStatus.EXITED, new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(),
            execution.getVariable(EXIT_YEAR) + "年度贫困村出列：县人民政府通告（" + execution.getVariable(ANNOUNCEMENT_NUMBER) + "）"));
  }

  /** 恢复贫困村状态，继续扶持. */
  @Bean
  JavaDelegate keepVillageOnRegisterDelegate(StatusRegister register) {
    return execution -> register.changeStatus(SubjectType.VILLAGE, (String) execution.getVariable(VILLAGE_CODE),
        VillageStatus.POOR_VILLAGE, new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(),
            (String) execution.getVariable(FAILURE_REASON)));
  }
}
