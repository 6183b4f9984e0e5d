package cn.gov.povertyexit.support;

import java.time.LocalDate;

/** Dates as a Chinese notice prints them: "2018年11月20日". */
public final class ChineseDates {

  private ChineseDates() {}

  public static String of(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
