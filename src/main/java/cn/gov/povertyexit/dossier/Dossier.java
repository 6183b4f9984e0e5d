package cn.gov.povertyexit.dossier;

import java.util.List;

/**
 * 退出档案 as it is printed: a heading, the subject's facts from the register, and one table per kind of record
 * (steps, notices, checks, the register's trail), each read from the project's own tables.
 */
public record Dossier(String title, String subjectLine, List<Fact> facts, List<Section> sections, String printedAt) {

  public record Fact(String label, String value) {}

  /** A table of the dossier; a cell may hold several lines. */
  public record Section(String title, List<String> headers, List<List<String>> rows, String emptyText) {

    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }
}
