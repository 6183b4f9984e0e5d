package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 公示: each notice that carried the subject, where it was posted, its period and outcome, and its objections. */
@Component
class NoticeSection implements DossierSection {

  private final JdbcClient jdbc;

  NoticeSection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Dossier.Section> of(SubjectType type, String id, Optional<Integer> year) {
    List<List<String>> rows = new ArrayList<>();
    jdbc.sql("""
            select n.title, n.posting_place, n.posted_on, n.ends_on, n.outcome,
                   (select count(*) from notice_objection o where o.notice_id = n.id
                      and o.subject_type = e.subject_type and o.subject_id = e.subject_id)
            from public_notice n join public_notice_entry e on e.notice_id = n.id
            where e.subject_type = ? and e.subject_id = ? and (? is null or n.exit_year = ?)
            order by n.posted_at, n.id""")
        .params(type.name(), id, year.orElse(null), year.orElse(null))
        .query((java.sql.ResultSet rs) -> {
          rows.add(List.of(rs.getString(1), rs.getString(2),
              rs.getDate(3).toLocalDate() + " 至 " + rs.getDate(4).toLocalDate() + "（自张贴次日起算）",
              outcome(rs.getString(5)) + (rs.getInt(6) > 0 ? "（收到异议" + rs.getInt(6) + "件）" : "")));
        });
    jdbc.sql("""
            select o.received_at, o.objector_name, o.content, o.verified_at, o.findings, o.upheld, o.verified_by
            from notice_objection o join public_notice n on n.id = o.notice_id
            where o.subject_type = ? and o.subject_id = ? and (? is null or n.exit_year = ?)
            order by o.received_at""")
        .params(type.name(), id, year.orElse(null), year.orElse(null))
        .query((java.sql.ResultSet rs) -> {
          String verified = rs.getTimestamp(4) == null ? "尚未核实"
              : StepSection.MINUTE.format(rs.getTimestamp(4).toInstant()) + " " + rs.getString(7) + " 核实："
                  + rs.getString(5) + (rs.getBoolean(6) ? "（异议成立）" : "（异议不成立）");
          rows.add(List.of("异议", "异议人：" + rs.getString(2),
              "登记于 " + StepSection.MINUTE.format(rs.getTimestamp(1).toInstant()), rs.getString(3) + "\n" + verified));
        });
    return Optional.of(new Dossier.Section("公示及异议", List.of("公示", "张贴地点", "公示期", "结果"), rows, "暂无公示记录。"));
  }

  private static String outcome(String outcome) {
    return switch (outcome == null ? "" : outcome) {
      case "PASSED" -> "期满无异议";
      case "OBJECTED" -> "期间收到异议";
      case "RUNNING" -> "公示中";
      default -> outcome == null ? "" : outcome;
    };
  }
}
