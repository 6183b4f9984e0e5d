package cn.gov.povertyexit.registerdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one row, checked one by one into their canonical text (see {@link RegisterRows}); every problem is
 * kept with its row and column, and the row's canonical cells are usable only when it has none.
 */
final class RowCheck {

  private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

  private final SheetRow row;
  private final List<RowProblem> problems;
  private final List<String> canonical = new ArrayList<>();
  private final int problemsBefore;

  RowCheck(SheetRow row, List<RowProblem> problems) {
    this.row = row;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  boolean valid() {
    return problems.size() == problemsBefore;
  }

  List<String> canonical() {
    return List.copyOf(canonical);
  }

  int number() {
    return row.number();
  }

  void problem(int column, String message) {
    problems.add(new RowProblem(row.sheet().title(), row.number(), column < 0 ? null : row.sheet().header(column), message));
  }

  String digits(int column, int length) {
    String text = row.cell(column);
    if (!text.matches("\\d{" + length + "}")) {
      problem(column, text.isEmpty() ? "不能为空，应为" + length + "位数字"
          : text.contains("E+") ? "应为" + length + "位数字，被当作数字显示成了科学计数法：请把该列设为文本格式后重新填写"
          : "应为" + length + "位数字，实为「" + text + "」");
    }
    return keep(text);
  }

  String text(int column, int maxLength) {
    String text = row.cell(column);
    if (text.isEmpty()) {
      problem(column, "不能为空");
    } else if (text.length() > maxLength) {
      problem(column, "最多" + maxLength + "个字，实为" + text.length() + "个字");
    }
    return keep(text);
  }

  String code(int column, RegisterCodes codes) {
    String text = row.cell(column);
    if (codes.codeOf(text).isEmpty()) {
      problem(column, (text.isEmpty() ? "不能为空" : "「" + text + "」不是可用的值") + "，应为以下之一：" + codes.allowed());
    }
    return keep(text);
  }

  /** An optional code: empty stays empty. */
  String optionalCode(int column, RegisterCodes codes) {
    return row.cell(column).isEmpty() ? keep("") : code(column, codes);
  }

  Optional<LocalDate> date(int column, LocalDate earliest, LocalDate latest) {
    String text = row.cell(column);
    Optional<LocalDate> date = parseDate(text);
    if (date.isEmpty()) {
      problem(column, text.isEmpty() ? "不能为空，应为日期（如 2016-03-01）" : "「" + text + "」不是有效日期，应写作 2016-03-01");
    } else if (date.get().isBefore(earliest) || date.get().isAfter(latest)) {
      problem(column, "日期 " + date.get() + " 应在 " + earliest + " 至 " + latest + " 之间");
    }
    keep(date.map(LocalDate::toString).orElse(text));
    return date;
  }

  Optional<Integer> year(int column, int earliest, int latest, boolean required) {
    String text = row.cell(column);
    if (text.isEmpty() && !required) {
      keep("");
      return Optional.empty();
    }
    Optional<Integer> year = text.matches("\\d{4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    if (year.isEmpty()) {
      problem(column, text.isEmpty() ? "不能为空，应为4位年份" : "应为4位年份，实为「" + text + "」");
    } else if (year.get() < earliest || year.get() > latest) {
      problem(column, "年度 " + year.get() + " 应在 " + earliest + " 至 " + latest + " 之间");
    }
    keep(text);
    return year;
  }

  void amount(int column) {
    String text = row.cell(column).replace(",", "").replace("，", "");
    BigDecimal value = null;
    try {
      value = text.isEmpty() ? null : new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    if (value == null) {
      problem(column, text.isEmpty() ? "不能为空，没有此项收入请填 0" : "「" + text + "」不是金额（元），应为数字，如 3600 或 3600.50");
      keep(text);
    } else if (value.signum() < 0) {
      problem(column, "不能为负数（" + text + "）：生产经营费用请填在「生产经营费用支出」列");
      keep(text);
    } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      problem(column, "金额最多保留两位小数（" + text + "）");
      keep(text);
    } else if (value.compareTo(MAX_AMOUNT) > 0) {
      problem(column, "金额 " + text + " 元超出可登记的范围");
      keep(text);
    } else {
      keep(RegisterRows.amount(value.setScale(2, java.math.RoundingMode.UNNECESSARY)));
    }
  }

  String keep(String canonicalText) {
    canonical.add(canonicalText);
    return canonicalText;
  }

  static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeParseException notIso) {
      Matcher matcher = CHINESE_DATE.matcher(text);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))));
      } catch (java.time.DateTimeException invalid) {
        return Optional.empty();
      }
    }
  }
}
