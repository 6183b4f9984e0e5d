package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.registry.SubjectType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The notices of the register (公示), their printed lines and the objections raised against them. Written by the
 * engine's steps through the engine's own transaction, so a notice exists exactly when the step that posts it has.
 */
@Repository
public class NoticeRecords {

  /** The variable holding the id of the notice an instance posted last. */
  public static final String NOTICE_ID = "noticeId";

  public record NewNotice(NoticeKind kind, String title, String caseInstanceId, String placeCode, String postingPlace,
      Instant postedAt, int periodDays, int exitYear, Integer listNumber, String postedBy, Long replacesId,
      List<Entry> entries) {}

  /** One printed line: a name and what the list shows, never an identity number, telephone or health detail. */
  public record Entry(SubjectType subjectType, String subjectId, String subjectName, String villageName,
      Integer memberCount, String perCapitaIncome, String exitReason) {}

  public record Notice(long id, NoticeKind kind, String title, String caseInstanceId, String placeCode,
      String postingPlace, LocalDate postedOn, LocalDate endsOn, Instant endedAt, String outcome, int exitYear,
      String postedBy) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public NoticeRecords(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Posts a notice: its period counted by {@link NoticePeriod} from the China date of {@code postedAt}. */
  public long post(NewNotice notice) {
    LocalDate postedOn = NoticePeriod.postedOn(notice.postedAt());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into public_notice (kind, title, case_instance_id, place_code, posting_place, posted_on, ends_on,"
            + " outcome, exit_year, list_number, posted_by, posted_at, period_days, replaces_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?)")
        .params(notice.kind().name(), notice.title(), notice.caseInstanceId(), notice.placeCode(),
            PostingPlace.checked(notice.postingPlace()), postedOn,
            NoticePeriod.endsOn(postedOn, notice.periodDays()), notice.exitYear(), notice.listNumber(), notice.postedBy(),
            Timestamp.from(notice.postedAt()), notice.periodDays(), notice.replacesId())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    template.batchUpdate("insert into public_notice_entry (notice_id, subject_type, subject_id, subject_name,"
            + " village_name, member_count, per_capita_income, exit_reason) values (?, ?, ?, ?, ?, ?, ?, ?)",
        notice.entries().stream().map(entry -> new Object[] {id, entry.subjectType().name(), entry.subjectId(),
            entry.subjectName(), entry.villageName(), entry.memberCount(), entry.perCapitaIncome(), entry.exitReason()})
            .toList());
    return id;
  }

  public Optional<Notice> find(long id) {
    return jdbc.sql("select * from public_notice where id = ?").param(id).query(NoticeRecords::notice).optional();
  }

  /** The period has run: passed, or 期间收到异议 where an objection reached a subject of the list meanwhile. */
  public void periodEnded(long id, Instant at) {
    jdbc.sql("update public_notice set ended_at = ?, outcome = case when exists (select 1 from notice_objection o"
            + " where o.notice_id = public_notice.id) then 'OBJECTED' else 'PASSED' end"
            + " where id = ? and outcome = 'RUNNING'")
        .params(Timestamp.from(at), id).update();
  }

  /** An objection interrupts a notice of one subject. */
  public void interrupted(long id, Instant at) {
    jdbc.sql("update public_notice set ended_at = ?, outcome = 'OBJECTED' where id = ? and outcome = 'RUNNING'")
        .params(Timestamp.from(at), id).update();
  }

  /** The subject's notice of the year an objection concerns: the one running, else the last one posted. */
  public Optional<Notice> latestOf(SubjectType type, String subjectId, int exitYear) {
    return jdbc.sql("select n.* from public_notice n join public_notice_entry e on e.notice_id = n.id"
            + " where e.subject_type = ? and e.subject_id = ? and n.exit_year = ?"
            + " order by case when n.outcome = 'RUNNING' and e.left_at is null then 0 else 1 end, n.id desc"
            + " fetch first 1 rows only")
        .params(type.name(), subjectId, exitYear).query(NoticeRecords::notice).optional();
  }

  /** Records a registered objection against the subject's line of {@code noticeId}; a list's notice runs on without it. */
  public long objectionReceived(long noticeId, SubjectType type, String subjectId, String objector, String content,
      String receivedBy, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into notice_objection (notice_id, subject_type, subject_id, objector_name, content, received_by,"
            + " received_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(noticeId, type.name(), subjectId, objector, content, receivedBy, Timestamp.from(at))
        .update(key, "id");
    jdbc.sql("update public_notice_entry set left_at = ? where notice_id = ? and subject_type = ? and subject_id = ?"
            + " and left_at is null")
        .params(Timestamp.from(at), noticeId, type.name(), subjectId).update();
    return key.getKeyAs(Number.class).longValue();
  }

  /** Whether an objection against the subject reached that notice: a notice posted after it replaces it. */
  public boolean objectedTo(long noticeId, SubjectType type, String subjectId) {
    return jdbc.sql("select count(*) from notice_objection where notice_id = ? and subject_type = ? and subject_id = ?")
        .params(noticeId, type.name(), subjectId).query(Integer.class).single() > 0;
  }

  public void objectionVerified(long objectionId, String verifiedBy, String findings, boolean upheld, Instant at) {
    jdbc.sql("update notice_objection set verified_by = ?, findings = ?, upheld = ?, verified_at = ? where id = ?")
        .params(verifiedBy, findings, upheld, Timestamp.from(at), objectionId).update();
  }

  private static Notice notice(java.sql.ResultSet row, int number) throws java.sql.SQLException {
    Timestamp ended = row.getTimestamp("ended_at");
    return new Notice(row.getLong("id"), NoticeKind.valueOf(row.getString("kind")), row.getString("title"),
        row.getString("case_instance_id"), row.getString("place_code"), row.getString("posting_place"),
        row.getObject("posted_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
        ended == null ? null : ended.toInstant(), row.getString("outcome"), row.getInt("exit_year"),
        row.getString("posted_by"));
  }
}
