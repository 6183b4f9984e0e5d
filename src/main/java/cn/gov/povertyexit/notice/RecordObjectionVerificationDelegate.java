package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import cn.gov.povertyexit.procedure.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 核实异议 done: the objection's record keeps who verified it, the findings and whether it was upheld. */
@Component
public class RecordObjectionVerificationDelegate implements ExecutionListener {

  private final NoticeRecords records;

  public RecordObjectionVerificationDelegate(NoticeRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(OBJECTION_RECORD_ID) instanceof Number id) {
      Object findings = execution.getVariable(OBJECTION_FINDINGS);
      records.objectionVerified(id.longValue(), CurrentActor.of(execution), findings == null ? null : findings.toString(),
          Boolean.TRUE.equals(execution.getVariable(OBJECTION_UPHELD)), ClockUtil.getCurrentTime().toInstant());
    }
  }
}
