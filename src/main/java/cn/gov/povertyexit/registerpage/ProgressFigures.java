package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.villagelist.NoticeStage;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of the supervisors' progress view (督查进度), each read by one SQL statement over a place (every code
 * beginning with its prefix): counts grouped in the database, the engine's runtime and history tables (ACT_RU_*,
 * ACT_HI_*) read, never written. No case is loaded one by one, so a county of 30,000 households costs a handful of
 * grouped rows per village.
 */
@Repository
class ProgressFigures {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** A place of the jurisdiction: its code, name, level and the code prefix every place within it begins with. */
  record Place(String code, String name, Level level) {

    public String prefix() {
      return switch (level) {
        case PROVINCE -> code.substring(0, 2);
        case CITY -> code.substring(0, 4);
        default -> code;
      };
    }
  }

  enum Level {
    PROVINCE("省", 6), CITY("设区市", 6), COUNTY("县", 9), TOWNSHIP("乡镇", 12), VILLAGE("行政村", 12);

    private final String label;
    /** The length of the codes of the rows the place's table shows: counties, townships or villages. */
    private final int childCodeLength;

    Level(String label, int childCodeLength) {
      this.label = label;
      this.childCodeLength = childCodeLength;
    }

    public String label() {
      return label;
    }

    int childCodeLength() {
      return childCodeLength;
    }

    /** What the rows of the place's table are. */
    public String childLabel() {
      return switch (this) {
        case PROVINCE, CITY -> "县";
        case COUNTY -> "乡镇";
        case TOWNSHIP, VILLAGE -> "行政村";
      };
    }
  }

  /** A row of the table: a county, township or village with its households by stage. */
  record Row(String code, String name, Map<ProgressStage, Long> counts) {

    public long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(ProgressStage stage) {
      return counts.getOrDefault(stage, 0L);
    }
  }

  record Notice(String instanceId, NoticeStage stage, String placeCode, String placeName, String townshipName,
      Integer listNumber, String householdId, LocalDate lastDay, long daysLeft) {}

  record OverdueGroup(String groupId, String groupName, long tasks, LocalDateTime oldest) {}

  record SpotCheck(String instanceId, String name, String placeCode, String placeName, Integer year, String passRate,
      boolean ended, LocalDate started) {}

  record HouseholdRow(String id, String headName, String villageCode, String villageName, String townshipName,
      String status) {}

  /** Leaf executions of running household cases, with the household (户编号 from the business key) and the stage. */
  private static final String RUNNING_CASES = """
      select substr(p.business_key_, 1, 16) as household_id, %s as stage
      from act_ru_execution e join act_ru_execution p on p.id_ = e.proc_inst_id_
      join act_re_procdef d on d.id_ = e.proc_def_id_
      where d.key_ in (%s) and e.act_id_ is not null and p.business_key_ like ?
        and not exists (select 1 from act_ru_execution c where c.parent_id_ = e.id_)"""
      .formatted(HouseholdStages.sqlCase("d.key_", "e.act_id_"), HouseholdStages.modelsSql());

  /** The households of the place with a running household case (any year). */
  private static final String WITH_CASE = """
      select distinct substr(p.business_key_, 1, 16) as household_id
      from act_ru_execution p join act_re_procdef d on d.id_ = p.proc_def_id_
      where p.id_ = p.proc_inst_id_ and d.key_ in (%s) and p.business_key_ like ?""".formatted(HouseholdStages.modelsSql());

  private final JdbcClient jdbc;

  ProgressFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Place> place(String code) {
    String table = switch (code.length()) {
      case 12 -> "village";
      case 9 -> "township";
      default -> null;
    };
    if (table != null) {
      return jdbc.sql("select name from " + table + " where code = ?").param(code).query(String.class).optional()
          .map(name -> new Place(code, name, code.length() == 12 ? Level.VILLAGE : Level.TOWNSHIP));
    }
    for (Level level : List.of(Level.COUNTY, Level.CITY, Level.PROVINCE)) {
      String levelTable = level.name().toLowerCase(java.util.Locale.ROOT);
      Optional<String> name = jdbc.sql("select name from " + levelTable + " where code = ?").param(code)
          .query(String.class).optional();
      if (name.isPresent()) {
        return Optional.of(new Place(code, name.get(), level));
      }
    }
    return Optional.empty();
  }

  List<Place> provinces() {
    return jdbc.sql("select code, name from province order by code")
        .query((rs, n) -> new Place(rs.getString(1).trim(), rs.getString(2), Level.PROVINCE)).list();
  }

  /** The place's counties, townships or villages (a village: itself), each with its households by stage. */
  List<Row> rows(Place place) {
    Map<String, String> names = new LinkedHashMap<>();
    String sql = switch (place.level()) {
      case PROVINCE -> "select c.code, c.name from county c join city ci on ci.code = c.city_code where ci.province_code = ? order by c.code";
      case CITY -> "select code, name from county where city_code = ? order by code";
      case COUNTY -> "select code, name from township where county_code = ? order by code";
      case TOWNSHIP -> "select code, name from village where township_code = ? order by code";
      case VILLAGE -> "select code, name from village where code = ?";
    };
    jdbc.sql(sql).param(place.code()).query((java.sql.ResultSet rs) -> {
      names.put(rs.getString(1).trim(), rs.getString(2));
    });
    Map<String, Map<ProgressStage, Long>> counts = new LinkedHashMap<>();
    names.keySet().forEach(code -> counts.put(code, new EnumMap<>(ProgressStage.class)));
    int length = place.level().childCodeLength();
    String like = place.prefix() + "%";
    // running cases: one grouped statement
    jdbc.sql("select substr(r.household_id, 1, 12), r.stage, count(distinct r.household_id) from (" + RUNNING_CASES
            + ") r where r.stage is not null group by substr(r.household_id, 1, 12), r.stage")
        .param(like)
        .query((java.sql.ResultSet rs) -> add(counts, rs.getString(1), length, ProgressStage.valueOf(rs.getString(2)),
            rs.getLong(3)));
    // households without one, by register status: one grouped statement
    jdbc.sql("select h.village_code, h.status, count(*) from household h left join (" + WITH_CASE
            + ") r on r.household_id = h.id where r.household_id is null and h.village_code like ?"
            + " group by h.village_code, h.status")
        .params(like, like)
        .query((java.sql.ResultSet rs) -> HouseholdStages.ofRegister(HouseholdStatus.valueOf(rs.getString(2)))
            .ifPresent(stage -> {
              try {
                add(counts, rs.getString(1).trim(), length, stage, rs.getLong(3));
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            }));
    return names.entrySet().stream().map(entry -> new Row(entry.getKey(), entry.getValue(), counts.get(entry.getKey())))
        .toList();
  }

  private static void add(Map<String, Map<ProgressStage, Long>> counts, String villageCode, int length,
      ProgressStage stage, long n) {
    if (villageCode == null || villageCode.length() < length) {
      return;
    }
    Map<ProgressStage, Long> row = counts.get(villageCode.substring(0, length));
    if (row != null) {
      row.merge(stage, n, Long::sum);
    }
  }

  /** The households of the place at the stage, one page at a time, by 户编号. */
  Paged<HouseholdRow> households(Place place, ProgressStage stage, PageRequest page) {
    String like = place.prefix() + "%";
    String from;
    String where;
    List<Object> parameters = new ArrayList<>();
    if (stage.fromCase()) {
      from = " from household h join (select distinct r.household_id from (" + RUNNING_CASES
          + ") r where r.stage = ?) s on s.household_id = h.id";
      where = " where h.village_code like ?";
      parameters.add(like);
      parameters.add(stage.name());
    } else {
      List<String> statuses = HouseholdStages.registerStatusesOf(stage);
      from = " from household h left join (" + WITH_CASE + ") r on r.household_id = h.id";
      where = " where r.household_id is null and h.village_code like ? and h.status in ("
          + String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")) + ")";
      parameters.add(like);
      parameters.add(like);
      parameters.addAll(statuses);
    }
    if (stage.fromCase()) {
      parameters.add(like);
    }
    long total = jdbc.sql("select count(*)" + from + where).params(parameters).query(Long.class).single();
    List<Object> paging = new ArrayList<>(parameters);
    paging.add(PageRequest.SIZE);
    paging.add(page.offset());
    List<HouseholdRow> rows = jdbc.sql("select h.id, h.head_name, v.code, v.name, t.name, h.status" + from
            + " join village v on v.code = h.village_code join township t on t.code = v.township_code"
            + where + " order by h.id limit ? offset ?")
        .params(paging)
        .query((rs, n) -> new HouseholdRow(rs.getString(1).trim(), rs.getString(2), rs.getString(3).trim(),
            rs.getString(4), rs.getString(5), HouseholdStatus.valueOf(rs.getString(6)).label()))
        .list();
    return new Paged<>(rows, total, page.number());
  }

  /**
   * The notices of the place whose period ends within {@code days} days from today (China's calendar: the last day no
   * later than today + days), soonest first: the villages' lists, the townships' and the households' own notices.
   */
  List<Notice> noticesEnding(Place place, LocalDate today, int days) {
    Timestamp before = Timestamp.from(today.plusDays(days + 1L).atStartOfDay(CHINA).toInstant());
    List<String> kinds = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    for (NoticeStage stage : NoticeStage.values()) {
      kinds.add("(j.process_def_key_ in (" + String.join(", ", java.util.Collections.nCopies(stage.processKeys().length, "?"))
          + ") and jd.act_id_ = ? and pv.name_ = ?"
          + (stage == NoticeStage.HOUSEHOLD ? " and hv.text_ is not null" : "") + ")");
      parameters.addAll(Arrays.asList(stage.processKeys()));
      parameters.add(stage.timerActivity());
      parameters.add(stage.placeVariable());
    }
    parameters.add(before);
    parameters.add(place.prefix() + "%");
    return jdbc.sql("""
            select j.process_instance_id_, j.process_def_key_, jd.act_id_, j.duedate_, pv.text_, lv.long_, hv.text_,
                   coalesce(v.name, t.name), coalesce(vt.name, t.name)
            from act_ru_job j join act_ru_jobdef jd on jd.id_ = j.job_def_id_
            join act_ru_variable pv on pv.execution_id_ = j.process_instance_id_
            left join act_ru_variable lv on lv.execution_id_ = j.process_instance_id_ and lv.name_ = 'listNumber'
            left join act_ru_variable hv on hv.execution_id_ = j.process_instance_id_ and hv.name_ = 'householdId'
            left join village v on v.code = pv.text_ left join township vt on vt.code = v.township_code
            left join township t on t.code = pv.text_
            where j.type_ = 'timer' and (""" + String.join(" or ", kinds) + """
            ) and j.duedate_ < ? and pv.text_ like ?
            order by j.duedate_, pv.text_""")
        .params(parameters)
        .query((rs, n) -> {
          NoticeStage stage = stageOf(rs.getString(2), rs.getString(3));
          LocalDate lastDay = rs.getTimestamp(4).toInstant().atZone(CHINA).toLocalDate();
          Object list = rs.getObject(6);
          return new Notice(rs.getString(1), stage, rs.getString(5), rs.getString(8), rs.getString(9),
              list == null ? null : ((Number) list).intValue(), rs.getString(7), lastDay,
              java.time.temporal.ChronoUnit.DAYS.between(today, lastDay));
        })
        .list();
  }

  private static NoticeStage stageOf(String processKey, String timerActivity) {
    return Arrays.stream(NoticeStage.values())
        .filter(stage -> stage.timerActivity().equals(timerActivity) && Arrays.asList(stage.processKeys()).contains(processKey))
        .findFirst().orElseThrow();
  }

  /** Open tasks created before {@code olderThan}, counted per candidate group of the place, the most first. */
  List<OverdueGroup> overdueTasks(Place place, java.time.Instant olderThan) {
    return jdbc.sql("""
            select l.group_id_, max(g.name_), count(distinct t.id_), min(t.create_time_)
            from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_
            left join act_id_group g on g.id_ = l.group_id_
            where l.type_ = 'candidate' and l.group_id_ like ? and t.create_time_ < ?
            group by l.group_id_ order by count(distinct t.id_) desc, l.group_id_""")
        .params("%-" + place.prefix() + "%", Timestamp.from(olderThan))
        .query((rs, n) -> new OverdueGroup(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getTimestamp(4).toInstant().atZone(CHINA).toLocalDateTime()))
        .list();
  }

  /**
   * The spot checks of the place's exits (seed 000 八): the counties' and cities' checks of exited households
   * ({@code countyHouseholdSpotCheck}, also as the province's third-party assessment) and the cities' checks of exited
   * villages ({@code cityVillageSpotCheck}), running or done, with the pass rate each computed (合格率). The newest first.
   */
  List<SpotCheck> spotChecks(Place place) {
    return jdbc.sql("""
            select p.id_, p.proc_def_key_, p.start_time_, p.end_time_, pl.text_, yr.long_, rate.text_, nm.text_,
                   coalesce(c.name, ci.name)
            from act_hi_procinst p
            join act_hi_varinst pl on pl.execution_id_ = p.id_
             and pl.name_ = case when p.proc_def_key_ = 'cityVillageSpotCheck' then 'cityCode' else 'countyCode' end
            left join act_hi_varinst yr on yr.execution_id_ = p.id_ and yr.name_ = 'exitYear'
            left join act_hi_varinst rate on rate.execution_id_ = p.id_ and rate.name_ = 'passRatePercent'
            left join act_hi_varinst nm on nm.execution_id_ = p.id_ and nm.name_ = 'checkName'
            left join county c on c.code = pl.text_ left join city ci on ci.code = pl.text_
            where p.proc_def_key_ in ('countyHouseholdSpotCheck', 'cityVillageSpotCheck') and pl.text_ like ?
            order by p.start_time_ desc limit 200""")
        .param(place.prefix() + "%")
        .query((rs, n) -> {
          String name = rs.getString(8) != null ? rs.getString(8)
              : "cityVillageSpotCheck".equals(rs.getString(2)) ? "市级出列村抽查" : "县级抽查";
          Object year = rs.getObject(6);
          return new SpotCheck(rs.getString(1), name, rs.getString(5), rs.getString(9),
              year == null ? null : ((Number) year).intValue(), rs.getString(7), rs.getTimestamp(4) != null,
              rs.getTimestamp(3).toInstant().atZone(CHINA).toLocalDate());
        })
        .list();
  }

  /** Totals per stage over the rows. */
  static Map<ProgressStage, Long> totals(List<Row> rows) {
    return Arrays.stream(ProgressStage.values()).collect(Collectors.toMap(stage -> stage,
        stage -> rows.stream().mapToLong(row -> row.count(stage)).sum(), (a, b) -> a, () -> new EnumMap<>(ProgressStage.class)));
  }
}
