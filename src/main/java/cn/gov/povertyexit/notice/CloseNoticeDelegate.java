package cn.gov.povertyexit.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 公示期满: the period of the notice the instance posted last has run; its record says so in the same step. */
@Component
public class CloseNoticeDelegate implements ExecutionListener {

  private final NoticeRecords records;

  public CloseNoticeDelegate(NoticeRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(NoticeRecords.NOTICE_ID) instanceof Number id) {
      records.periodEnded(id.longValue(), ClockUtil.getCurrentTime().toInstant());
    }
  }
}
