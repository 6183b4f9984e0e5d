package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.household.DibaoStatus;
import cn.gov.povertyexit.registerdata.RegisterCodes;
import cn.gov.povertyexit.policysupport.SupportMeasureKind;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.SubjectType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A household of the register as its page shows it: place, facts, members, incomes and the trail. */
@Repository
class RegisterRecords {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dX]");

  public record Household(String id, String headName, String status, Integer exitYear, String villageCode,
      String villageName, String townshipName, String countyCode, String countyName, String dibao,
      String housingRating, boolean drinkingWaterSafe, boolean foodClothingSecure, LocalDate registeredOn) {

    public boolean housingSafe() {
      return "A".equals(housingRating) || "B".equals(housingRating);
    }
  }

  public record Member(String name, String relation, String maskedNationalId, int age, String schooling,
      String health, boolean seriousIllnessAssisted, boolean insured, String labour) {}

  public record Income(int year, BigDecimal wages, BigDecimal business, BigDecimal businessCosts, BigDecimal property,
      BigDecimal transfers, BigDecimal disposable, BigDecimal perCapita) {}

  public record SupportMeasure(int year, String kind, String content, BigDecimal amount, LocalDate carriedOutOn,
      String householdStatus, String actor) {}

  private final JdbcClient jdbc;

  RegisterRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Household> household(String id) {
    return jdbc.sql("""
            select h.id, h.head_name, h.status, h.exit_year, v.code, v.name, t.name, c.code, c.name, h.dibao,
                   h.housing_rating, h.drinking_water_safe, h.food_clothing_secure, h.registered_on
            from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code join county c on c.code = t.county_code
            where h.id = ?""")
        .param(id)
        .query((rs, n) -> new Household(rs.getString(1).trim(), rs.getString(2), HouseholdStatus.valueOf(rs.getString(3)).label(),
            (Integer) rs.getObject(4), rs.getString(5).trim(), rs.getString(6), rs.getString(7), rs.getString(8).trim(),
            rs.getString(9), DibaoStatus.valueOf(rs.getString(10)).label(), rs.getString(11).trim(), rs.getBoolean(12),
            rs.getBoolean(13), rs.getDate(14).toLocalDate()))
        .optional();
  }

  /** The support measures recorded for the household (帮扶措施), newest first. */
  List<SupportMeasure> supportMeasures(String householdId) {
    return jdbc.sql("""
            select measure_year, measure_kind, content, amount, carried_out_on, household_status, actor
            from support_measure where household_id = ? order by carried_out_on desc, id desc""")
        .param(householdId)
        .query((rs, n) -> new SupportMeasure(rs.getInt(1), SupportMeasureKind.valueOf(rs.getString(2)).label(),
            rs.getString(3), rs.getBigDecimal(4), rs.getDate(5).toLocalDate(),
            HouseholdStatus.valueOf(rs.getString(6)).label(), rs.getString(7)))
        .list();
  }

  List<Member> members(String householdId) {
    LocalDate today = LocalDate.now(CHINA);
    return jdbc.sql("""
            select name, relation, national_id, birth_date, schooling, dropout_reason, health, serious_illness_assisted,
                   medical_insurance_enrolled, labour_ability
            from household_member where household_id = ? order by case when relation = 'HEAD' then 0 else 1 end, id""")
        .param(householdId)
        .query((rs, n) -> {
          String schooling = RegisterCodes.SCHOOLING.labelOf(rs.getString(5));
          String dropout = rs.getString(6);
          return new Member(rs.getString(1), RegisterCodes.RELATION.labelOf(rs.getString(2)),
              NationalIdMask.mask(rs.getString(3)), Period.between(rs.getDate(4).toLocalDate(), today).getYears(),
              dropout == null ? schooling : schooling + "（" + RegisterCodes.DROPOUT_REASON.labelOf(dropout) + "）",
              RegisterCodes.HEALTH.labelOf(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9),
              RegisterCodes.LABOUR.labelOf(rs.getString(10)));
        })
        .list();
  }

  /** Each year's income with the per-capita figure over the members now registered, as the standard counts them. */
  List<Income> incomes(String householdId, int memberCount) {
    return jdbc.sql("""
            select income_year, wage_income, business_income, business_costs, property_income, transfer_income
            from household_income where household_id = ? order by income_year""")
        .param(householdId)
        .query((rs, n) -> {
          BigDecimal disposable = rs.getBigDecimal(2).add(rs.getBigDecimal(3)).subtract(rs.getBigDecimal(4))
              .add(rs.getBigDecimal(5)).add(rs.getBigDecimal(6));
          BigDecimal perCapita = memberCount == 0 ? null
              : disposable.divide(BigDecimal.valueOf(memberCount), 2, RoundingMode.HALF_UP);
          return new Income(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
              rs.getBigDecimal(5), rs.getBigDecimal(6), disposable, perCapita);
        })
        .list();
  }

  /** How many households of the place (a village or county code) have each status, in the statuses' order. */
  Map<String, Integer> householdsByStatus(String placeCode) {
    Map<String, Integer> counted = new LinkedHashMap<>();
    List.of(HouseholdStatus.values()).forEach(status -> counted.put(status.label(), 0));
    jdbc.sql("select status, count(*) from household where village_code like ? group by status")
        .param(placeCode + "%")
        .query((rs, n) -> counted.put(HouseholdStatus.valueOf(rs.getString(1)).label(), rs.getInt(2)))
        .list();
    return counted;
  }

  /** The approved exit year of a village or county, if it has one. */
  Optional<Integer> exitYear(String table, String code) {
    String sql = switch (table) {
      case "village" -> "select exit_year from village where code = ?";
      case "county" -> "select exit_year from county where code = ?";
      default -> throw new IllegalArgumentException(table);
    };
    return jdbc.sql(sql).param(code).query((rs, n) -> Optional.ofNullable((Integer) rs.getObject(1))).optional()
        .flatMap(year -> year);
  }

  List<TrailEntry> statusTrail(SubjectType type, String id) {
    return jdbc.sql("""
            select from_status, to_status, changed_at, actor, process_instance_id, reason
            from status_change where subject_type = ? and subject_id = ? order by id""")
        .params(type.name(), id)
        .query((rs, n) -> {
          String from = rs.getString(1);
          String to = type.status(rs.getString(2)).label();
          return new TrailEntry(chinaTime(rs.getTimestamp(3)), "状态变更",
              from == null ? "登记为" + to : type.status(from).label() + " → " + to, rs.getString(4),
              rs.getString(5), null, masked(rs.getString(6)));
        })
        .list();
  }

  /** The data changes of a household and its members and incomes: imports and verified facts. */
  List<TrailEntry> dataTrail(String householdId) {
    return jdbc.sql("""
            select subject_type, change_kind, details, changed_at, actor, process_instance_id, source_file, source_sheet,
                   source_row
            from register_change where household_id = ? order by id""")
        .param(householdId)
        .query((rs, n) -> new TrailEntry(chinaTime(rs.getTimestamp(4)), dataKind(rs), masked(rs.getString(3)),
            rs.getString(5), rs.getString(6), source(rs), null))
        .list();
  }

  private static String dataKind(ResultSet rs) throws SQLException {
    String subject = switch (rs.getString(1)) {
      case "MEMBER" -> "家庭成员";
      case "INCOME" -> "年收入";
      default -> "户信息";
    };
    return subject + ("CREATED".equals(rs.getString(2)) ? "新增" : "变更");
  }

  private static String source(ResultSet rs) throws SQLException {
    String file = rs.getString(7);
    if (file == null) {
      return null;
    }
    Object row = rs.getObject(9);
    return "导入文件「" + file + "」" + (rs.getString(8) == null ? "" : "「" + rs.getString(8) + "」表")
        + (row == null ? "" : "第" + row + "行");
  }

  /** Imports and the verification write-back record the wall-clock time in China. */
  private static Instant chinaTime(Timestamp written) {
    return written.toLocalDateTime().atZone(CHINA).toInstant();
  }

  /** A reason or change text never shows a whole 身份证号, whatever an official typed into it. */
  static String masked(String text) {
    if (text == null) {
      return null;
    }
    return NATIONAL_ID.matcher(text).replaceAll(match -> NationalIdMask.mask(match.group()));
  }
}
