package cn.gov.povertyexit.performance;

import cn.gov.povertyexit.registry.RegisterClock;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 实绩考核: one entry per county and year for each consequence the seeds attach to an exit or a check — the bonus of
 * a county's exit year, the exits a check recognises, a deduction — with the case that caused it.
 */
@Repository
public class PerformanceLedger {

  public enum Kind {
    BONUS("加分"), RECOGNITION("认定退出数量"), DEDUCTION("扣分");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** An entry as supervisors read it. */
  public record Entry(String countyCode, int year, Kind kind, String mark, BigDecimal points, BigDecimal recognisedExits,
      String processInstanceId, java.time.LocalDateTime recordedAt) {}

  private final JdbcClient jdbc;

  public PerformanceLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String countyCode, Object year, Kind kind, String mark, BigDecimal points, BigDecimal recognisedExits,
      String processInstanceId) {
    jdbc.sql("""
            insert into performance_mark (county_code, mark_year, kind, mark, points, recognised_exits,
                                          process_instance_id, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(countyCode, year, kind.name(), mark, points, recognisedExits, processInstanceId,
            RegisterClock.now())
        .update();
  }

  /** The county's entries, newest year first. */
  public List<Entry> of(String countyCode) {
    return jdbc.sql("""
            select county_code, mark_year, kind, mark, points, recognised_exits, process_instance_id, recorded_at
            from performance_mark where county_code = ? order by mark_year desc, recorded_at, id""")
        .param(countyCode)
        .query((rs, n) -> new Entry(rs.getString(1).trim(), rs.getInt(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getTimestamp(8).toLocalDateTime()))
        .list();
  }
}
