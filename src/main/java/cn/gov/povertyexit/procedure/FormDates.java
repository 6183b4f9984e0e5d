package cn.gov.povertyexit.procedure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an official types it: 2020-12-05, 2020/12/5, 2020.12.5 or 2020年12月5日. Anything else, or a day
 * that does not exist, is not a date: never guessed into another one.
 */
public final class FormDates {

  private static final Pattern CHINESE_DATE = Pattern.compile(
      "\\s*(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*(?:-|/|\\.|月)\\s*(\\d{1,2})\\s*日?\\s*");

  private FormDates() {}

  /** The date typed into the field with this Chinese label; anything else refuses the step, naming the field. */
  public static LocalDate required(String typed, String label) {
    return parse(typed).orElseThrow(() -> new CaseRefusedException(
        label + "「" + typed.trim() + "」不是有效日期，请按 2020-12-05 或 2020年12月5日 的格式填写"));
  }

  public static Optional<LocalDate> parse(String typed) {
    Matcher matcher = CHINESE_DATE.matcher(typed);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
