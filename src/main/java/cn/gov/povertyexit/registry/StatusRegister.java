package cn.gov.povertyexit.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status changes of households, villages and counties, each written together with its trail entry. Called
 * inside a process step, it joins the engine's transaction: the register and the process move together or not
 * at all.
 */
@Repository
public class StatusRegister {

  /** The length of {@code status_change.reason}; a longer reason is refused before it reaches the database. */
  public static final int MAX_REASON_LENGTH = 4000;

  private final JdbcClient jdbc;

  public StatusRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<RegisterStatus> currentStatus(SubjectType type, String id) {
    return jdbc.sql("select status from " + type.table() + " where " + type.keyColumn() + " = ?")
        .param(id)
        .query(String.class)
        .optional()
        .map(type::status);
  }

  /** Changes a status if the procedures allow that change, and records who, when, where and why. */
  @Transactional
  public void changeStatus(SubjectType type, String id, RegisterStatus next, ChangeContext context) {
    checkReason(context);
    RegisterStatus current = jdbc.sql("select status from " + type.table() + " where " + type.keyColumn() + " = ? for update")
        .param(id)
        .query(String.class)
        .optional()
        .map(type::status)
        .orElseThrow(() -> new RegisterException("登记册中没有编号为 " + id + " 的" + type.label()));
    if (!current.canChangeTo(next)) {
      throw new RegisterException(type.label() + " " + id + " 当前状态为「" + current.label() + "」，不能变更为「" + next.label() + "」");
    }
    int updated = jdbc.sql("update " + type.table() + " set status = ? where " + type.keyColumn() + " = ? and status = ?")
        .params(next.name(), id, current.name())
        .update();
    if (updated != 1) {
      throw new RegisterException(type.label() + " " + id + " 的状态已被他人变更，请刷新后重试");
    }
    insertTrail(type, id, current.name(), next.name(), context);
  }

  /** The first trail entry of a subject entered on the register (建档立卡). */
  @Transactional
  public void recordRegistration(SubjectType type, String id, RegisterStatus status, ChangeContext context) {
    checkReason(context);
    insertTrail(type, id, null, status.name(), context);
  }

  public List<StatusChange> history(SubjectType type, String id) {
    return jdbc.sql("""
            select subject_type, subject_id, from_status, to_status, changed_at, actor, process_instance_id, reason
            from status_change where subject_type = ? and subject_id = ? order by id""")
        .params(type.name(), id)
        .query((rs, row) -> new StatusChange(
            SubjectType.valueOf(rs.getString("subject_type")),
            rs.getString("subject_id").trim(),
            rs.getString("from_status"),
            rs.getString("to_status"),
            RegisterClock.instantOf(rs.getTimestamp("changed_at")),
            rs.getString("actor"),
            rs.getString("process_instance_id"),
            rs.getString("reason")))
        .list();
  }

  private static void checkReason(ChangeContext context) {
    if (context.reason() != null && context.reason().length() > MAX_REASON_LENGTH) {
      throw new RegisterException("说明过长：最多" + MAX_REASON_LENGTH + "个字，现为" + context.reason().length()
          + "个字，请精简后重新提交");
    }
  }

  private void insertTrail(SubjectType type, String id, String from, String to, ChangeContext context) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    jdbc.sql("""
            insert into status_change (subject_type, subject_id, from_status, to_status, changed_at, actor,
                                       process_instance_id, reason)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(type.name(), id, from, to, RegisterClock.at(now), context.actor(), context.processInstanceId(),
            context.reason())
        .update();
  }
}
