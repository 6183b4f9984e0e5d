package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.deployment.UsableInModels;
import cn.gov.povertyexit.policy.ExitPolicy;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The notice timers of the models: {@code ${noticeTimer.endOf(execution)}} is 24:00 China time of the last day of the
 * notice the instance has just posted ({@link NoticePeriod}), read from the notice's record.
 */
@Component("noticeTimer")
@UsableInModels
public class NoticeTimer {

  private final ExitPolicy policy;
  private final NoticeRecords records;

  public NoticeTimer(ExitPolicy policy, NoticeRecords records) {
    this.policy = policy;
    this.records = records;
  }

  /** The configured period in days (at least 7, validated by the policy). */
  public int days() {
    return Math.toIntExact(policy.noticePeriod().toDays());
  }

  public Date endOf(VariableScope execution) {
    if (!(execution.getVariable(NoticeRecords.NOTICE_ID) instanceof Number id)) {
      throw new IllegalStateException("the notice's timer starts only after the notice has been posted");
    }
    NoticeRecords.Notice notice = records.find(id.longValue())
        .orElseThrow(() -> new IllegalStateException("no notice " + id));
    return Date.from(NoticePeriod.runsOutAt(notice.endsOn()));
  }
}
