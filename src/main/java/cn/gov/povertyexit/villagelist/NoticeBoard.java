package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.household.HouseholdExitStandard;
import cn.gov.povertyexit.household.PovertyStandard;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.notice.NoticeKind;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The notices of households' exits (公示), read from the register's records (public_notice): those in their period
 * within an official's places, and each one as it is printed for the board. A notice is public, so every official of
 * a place sees the notices of that place; nobody sees those of another place, not even whether a notice exists there.
 */
@Service
public class NoticeBoard {

  /** A board lists at most this many notices; a county or province official narrows it to a place. */
  public static final int PAGE_SIZE = 200;
  static final String ROW_REASON = "收入稳定超过扶贫标准，两不愁三保障";

  /** The notices of households' exits, which this board carries. */
  private static final List<NoticeKind> HOUSEHOLD_EXIT_KINDS = List.of(NoticeKind.VILLAGE_LIST, NoticeKind.TOWNSHIP_LIST,
      NoticeKind.TOWNSHIP_BOARD, NoticeKind.HOUSEHOLD, NoticeKind.HOUSEHOLD_SECOND, NoticeKind.HOUSEHOLD_TOWNSHIP);
  private static final String NOTICE_WITH_PLACES = "select n.*, v.name as village_name, t.name as township_name,"
      + " c.name as county_name, (select count(*) from public_notice_entry e where e.notice_id = n.id) as entries"
      + " from public_notice n left join village v on v.code = n.place_code"
      + " left join township t on t.code = substr(n.place_code, 1, 9)"
      + " left join county c on c.code = substr(n.place_code, 1, 6)";

  private final ExitPolicy policy;
  private final JdbcClient jdbc;
  private final HouseholdExitStandard standard;

  public NoticeBoard(ExitPolicy policy, JdbcClient jdbc, HouseholdExitStandard standard) {
    this.policy = policy;
    this.jdbc = jdbc;
    this.standard = standard;
  }

  /**
   * The notices in their period now, in the official's places (narrowed to {@code placeCode} when given), ordered
   * by place, year and batch; their lines are not read (the board shows how many).
   */
  public List<PostedNotice> postedWithin(Authentication official, Optional<String> placeCode) {
    List<String> prefixes = narrowed(JurisdictionGuard.placePrefixes(official), placeCode);
    if (prefixes.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(HOUSEHOLD_EXIT_KINDS.stream().map(Enum::name).toList());
    prefixes.forEach(prefix -> params.add(prefix + "%"));
    return jdbc.sql(NOTICE_WITH_PLACES + " where n.outcome = 'RUNNING' and n.kind in ("
            + placeholders(HOUSEHOLD_EXIT_KINDS.size()) + ") and ("
            + String.join(" or ", Collections.nCopies(prefixes.size(), "n.place_code like ?"))
            + ") order by n.place_code, n.exit_year, n.list_number, n.kind, n.id fetch first " + PAGE_SIZE + " rows only")
        .params(params).query((row, number) -> notice(row, List.of(), null)).list();
  }

  /** The notice of that id, if it concerns the official's places. */
  public Optional<PostedNotice> find(Authentication official, long noticeId) {
    return printed(official, " where n.id = ?", noticeId);
  }

  /** The last notice of that stage an instance posted, if it concerns the official's places. */
  public Optional<PostedNotice> find(Authentication official, String instanceId, NoticeStage stage) {
    List<Object> params = new ArrayList<>();
    params.add(instanceId);
    List<NoticeKind> kinds = kindsOf(stage);
    kinds.forEach(kind -> params.add(kind.name()));
    return printed(official, " where n.case_instance_id = ? and n.kind in (" + placeholders(kinds.size())
        + ") order by n.id desc fetch first 1 rows only", params.toArray());
  }

  private Optional<PostedNotice> printed(Authentication official, String condition, Object... params) {
    List<String> prefixes = JurisdictionGuard.placePrefixes(official);
    Optional<PostedNotice> head = jdbc.sql(NOTICE_WITH_PLACES + condition).params(params)
        .query((row, number) -> notice(row, null, row.getLong("id"))).optional()
        .filter(notice -> prefixes.stream().anyMatch(notice.placeCode()::startsWith));
    return head.map(notice -> withLines(notice, Long.parseLong(notice.noticeId())));
  }

  private PostedNotice withLines(PostedNotice notice, long id) {
    List<PostedNotice.Row> rows = jdbc.sql("select subject_name, village_name, member_count, per_capita_income,"
            + " exit_reason from public_notice_entry where notice_id = ? order by subject_id")
        .param(id).query((row, number) -> new PostedNotice.Row(row.getString(1),
            notice.namesVillages() && row.getString(2) != null ? row.getString(2) : "", row.getInt(3), row.getString(4),
            row.getString(5)))
        .list();
    String provincialLine = provincialLineOf(id, notice.year(), notice.placeCode().substring(0, 2) + "0000");
    return notice.withRows(rows, provincialLine);
  }

  private PostedNotice notice(ResultSet row, List<PostedNotice.Row> rows, Long id) throws SQLException {
    NoticeKind kind = NoticeKind.valueOf(row.getString("kind"));
    String placeCode = row.getString("place_code").trim();
    int year = row.getInt("exit_year");
    LocalDate postedOn = row.getObject("posted_on", LocalDate.class);
    String provinceCode = placeCode.substring(0, 2) + "0000";
    return new PostedNotice(row.getString("id"), row.getString("case_instance_id"), stageOf(kind), kind.postedByTownship(),
        placeCode, nameOr(row.getString("village_name")), nameOr(row.getString("township_name")),
        nameOr(row.getString("county_name")), year, row.getInt("list_number"), row.getString("title"),
        policy.nationalPovertyLine(year).toPlainString(), null, drinkingWaterRequired(provinceCode), postedOn,
        postedOn.plusDays(1), row.getObject("ends_on", LocalDate.class), row.getString("posting_place"),
        row.getString("outcome"), row.getInt("entries"), rows == null ? List.of() : rows);
  }

  static NoticeStage stageOf(NoticeKind kind) {
    return switch (kind) {
      case VILLAGE_LIST -> NoticeStage.VILLAGE;
      case TOWNSHIP_LIST -> NoticeStage.TOWNSHIP;
      case TOWNSHIP_BOARD -> NoticeStage.TOWNSHIP_BOARD;
      default -> NoticeStage.HOUSEHOLD;
    };
  }

  private static List<NoticeKind> kindsOf(NoticeStage stage) {
    return Arrays.stream(NoticeKind.values()).filter(HOUSEHOLD_EXIT_KINDS::contains)
        .filter(kind -> stageOf(kind) == stage).toList();
  }

  private static List<String> narrowed(List<String> prefixes, Optional<String> placeCode) {
    if (placeCode.isEmpty()) {
      return prefixes;
    }
    String place = placeCode.get();
    return prefixes.stream().anyMatch(place::startsWith) ? List.of(place) : List.of();
  }

  /** The provincial line, where a household of the notice is on it (seed 004 三(一)); otherwise null. */
  private String provincialLineOf(long noticeId, int year, String provinceCode) {
    int provincial = jdbc.sql("select count(*) from household h join public_notice_entry e on e.subject_id = h.id"
            + " where e.notice_id = ? and e.subject_type = 'HOUSEHOLD' and h.poverty_standard = 'PROVINCIAL'")
        .param(noticeId).query(Integer.class).single();
    if (provincial == 0) {
      return null;
    }
    try {
      return standard.povertyLine(PovertyStandard.PROVINCIAL, year, provinceCode).toPlainString();
    } catch (PolicyNotConfiguredException notConfigured) {
      return null;
    }
  }

  private boolean drinkingWaterRequired(String provinceCode) {
    try {
      return policy.province(provinceCode).drinkingWaterRequired();
    } catch (PolicyNotConfiguredException notConfigured) {
      return false;
    }
  }

  private static String placeholders(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }

  private static String nameOr(String name) {
    return name == null ? "" : name;
  }
}
