package cn.gov.povertyexit.registerdata;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports of register files and their progress. Progress is written in transactions of its own, so that any
 * node of a cluster can show it while the import's own transaction is still open.
 */
@Repository
class RegisterImports {

  private static final String LINE_SEPARATOR = "\n";
  private static final int TEXT_LIMIT = 19000;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  RegisterImports(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void create(String id, String countyCode, String fileName, String sha256, String actor, boolean dryRun, byte[] content,
      LocalDateTime now) {
    ownTransaction.executeWithoutResult(status -> {
      jdbc.sql("""
              insert into register_import (id, county_code, file_name, file_sha256, actor, dry_run, state, phase,
                  rows_total, rows_done, households_created, households_changed, members_created, members_changed,
                  incomes_created, incomes_changed, unchanged_rows, problem_count, created_at)
              values (?, ?, ?, ?, ?, ?, 'QUEUED', '排队等待', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)""")
          .params(id, countyCode, fileName, sha256, actor, dryRun, Timestamp.valueOf(now)).update();
      jdbc.sql("insert into register_import_file (import_id, content) values (?, ?)")
          .params(id, Base64.getEncoder().encodeToString(content)).update();
    });
  }

  void progress(String id, String phase, int rowsDone) {
    ownTransaction.executeWithoutResult(status -> jdbc.sql(
            "update register_import set state = 'RUNNING', phase = ?, rows_done = ? where id = ?")
        .params(phase, rowsDone, id).update());
  }

  /** Records the outcome; in the caller's transaction, so that an import's data and its IMPORTED commit together. */
  void finish(String id, ImportStatus.State state, String phase, ImportPlan plan, LocalDateTime now) {
    jdbc.sql("""
            update register_import set state = ?, phase = ?, households_created = ?, households_changed = ?,
                members_created = ?, members_changed = ?, incomes_created = ?, incomes_changed = ?,
                unchanged_rows = ?, problem_count = ?, problems = ?, change_list = ?, finished_at = ?
            where id = ?""")
        .params(state.name(), phase, count(plan, RegisterSheet.HOUSEHOLDS, ImportPlan.Kind.CREATED),
            count(plan, RegisterSheet.HOUSEHOLDS, ImportPlan.Kind.CHANGED),
            count(plan, RegisterSheet.MEMBERS, ImportPlan.Kind.CREATED),
            count(plan, RegisterSheet.MEMBERS, ImportPlan.Kind.CHANGED),
            count(plan, RegisterSheet.INCOMES, ImportPlan.Kind.CREATED),
            count(plan, RegisterSheet.INCOMES, ImportPlan.Kind.CHANGED), plan.unchangedRows(), plan.problemCount(),
            lines(plan.problems().stream().map(RowProblem::describe).toList()),
            lines(plan.changes().stream().map(RegisterImports::describe).toList()), Timestamp.valueOf(now), id)
        .update();
  }

  void finishInOwnTransaction(String id, ImportStatus.State state, String phase, ImportPlan plan, LocalDateTime now) {
    ownTransaction.executeWithoutResult(status -> finish(id, state, phase, plan, now));
  }

  Optional<ImportStatus> find(String id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(this::status).optional();
  }

  List<ImportStatus> recent(String countyCode, int limit) {
    return jdbc.sql(SELECT + " where county_code = ? order by created_at desc").param(countyCode)
        .query(this::status).stream().limit(limit).toList();
  }

  boolean busy(String countyCode) {
    return jdbc.sql("select count(*) from register_import where county_code = ? and state in ('QUEUED', 'RUNNING')")
        .param(countyCode).query(Integer.class).single() > 0;
  }

  byte[] content(String id) {
    return Base64.getDecoder().decode(jdbc.sql("select content from register_import_file where import_id = ?")
        .param(id).query(String.class).single());
  }

  private static final String SELECT = """
      select id, county_code, file_name, file_sha256, actor, dry_run, state, phase, rows_done, households_created,
             households_changed, members_created, members_changed, incomes_created, incomes_changed, unchanged_rows,
             problem_count, problems, created_at, finished_at, change_list
      from register_import""";

  private ImportStatus status(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    String problems = rs.getString(18);
    String changes = rs.getString(21);
    Timestamp finished = rs.getTimestamp(20);
    return new ImportStatus(rs.getString(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4).trim(),
        rs.getString(5), rs.getBoolean(6), ImportStatus.State.valueOf(rs.getString(7)), rs.getString(8), rs.getInt(9),
        rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16),
        rs.getInt(17), split(problems), split(changes), rs.getTimestamp(19).toLocalDateTime(),
        finished == null ? null : finished.toLocalDateTime());
  }

  private static int count(ImportPlan plan, RegisterSheet sheet, ImportPlan.Kind kind) {
    return (int) plan.count(sheet, kind);
  }

  /** "「户信息」第5行 变更：住房安全等级：C → B" — what the report lists of the plan, row by row. */
  private static String describe(ImportPlan.Change change) {
    return "「" + change.sheet().title() + "」第" + change.row() + "行 " + change.details();
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(LINE_SEPARATOR));
  }

  /** As many lines as the column holds; the report says how many there are in all. */
  private static String lines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String clean = line.replace(LINE_SEPARATOR, " ");
      if (text.length() + clean.length() + 1 > TEXT_LIMIT) {
        break;
      }
      text.append(text.isEmpty() ? "" : LINE_SEPARATOR).append(clean);
    }
    return text.toString();
  }
}
