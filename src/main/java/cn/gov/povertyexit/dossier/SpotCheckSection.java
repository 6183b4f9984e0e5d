package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 抽查及评估核查: each check that sampled or named the subject, with its finding and the check's pass rate. */
@Component
class SpotCheckSection implements DossierSection {

  private final JdbcClient jdbc;

  SpotCheckSection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<Dossier.Section> of(SubjectType type, String id, Optional<Integer> year) {
    List<List<String>> rows = new ArrayList<>();
    jdbc.sql("""
            select c.name, c.exit_year, s.sampled, s.passed, s.findings, s.checked_by, s.checked_at, s.consequence,
                   c.pass_rate, c.outcome
            from spot_check_subject s join spot_check c on c.id = s.spot_check_id
            where s.subject_type = ? and s.subject_id = ? and (? is null or c.exit_year = ?)
            order by c.drawn_at, c.id""")
        .params(type.name(), id, year.orElse(null), year.orElse(null))
        .query((java.sql.ResultSet rs) -> {
          Object passed = rs.getObject(4);
          String result = !rs.getBoolean(3) ? "未抽中，被点名" : passed == null ? "待核查"
              : Boolean.TRUE.equals(passed) ? "达标" : "未达标";
          String finding = (rs.getString(5) == null ? "" : rs.getString(5))
              + (rs.getString(8) == null ? "" : "\n处理：" + rs.getString(8));
          String checked = rs.getTimestamp(7) == null ? "" : StepSection.MINUTE.format(rs.getTimestamp(7).toInstant())
              + (rs.getString(6) == null ? "" : "\n" + rs.getString(6));
          String rate = rs.getBigDecimal(9) == null ? "" : "合格率 " + rs.getBigDecimal(9).toPlainString() + "%"
              + (rs.getString(10) == null ? "" : "\n" + rs.getString(10));
          rows.add(List.of(rs.getString(1) + "（" + rs.getInt(2) + "年度）", result, checked, finding + "\n" + rate));
        });
    return Optional.of(new Dossier.Section("抽查及评估核查", List.of("核查", "本户（村）结果", "核查时间及人员", "发现及处理"), rows,
        "未被抽查。"));
  }
}
