package cn.gov.povertyexit.registerdata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sheets of a register workbook, as the national information system exports a county's 建档立卡 data: one sheet
 * per table, a header row, then one row per record. Columns are found by their position; the header must read as
 * given, so that a file of another layout is refused instead of misread. Optional last columns may be missing from
 * the header altogether (a file written before they existed), but not named otherwise.
 */
enum RegisterSheet {

  // 贫困标准 (国标/省标, seed 004 三(一)) came later: files without that last column stay valid
  HOUSEHOLDS("户信息", List.of("户编号", "行政村代码", "户主姓名", "贫困户状态", "脱贫年度", "低保五保", "住房安全等级",
      "饮水安全", "吃穿不愁", "建档立卡日期", "贫困标准"), 10),
  MEMBERS("家庭成员", List.of("户编号", "姓名", "身份证号", "与户主关系", "出生日期", "在校情况", "辍学原因", "健康状况",
      "大病已救治", "参加基本医疗保险", "劳动能力")),
  INCOMES("年收入", List.of("户编号", "年度", "工资性收入", "生产经营性收入", "生产经营费用支出", "财产性收入",
      "转移性收入"));

  private final String title;
  private final List<String> headers;
  private final int requiredColumns;

  RegisterSheet(String title, List<String> headers) {
    this(title, headers, headers.size());
  }

  RegisterSheet(String title, List<String> headers, int requiredColumns) {
    this.title = title;
    this.headers = headers;
    this.requiredColumns = requiredColumns;
  }

  /** The first columns every file has; the columns after them may be left out of a file altogether. */
  int requiredColumns() {
    return requiredColumns;
  }

  static Optional<RegisterSheet> titled(String title) {
    return Arrays.stream(values()).filter(sheet -> sheet.title.equals(title.trim())).findFirst();
  }

  String title() {
    return title;
  }

  List<String> headers() {
    return headers;
  }

  String header(int column) {
    return headers.get(column);
  }
}
