package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dossier of a household, village or county: its facts from the register and every section of its records.
 * A subject outside the reader's places is answered exactly as one that does not exist.
 */
@Service
public class Dossiers {

  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private final JdbcClient jdbc;
  private final List<DossierSection> sections;

  public Dossiers(JdbcClient jdbc, List<DossierSection> sections) {
    this.jdbc = jdbc;
    this.sections = sections.stream().sorted(Comparator.comparingInt(DossierSection::order)).toList();
  }

  /** The subject's register facts and its place code (village, township or county code) for the jurisdiction check. */
  record Subject(SubjectType type, String id, String name, String placeCode, String placeLine, List<Dossier.Fact> facts) {}

  public Optional<Dossier> of(SubjectType type, String id, Optional<Integer> year, Predicate<String> withinPlaces) {
    Optional<Subject> subject = subject(type, id).filter(found -> withinPlaces.test(found.placeCode()));
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    List<Dossier.Section> parts = new ArrayList<>();
    for (DossierSection section : sections) {
      section.of(type, id, year).ifPresent(parts::add);
    }
    Subject found = subject.get();
    return Optional.of(new Dossier(title(type), found.name() + "（" + found.id() + "）· " + found.placeLine()
        + year.map(value -> " · " + value + "年度").orElse(""), found.facts(), parts,
        PRINTED.format(ClockUtil.getCurrentTime().toInstant())));
  }

  static String title(SubjectType type) {
    return switch (type) {
      case HOUSEHOLD -> "贫困户退出档案";
      case VILLAGE -> "贫困村退出档案";
      case COUNTY -> "贫困县退出档案";
    };
  }

  private Optional<Subject> subject(SubjectType type, String id) {
    return switch (type) {
      case HOUSEHOLD -> jdbc.sql("""
              select h.head_name, h.village_code, p.name, c.name, k.name, t.name, v.name, h.status, h.exit_year,
                     (select count(*) from household_member m where m.household_id = h.id)
              from household h join village v on v.code = h.village_code join township t on t.code = v.township_code
              join county k on k.code = t.county_code join city c on c.code = k.city_code
              join province p on p.code = c.province_code where h.id = ?""")
          .param(id)
          .query((rs, row) -> new Subject(type, id, rs.getString(1), rs.getString(2).trim(),
              rs.getString(3) + rs.getString(4) + rs.getString(5) + rs.getString(6) + rs.getString(7),
              List.of(new Dossier.Fact("户编号", id), new Dossier.Fact("户主", rs.getString(1)),
                  new Dossier.Fact("所在地", rs.getString(3) + rs.getString(4) + rs.getString(5) + rs.getString(6)
                      + rs.getString(7)),
                  new Dossier.Fact("家庭人口", rs.getInt(10) + "人"),
                  new Dossier.Fact("当前状态", type.status(rs.getString(8)).label()),
                  new Dossier.Fact("脱贫年度", year(rs.getObject(9))))))
          .optional();
      case VILLAGE -> jdbc.sql("""
              select v.name, v.code, p.name, c.name, k.name, t.name, v.status, v.exit_year, v.rural_population
              from village v join township t on t.code = v.township_code
              join county k on k.code = t.county_code join city c on c.code = k.city_code
              join province p on p.code = c.province_code where v.code = ?""")
          .param(id)
          .query((rs, row) -> new Subject(type, id, rs.getString(1), rs.getString(2).trim(),
              rs.getString(3) + rs.getString(4) + rs.getString(5) + rs.getString(6),
              List.of(new Dossier.Fact("行政村代码", id), new Dossier.Fact("村名", rs.getString(1)),
                  new Dossier.Fact("所在地", rs.getString(3) + rs.getString(4) + rs.getString(5) + rs.getString(6)),
                  new Dossier.Fact("农村人口", rs.getInt(9) + "人"),
                  new Dossier.Fact("当前状态", type.status(rs.getString(7)).label()),
                  new Dossier.Fact("出列年度", year(rs.getObject(8))))))
          .optional();
      case COUNTY -> jdbc.sql("""
              select k.name, k.code, p.name, c.name, k.status, k.exit_year
              from county k join city c on c.code = k.city_code join province p on p.code = c.province_code
              where k.code = ?""")
          .param(id)
          .query((rs, row) -> new Subject(type, id, rs.getString(1), rs.getString(2).trim(), rs.getString(3) + rs.getString(4),
              List.of(new Dossier.Fact("县级行政区划代码", id), new Dossier.Fact("县名", rs.getString(1)),
                  new Dossier.Fact("所属", rs.getString(3) + rs.getString(4)),
                  new Dossier.Fact("当前状态", type.status(rs.getString(5)).label()),
                  new Dossier.Fact("摘帽年度", year(rs.getObject(6))))))
          .optional();
    };
  }

  private static String year(Object value) {
    return value == null ? "—" : value + "年";
  }
}
