package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.county.CountyExitVariables.FAILURE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 省扶贫开发领导小组专项评估检查不合格 (seed 004 四(三)6, a 省级贫困县 of 黑龙江省): the findings become the reason the city
 * reads in 责成设区市核查处理, as the State Council's do for a national county.
 */
@Component
public class RecordProvincialInspectionFailureDelegate implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object findings = execution.getVariable("inspectionFindings");
    execution.setVariable(FAILURE_REASON, "省扶贫开发领导小组专项评估检查不合格"
        + (findings == null || findings.toString().isBlank() ? "" : "：" + findings));
  }
}
