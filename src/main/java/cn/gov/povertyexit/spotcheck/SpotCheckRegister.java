package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.RegisterClock;
import cn.gov.povertyexit.registry.SubjectType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 抽查、评估核查记录 (seed 000 三 数据准确, 九(2) 档案完整): the sample, its seed, each subject's findings, the pass rate and the
 * outcome of every check, as rows of the register — written by the steps themselves, inside the engine's transaction,
 * so a step and its record stand or fall together. The case carries only the id of its current check
 * ({@value #CURRENT_CHECK}); the results are read back from here.
 */
@Repository
public class SpotCheckRegister {

  /** The case's check now being visited; a case with several checks in turn (Hunan's review) moves it on. */
  public static final String CURRENT_CHECK = "spotCheckId";

  /** Ids per statement when a sample is written: a county's sample of thousands goes in a few statements. */
  private static final int BATCH = 500;

  /** What a subject's visit found; {@code passed} null until it is visited. */
  public record Result(String subjectId, String subjectName, Boolean passed, String findings) {}

  /** A check as the register pages show it; times in Beijing time, as the register keeps them. */
  public record Check(long id, String kind, String name, String level, String placeCode, int exitYear, int population,
      int sampleSize, Integer passedCount, BigDecimal passRate, String outcome, LocalDateTime drawnAt,
      LocalDateTime completedAt) {

    public String levelLabel() {
      return AdministrativeLevel.valueOf(level).label();
    }
  }

  /** A check that sampled or named a household or village, with what it found there. */
  public record Visit(String name, String level, String placeCode, int exitYear, boolean sampled, Boolean passed,
      String findings, String remarks, String checkedBy, LocalDateTime checkedAt, String consequence, String outcome,
      boolean completed) {

    public String levelLabel() {
      return AdministrativeLevel.valueOf(level).label();
    }

    /**
     * The code prefix of the body that checks: an unfinished sample is shown only to it and those above it, so that
     * nobody checked learns beforehand who is sampled.
     */
    public String checkerPrefix() {
      return switch (AdministrativeLevel.valueOf(level)) {
        case PROVINCE -> placeCode.substring(0, 2);
        case CITY -> placeCode.substring(0, 4);
        default -> placeCode;
      };
    }
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  public SpotCheckRegister(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  /**
   * Records a drawn sample — the check, and one row per sampled subject with its name and place taken from the
   * register — and makes it the case's current check.
   *
   * @param seed the system's own seed, null where nothing is drawn (a 100% check, a re-check of the failed)
   */
  public long open(DelegateExecution execution, SpotCheckKind kind, String name, String placeCode, int exitYear,
      Long seed, BigDecimal rate, int population, List<String> sampled) {
    ExecutionEntity caller = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution();
    jdbc.sql("""
            insert into spot_check (kind, name, case_instance_id, parent_case_instance_id, level, place_code, exit_year,
                                    seed, sample_rate, population, sample_size, drawn_at, drawn_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(kind.name(), name, execution.getProcessInstanceId(),
            caller == null ? null : caller.getProcessInstanceId(), kind.level().name(), placeCode, exitYear, seed, rate,
            population, sampled.size(), RegisterClock.now(), CurrentActor.of(execution))
        .update();
    long id = jdbc.sql("select max(id) from spot_check where case_instance_id = ?")
        .param(execution.getProcessInstanceId()).query(Long.class).single();
    insertSubjects(id, kind.subject(), sampled, true, null, null, null, null);
    execution.getProcessInstance().setVariable(CURRENT_CHECK, id);
    return id;
  }

  /** The case's current check, as its draw recorded it. */
  public static long currentCheck(DelegateExecution execution) {
    Object id = execution.getVariable(CURRENT_CHECK);
    if (!(id instanceof Number number)) {
      throw new CaseRefusedException("本案件没有抽查记录（样本在抽查记录启用之前抽取），不能登记核查结果，请重新发起抽查");
    }
    return number.longValue();
  }

  /** A visit's findings on a sampled subject, by whom and when; a refused visit never gets here. */
  public void recordVisit(DelegateExecution execution, SubjectType type, String subjectId, boolean passed,
      String findings, String remarks) {
    long check = currentCheck(execution);
    int updated = jdbc.sql("""
            update spot_check_subject set passed = ?, findings = ?, remarks = ?, checked_by = ?, checked_at = ?
            where spot_check_id = ? and subject_type = ? and subject_id = ? and sampled = true""")
        .params(passed, findings, remarks == null || remarks.isBlank() ? null : remarks.strip(),
            CurrentActor.of(execution), RegisterClock.now(), check, type.name(), subjectId)
        .update();
    if (updated != 1) {
      throw new CaseRefusedException(type.label() + " " + subjectId + " 不在本次抽查的样本中，不能登记核查结果");
    }
  }

  /** The sampled subjects of a check with what their visits found, in id order. */
  public List<Result> results(long check) {
    return jdbc.sql("""
            select subject_id, subject_name, passed, findings from spot_check_subject
            where spot_check_id = ? and sampled = true order by subject_id""")
        .param(check)
        .query((rs, n) -> new Result(rs.getString(1).trim(), rs.getString(2), (Boolean) rs.getObject(3), rs.getString(4)))
        .list();
  }

  /**
   * Each household's latest finding among all the checks of a case (checks follow one another: a re-check replaces
   * the check before it), by 户编号.
   */
  public Map<String, Result> latestResults(String caseInstanceId, SubjectType type) {
    Map<String, Result> latest = new LinkedHashMap<>();
    jdbc.sql("""
            select s.subject_id, s.subject_name, s.passed, s.findings from spot_check_subject s
            join spot_check c on c.id = s.spot_check_id
            where c.case_instance_id = ? and s.subject_type = ? and s.passed is not null order by c.id""")
        .params(caseInstanceId, type.name())
        .query((rs, n) -> latest.put(rs.getString(1).trim(),
            new Result(rs.getString(1).trim(), rs.getString(2), rs.getBoolean(3), rs.getString(4))))
        .list();
    return latest;
  }

  /** The check's rate and outcome, by the project's own rule; {@code passRate} as a fraction (0.9091). */
  public void complete(DelegateExecution execution, long check, int checked, long passed, BigDecimal passRate,
      String outcome) {
    jdbc.sql("""
            update spot_check set checked_count = ?, passed_count = ?, pass_rate = ?, outcome = ?, completed_at = ?,
                                  decided_by = ? where id = ?""")
        .params(checked, passed, passRate.movePointRight(2).setScale(2, RoundingMode.HALF_UP), outcome,
            RegisterClock.now(), CurrentActor.of(execution), check)
        .update();
  }

  public SpotCheckKind kindOf(long check) {
    return SpotCheckKind.valueOf(jdbc.sql("select kind from spot_check where id = ?").param(check).query(String.class)
        .single());
  }

  /** Whether the check's rate and outcome are already recorded. */
  public boolean completed(long check) {
    return jdbc.sql("select count(*) from spot_check where id = ? and completed_at is not null").param(check)
        .query(Integer.class).single() > 0;
  }

  /** What the outcome means for the given sampled subjects: 回退, 重新核查, 不予退出, 无 … */
  public void setConsequence(long check, Collection<String> subjectIds, String consequence) {
    List<String> ids = List.copyOf(subjectIds);
    // a check has subjects of one type only
    for (int from = 0; from < ids.size(); from += BATCH) {
      jdbc.sql("""
              update spot_check_subject set consequence = :consequence
              where spot_check_id = :check and subject_id in (:ids)""")
          .param("consequence", consequence).param("check", check)
          .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .update();
    }
  }

  /**
   * Unsampled subjects the procedure names (e.g. 按抽查不合格比例，由县确定 the unsampled exits to revoke), with why and what
   * follows; a subject already on the check keeps its row and gets the consequence.
   */
  public void recordNamed(DelegateExecution execution, long check, SubjectType type, Collection<String> subjectIds,
      String reason, String consequence) {
    List<String> ids = List.copyOf(subjectIds);
    insertSubjects(check, type, ids, false, reason, consequence, CurrentActor.of(execution), RegisterClock.now());
  }

  /**
   * Unsampled households the procedure names each with a reason of its own (a county's re-verification failures, a
   * government's refusals after a failing sample), in one batch.
   */
  public void recordNamedHouseholds(DelegateExecution execution, long check, Map<String, String> reasons,
      String consequence) {
    if (reasons.isEmpty()) {
      return;
    }
    String checkedBy = CurrentActor.of(execution);
    Timestamp now = RegisterClock.now();
    List<Object[]> rows = reasons.entrySet().stream()
        .map(entry -> new Object[] {check, entry.getValue(), checkedBy, now, consequence, entry.getKey()}).toList();
    jdbcTemplate.batchUpdate("""
            insert into spot_check_subject (spot_check_id, subject_type, subject_id, subject_name, parent_code, sampled,
                                            findings, checked_by, checked_at, consequence)
            select ?, 'HOUSEHOLD', id, head_name, village_code, false, ?, ?, ?, ? from household where id = ?""", rows);
  }

  private void insertSubjects(long check, SubjectType type, List<String> ids, boolean sampled, String findings,
      String consequence, String checkedBy, Timestamp checkedAt) {
    // name and place from the register: a household's village, a village's township
    String from = type == SubjectType.VILLAGE
        ? "select code, name, township_code from village where code in (:ids)"
        : "select id, head_name, village_code from household where id in (:ids)";
    for (int start = 0; start < ids.size(); start += BATCH) {
      List<String> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
      if (sampled) {
        jdbc.sql("""
                insert into spot_check_subject (spot_check_id, subject_type, subject_id, subject_name, parent_code, sampled)
                select :check, :type, subject.*, true from (%s) subject""".formatted(from))
            .param("check", check).param("type", type.name()).param("ids", batch)
            .update();
      } else {
        jdbc.sql("""
                insert into spot_check_subject (spot_check_id, subject_type, subject_id, subject_name, parent_code, sampled,
                                                findings, checked_by, checked_at, consequence)
                select :check, :type, subject.*, false, :findings, :checkedBy, :checkedAt, :consequence
                from (%s) subject""".formatted(from))
            .param("check", check).param("type", type.name()).param("findings", findings)
            .param("checkedBy", checkedBy).param("checkedAt", checkedAt).param("consequence", consequence)
            .param("ids", batch)
            .update();
      }
    }
  }

  /** The checks of the given places (a county's own, its city's), newest first. */
  public List<Check> checksOf(Collection<String> placeCodes) {
    if (placeCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select id, kind, name, level, place_code, exit_year, population, sample_size, passed_count, pass_rate,
                   outcome, drawn_at, completed_at
            from spot_check where place_code in (:places) order by exit_year desc, id desc""")
        .param("places", List.copyOf(placeCodes))
        .query((rs, n) -> new Check(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5).trim(), rs.getInt(6), rs.getInt(7), rs.getInt(8), (Integer) rs.getObject(9),
            rs.getBigDecimal(10), rs.getString(11), local(rs.getTimestamp(12)), local(rs.getTimestamp(13))))
        .list();
  }

  /** Every check that sampled or named the household or village, oldest first. */
  public List<Visit> visitsOf(SubjectType type, String subjectId) {
    return jdbc.sql("""
            select c.name, c.level, c.place_code, c.exit_year, s.sampled, s.passed, s.findings, s.remarks, s.checked_by,
                   s.checked_at, s.consequence, c.outcome, c.completed_at
            from spot_check_subject s join spot_check c on c.id = s.spot_check_id
            where s.subject_type = ? and s.subject_id = ? order by c.id""")
        .params(type.name(), subjectId)
        .query((rs, n) -> new Visit(rs.getString(1), rs.getString(2), rs.getString(3).trim(), rs.getInt(4),
            rs.getBoolean(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9),
            local(rs.getTimestamp(10)), rs.getString(11), rs.getString(12), rs.getTimestamp(13) != null))
        .list();
  }

  private static LocalDateTime local(Timestamp written) {
    return written == null ? null : written.toLocalDateTime();
  }
}
