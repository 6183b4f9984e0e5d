package cn.gov.povertyexit.registerdata;

import java.util.List;

/** One row of a sheet as read: its number as the spreadsheet shows it (the header is row 1) and its cells' text. */
record SheetRow(RegisterSheet sheet, int number, List<String> cells) {

  String cell(int column) {
    return column < cells.size() ? cells.get(column).trim() : "";
  }

  boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
