package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 建档立卡状态变更: the register's own trail of the subject, each change with who made it, in which case, why. */
@Component
class TrailSection implements DossierSection {

  private final JdbcClient jdbc;
  private final ActorNames actorNames;

  TrailSection(JdbcClient jdbc, ActorNames actorNames) {
    this.jdbc = jdbc;
    this.actorNames = actorNames;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public Optional<Dossier.Section> of(SubjectType type, String id, Optional<Integer> year) {
    List<String[]> changes = new ArrayList<>();
    jdbc.sql("""
            select changed_at, from_status, to_status, actor, reason from status_change
            where subject_type = ? and subject_id = ? order by changed_at, id""")
        .params(type.name(), id)
        .query((java.sql.ResultSet rs) -> {
          String from = rs.getString(2);
          changes.add(new String[] {StepSection.MINUTE.format(rs.getTimestamp(1).toInstant()),
              (from == null ? "登记为" : type.status(from).label() + " → ") + type.status(rs.getString(3)).label(),
              rs.getString(4), rs.getString(5)});
        });
    Map<String, String> names = actorNames.of(changes.stream().map(change -> change[2]).toList());
    List<List<String>> rows = changes.stream()
        .map(change -> List.of(change[0], change[1], names.get(change[2]), change[3])).toList();
    return Optional.of(new Dossier.Section("建档立卡状态变更", List.of("时间", "变更", "经办人", "原因"), rows, "暂无状态变更。"));
  }
}
