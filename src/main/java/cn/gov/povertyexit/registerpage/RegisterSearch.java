package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.VillageStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 建档立卡数据查询: households, villages and counties of an official's places, one page at a time. Each query counts
 * in the database and reads only the page's rows, so a county of 30,000 households costs one page.
 */
@Repository
class RegisterSearch {

  /** What the official searches for; {@code text} is an id (digits, matched from the start) or part of a name. */
  record Criteria(Kind kind, String text, String status, Integer year) {

    boolean byId() {
      return text != null && text.matches("\\d+");
    }
  }

  enum Kind {
    HOUSEHOLDS("贫困户"), VILLAGES("行政村"), COUNTIES("县");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The statuses this kind of subject can have, by stored value, with their Chinese names. */
    public List<String[]> statuses() {
      List<String[]> statuses = new ArrayList<>();
      switch (this) {
        case HOUSEHOLDS -> List.of(HouseholdStatus.values()).forEach(s -> statuses.add(new String[] {s.name(), s.label()}));
        case VILLAGES -> List.of(VillageStatus.values()).forEach(s -> statuses.add(new String[] {s.name(), s.label()}));
        case COUNTIES -> List.of(CountyStatus.values()).forEach(s -> statuses.add(new String[] {s.name(), s.label()}));
      }
      return statuses;
    }

    Optional<String> statusLabel(String status) {
      return statuses().stream().filter(pair -> pair[0].equals(status)).map(pair -> pair[1]).findFirst();
    }
  }

  public record HouseholdRow(String id, String headName, String status, Integer exitYear, String villageCode,
      String villageName, String townshipName, String countyName, int members) {}

  public record VillageRow(String code, String name, String status, Integer exitYear, String townshipName,
      String countyName, int households) {}

  public record CountyRow(String code, String name, String countyClass, String status, Integer exitYear, int villages) {}

  private final JdbcClient jdbc;

  RegisterSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Paged<HouseholdRow> households(RegisterScope scope, Criteria criteria, PageRequest page) {
    Where where = new Where(scope, "h.village_code");
    if (criteria.byId()) {
      where.and("h.id like ?", criteria.text() + "%");
    } else if (criteria.text() != null) {
      where.and("h.head_name like ? escape '\\'", contains(criteria.text()));
    }
    where.andIf(criteria.status(), "h.status = ?");
    where.andIf(criteria.year(), "h.exit_year = ?");
    long total = jdbc.sql("select count(*) from household h where " + where.sql).params(where.parameters)
        .query(Long.class).single();
    List<HouseholdRow> rows = jdbc.sql("""
            select h.id, h.head_name, h.status, h.exit_year, v.code, v.name, t.name, c.name,
                   (select count(*) from household_member m where m.household_id = h.id)
            from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code join county c on c.code = t.county_code
            where """ + where.sql + " order by h.id limit ? offset ?")
        .params(where.withPage(page))
        .query((rs, n) -> new HouseholdRow(rs.getString(1).trim(), rs.getString(2), HouseholdStatus.valueOf(rs.getString(3)).label(),
            (Integer) rs.getObject(4), rs.getString(5).trim(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9)))
        .list();
    return new Paged<>(rows, total, page.number());
  }

  /** The households of one village, by id: the village page's list. */
  Paged<HouseholdRow> householdsOfVillage(String villageCode, PageRequest page) {
    return households(new RegisterScope(List.of(villageCode)), new Criteria(Kind.HOUSEHOLDS, null, null, null), page);
  }

  Paged<VillageRow> villages(RegisterScope scope, Criteria criteria, PageRequest page) {
    Where where = new Where(scope, "v.code");
    if (criteria.byId()) {
      where.and("v.code like ?", criteria.text() + "%");
    } else if (criteria.text() != null) {
      where.and("v.name like ? escape '\\'", contains(criteria.text()));
    }
    where.andIf(criteria.status(), "v.status = ?");
    where.andIf(criteria.year(), "v.exit_year = ?");
    long total = jdbc.sql("select count(*) from village v where " + where.sql).params(where.parameters)
        .query(Long.class).single();
    List<VillageRow> rows = jdbc.sql("""
            select v.code, v.name, v.status, v.exit_year, t.name, c.name,
                   (select count(*) from household h where h.village_code = v.code)
            from village v join township t on t.code = v.township_code join county c on c.code = t.county_code
            where """ + where.sql + " order by v.code limit ? offset ?")
        .params(where.withPage(page))
        .query((rs, n) -> new VillageRow(rs.getString(1).trim(), rs.getString(2), VillageStatus.valueOf(rs.getString(3)).label(),
            (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
        .list();
    return new Paged<>(rows, total, page.number());
  }

  Paged<CountyRow> counties(RegisterScope scope, Criteria criteria, PageRequest page) {
    Where where = new Where(scope, "c.code");
    if (criteria.byId()) {
      where.and("c.code like ?", criteria.text() + "%");
    } else if (criteria.text() != null) {
      where.and("c.name like ? escape '\\'", contains(criteria.text()));
    }
    where.andIf(criteria.status(), "c.status = ?");
    where.andIf(criteria.year(), "c.exit_year = ?");
    long total = jdbc.sql("select count(*) from county c where " + where.sql).params(where.parameters)
        .query(Long.class).single();
    List<CountyRow> rows = jdbc.sql("""
            select c.code, c.name, c.county_class, c.status, c.exit_year,
                   (select count(*) from village v join township t on t.code = v.township_code where t.county_code = c.code)
            from county c where """ + where.sql + " order by c.code limit ? offset ?")
        .params(where.withPage(page))
        .query((rs, n) -> new CountyRow(rs.getString(1).trim(), rs.getString(2), countyClassLabel(rs.getString(3)),
            CountyStatus.valueOf(rs.getString(4)).label(), (Integer) rs.getObject(5), rs.getInt(6)))
        .list();
    return new Paged<>(rows, total, page.number());
  }

  static String countyClassLabel(String countyClass) {
    if (countyClass == null) {
      return "";
    }
    return switch (countyClass) {
      case "NATIONAL_KEY" -> "国家级贫困县";
      case "PROVINCE_DESIGNATED" -> "省定贫困县";
      default -> countyClass;
    };
  }

  /** A LIKE pattern for "contains the text", the text's own % and _ taken literally. */
  private static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** A where clause built from the official's scope and the criteria, with its parameters in order. */
  private static final class Where {
    private String sql;
    private final List<Object> parameters = new ArrayList<>();

    Where(RegisterScope scope, String placeColumn) {
      sql = scope.condition(placeColumn);
      parameters.addAll(scope.parameters());
    }

    void and(String condition, Object parameter) {
      sql += " and " + condition;
      parameters.add(parameter);
    }

    void andIf(Object parameter, String condition) {
      if (parameter != null) {
        and(condition, parameter);
      }
    }

    List<Object> withPage(PageRequest page) {
      List<Object> all = new ArrayList<>(parameters);
      all.add(PageRequest.SIZE);
      all.add(page.offset());
      return all;
    }
  }
}
