package cn.gov.povertyexit.support;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the register keeps of a case's checks (spot_check, spot_check_subject), as the tests read it. */
public final class SpotCheckRows {

  public record Check(long id, String kind, String name, String level, String placeCode, int exitYear, Long seed,
      int population, int sampleSize, Integer checkedCount, Integer passedCount, BigDecimal passRate, String outcome,
      String parentCaseInstanceId) {}

  public record Subject(String subjectType, String subjectId, String subjectName, String parentCode, boolean sampled,
      Boolean passed, String findings, String remarks, String checkedBy, boolean checkedAtSet, String consequence) {}

  private final JdbcClient jdbc;

  public SpotCheckRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The case's checks in the order they were drawn. */
  public List<Check> checksOf(String caseInstanceId) {
    return jdbc.sql("""
            select id, kind, name, level, place_code, exit_year, seed, population, sample_size, checked_count,
                   passed_count, pass_rate, outcome, parent_case_instance_id
            from spot_check where case_instance_id = ? order by id""")
        .param(caseInstanceId)
        .query((rs, n) -> new Check(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5).trim(), rs.getInt(6), (Long) rs.getObject(7), rs.getInt(8), rs.getInt(9),
            (Integer) rs.getObject(10), (Integer) rs.getObject(11), rs.getBigDecimal(12), rs.getString(13),
            rs.getString(14)))
        .list();
  }

  /** The case's only check. */
  public Check checkOf(String caseInstanceId) {
    List<Check> checks = checksOf(caseInstanceId);
    if (checks.size() != 1) {
      throw new AssertionError("case " + caseInstanceId + " has " + checks.size() + " checks, expected one");
    }
    return checks.get(0);
  }

  public List<Subject> subjectsOf(long checkId) {
    return jdbc.sql("""
            select subject_type, subject_id, subject_name, parent_code, sampled, passed, findings, remarks, checked_by,
                   checked_at, consequence
            from spot_check_subject where spot_check_id = ? order by subject_id""")
        .param(checkId)
        .query((rs, n) -> new Subject(rs.getString(1), rs.getString(2).trim(), rs.getString(3),
            rs.getString(4) == null ? null : rs.getString(4).trim(), rs.getBoolean(5), (Boolean) rs.getObject(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10) != null, rs.getString(11)))
        .list();
  }

  public Subject subject(long checkId, String subjectId) {
    return subjectsOf(checkId).stream().filter(subject -> subject.subjectId().equals(subjectId)).findFirst()
        .orElseThrow(() -> new AssertionError(subjectId + " is not a subject of check " + checkId));
  }
}
