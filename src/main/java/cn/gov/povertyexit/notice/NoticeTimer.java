package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.deployment.UsableInModels;
import cn.gov.povertyexit.policy.ExitPolicy;
import org.springframework.stereotype.Component;

/** The notice period for the timers of the models: {@code ${noticeTimer.period()}}, from the validated policy. */
@Component("noticeTimer")
@UsableInModels
public class NoticeTimer {

  private final ExitPolicy policy;

  public NoticeTimer(ExitPolicy policy) {
    this.policy = policy;
  }

  public String period() {
    return policy.noticePeriodIso();
  }
}
