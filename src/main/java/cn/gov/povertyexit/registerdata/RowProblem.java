package cn.gov.povertyexit.registerdata;

/** What is wrong with one cell (or one row, when column is null), in words a county clerk can act on. */
record RowProblem(String sheet, int row, String column, String message) {

  /** "「家庭成员」第12行「身份证号」：校验位不正确" */
  String describe() {
    return "「" + sheet + "」" + (row > 0 ? "第" + row + "行" : "") + (column == null ? "" : "「" + column + "」") + "："
        + message;
  }
}
