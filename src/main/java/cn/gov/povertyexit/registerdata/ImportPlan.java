package cn.gov.povertyexit.registerdata;

import java.util.List;

/**
 * What an import would write, row by row, once every row has been checked: the records it creates or changes (with
 * what changes), how many rows it leaves as they are, and the problems that stop it.
 */
record ImportPlan(List<Change> changes, int unchangedRows, int problemCount, List<RowProblem> problems) {

  /** The problems a report shows at most; the count says how many there are in all. */
  static final int PROBLEMS_SHOWN = 500;

  enum Kind { CREATED, CHANGED }

  /** One record to create or change, with its canonical cells and where in the file it came from. */
  record Change(RegisterSheet sheet, int row, String subjectId, String householdId, Kind kind, List<String> cells,
      String details) {}

  boolean acceptable() {
    return problemCount == 0;
  }

  long count(RegisterSheet sheet, Kind kind) {
    return changes.stream().filter(change -> change.sheet() == sheet && change.kind() == kind).count();
  }
}
