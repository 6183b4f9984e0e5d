package cn.gov.povertyexit.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How officials count a notice's period (seed 000 五(1) "公示时间不少于7天"): in calendar days from the day after
 * posting, ending at 24:00 China time of the N-th day. Posted on 2020-11-02 at any hour with N = 7: the period is
 * 11-03 … 11-09, its last day 2020-11-09, and it has run at 2020-11-10T00:00+08:00.
 */
public final class NoticePeriod {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private NoticePeriod() {}

  /** The China date on which a notice posted at {@code postedAt} hangs for the first time. */
  public static LocalDate postedOn(Instant postedAt) {
    return postedAt.atZone(CHINA).toLocalDate();
  }

  /** The last day of the period: the N-th day after the posting day. */
  public static LocalDate endsOn(LocalDate postedOn, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a notice period has at least one day, not " + days);
    }
    return postedOn.plusDays(days);
  }

  /** 24:00 of the last day, the instant the period has run and the notice's timer fires. */
  public static Instant runsOutAt(LocalDate endsOn) {
    return endsOn.plusDays(1).atStartOfDay(CHINA).toInstant();
  }
}
