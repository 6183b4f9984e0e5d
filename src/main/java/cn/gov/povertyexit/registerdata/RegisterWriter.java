package cn.gov.povertyexit.registerdata;

import static cn.gov.povertyexit.registerdata.ImportColumns.*;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes an accepted plan to the register in the caller's transaction, in batches: households first, then their
 * members and incomes; each record with its trail entry (who, when, which import, file and row), and each new
 * household's first status in the status trail.
 */
@Repository
class RegisterWriter {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;

  RegisterWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(ImportPlan plan, String importId, String fileName, String actor, LocalDateTime now, IntConsumer progress) {
    List<Object[]> householdInserts = new ArrayList<>();
    List<Object[]> householdUpdates = new ArrayList<>();
    List<Object[]> statusEntries = new ArrayList<>();
    List<Object[]> memberInserts = new ArrayList<>();
    List<Object[]> memberUpdates = new ArrayList<>();
    List<Object[]> incomeInserts = new ArrayList<>();
    List<Object[]> incomeUpdates = new ArrayList<>();
    List<Object[]> trail = new ArrayList<>();
    Timestamp at = Timestamp.valueOf(now);
    for (ImportPlan.Change change : plan.changes()) {
      List<String> cells = change.cells();
      boolean created = change.kind() == ImportPlan.Kind.CREATED;
      switch (change.sheet()) {
        case HOUSEHOLDS -> {
          Object[] values = {cells.get(HOUSEHOLD_VILLAGE), cells.get(HOUSEHOLD_HEAD),
              code(RegisterCodes.STATUS, cells.get(HOUSEHOLD_STATUS)), year(cells.get(HOUSEHOLD_EXIT_YEAR)),
              code(RegisterCodes.DIBAO, cells.get(HOUSEHOLD_DIBAO)), cells.get(HOUSEHOLD_HOUSING),
              yes(cells.get(HOUSEHOLD_WATER)), yes(cells.get(HOUSEHOLD_FOOD)), day(cells.get(HOUSEHOLD_REGISTERED)),
              code(RegisterCodes.POVERTY_STANDARD, cells.get(HOUSEHOLD_POVERTY_STANDARD)), change.subjectId()};
          (created ? householdInserts : householdUpdates).add(values);
          if (created) {
            statusEntries.add(new Object[] {change.subjectId(), values[2], at, actor,
                "建档立卡数据导入：文件「" + fileName + "」「户信息」第" + change.row() + "行"});
          }
        }
        case MEMBERS -> (created ? memberInserts : memberUpdates).add(new Object[] {cells.get(MEMBER_HOUSEHOLD),
            cells.get(MEMBER_NAME), code(RegisterCodes.RELATION, cells.get(MEMBER_RELATION)), day(cells.get(MEMBER_BIRTH)),
            code(RegisterCodes.SCHOOLING, cells.get(MEMBER_SCHOOLING)),
            cells.get(MEMBER_DROPOUT).isEmpty() ? null : code(RegisterCodes.DROPOUT_REASON, cells.get(MEMBER_DROPOUT)),
            code(RegisterCodes.HEALTH, cells.get(MEMBER_HEALTH)), yes(cells.get(MEMBER_ILLNESS_ASSISTED)),
            yes(cells.get(MEMBER_INSURED)), code(RegisterCodes.LABOUR, cells.get(MEMBER_LABOUR)),
            cells.get(MEMBER_NATIONAL_ID)});
        case INCOMES -> (created ? incomeInserts : incomeUpdates).add(new Object[] {
            new BigDecimal(cells.get(INCOME_FIRST_AMOUNT)), new BigDecimal(cells.get(INCOME_FIRST_AMOUNT + 1)),
            new BigDecimal(cells.get(INCOME_FIRST_AMOUNT + 2)), new BigDecimal(cells.get(INCOME_FIRST_AMOUNT + 3)),
            new BigDecimal(cells.get(INCOME_LAST_AMOUNT)), cells.get(INCOME_HOUSEHOLD),
            Integer.parseInt(cells.get(INCOME_YEAR))});
      }
      trail.add(new Object[] {subjectType(change.sheet()), change.subjectId(), change.householdId(), change.kind().name(),
          limited(change.details()), at, actor, importId, fileName, change.sheet().title(), change.row()});
    }
    int[] written = {0};
    IntConsumer step = rows -> {
      written[0] += rows;
      progress.accept(written[0]);
    };
    batch("""
        insert into household (village_code, head_name, status, exit_year, dibao, housing_rating, drinking_water_safe,
                               food_clothing_secure, registered_on, poverty_standard, id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        householdInserts, step);
    batch("""
        update household set village_code = ?, head_name = ?, status = ?, exit_year = ?, dibao = ?, housing_rating = ?,
                             drinking_water_safe = ?, food_clothing_secure = ?, registered_on = ?, poverty_standard = ?
        where id = ?""",
        householdUpdates, step);
    batch("""
        insert into status_change (subject_type, subject_id, from_status, to_status, changed_at, actor, reason)
        values ('HOUSEHOLD', ?, null, ?, ?, ?, ?)""", statusEntries, rows -> { });
    batch("""
        insert into household_member (household_id, name, relation, birth_date, schooling, dropout_reason, health,
                                      serious_illness_assisted, medical_insurance_enrolled, labour_ability, national_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", memberInserts, step);
    batch("""
        update household_member set household_id = ?, name = ?, relation = ?, birth_date = ?, schooling = ?,
               dropout_reason = ?, health = ?, serious_illness_assisted = ?, medical_insurance_enrolled = ?,
               labour_ability = ? where national_id = ?""", memberUpdates, step);
    batch("""
        insert into household_income (wage_income, business_income, business_costs, property_income, transfer_income,
                                      household_id, income_year) values (?, ?, ?, ?, ?, ?, ?)""", incomeInserts, step);
    batch("""
        update household_income set wage_income = ?, business_income = ?, business_costs = ?, property_income = ?,
               transfer_income = ? where household_id = ? and income_year = ?""", incomeUpdates, step);
    batch("""
        insert into register_change (subject_type, subject_id, household_id, change_kind, details, changed_at, actor,
                                     import_id, source_file, source_sheet, source_row)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", trail, rows -> { });
  }

  private void batch(String sql, List<Object[]> rows, IntConsumer progress) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
      jdbc.batchUpdate(sql, chunk);
      progress.accept(chunk.size());
    }
  }

  private static String subjectType(RegisterSheet sheet) {
    return switch (sheet) {
      case HOUSEHOLDS -> "HOUSEHOLD";
      case MEMBERS -> "MEMBER";
      case INCOMES -> "INCOME";
    };
  }

  private static String code(RegisterCodes codes, String label) {
    return codes.codeOf(label).orElseThrow();
  }

  private static boolean yes(String label) {
    return Boolean.parseBoolean(code(RegisterCodes.YES_NO, label));
  }

  private static Integer year(String text) {
    return text.isEmpty() ? null : Integer.valueOf(text);
  }

  private static Date day(String text) {
    return Date.valueOf(LocalDate.parse(text));
  }

  private static String limited(String details) {
    return details.length() <= 4000 ? details : details.substring(0, 3999) + "…";
  }
}
