package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.county.CountyExitVariables.FAILURE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 专项评估检查不合格: the State Council's findings become the reason the city reads in 责成设区市核查处理, as a failed
 * standard's reasons do.
 */
@Component
public class RecordInspectionFailureDelegate implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object findings = execution.getVariable("inspectionFindings");
    execution.setVariable(FAILURE_REASON, "国务院扶贫开发领导小组专项评估检查不合格"
        + (findings == null || findings.toString().isBlank() ? "" : "：" + findings));
  }
}
