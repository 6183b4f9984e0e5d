package cn.gov.povertyexit.registerdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A county's register as the rows of its workbook, each cell in the one canonical text the file uses (codes as
 * Chinese words, dates 2016-03-01, amounts with two decimals). The export writes these rows and the import compares
 * against them, so that a file read back unchanged changes nothing.
 */
@Repository
class RegisterRows {

  private final JdbcClient jdbc;

  RegisterRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void households(String countyCode, Consumer<List<String>> rows) {
    jdbc.sql("""
            select h.id, h.village_code, h.head_name, h.status, h.exit_year, h.dibao, h.housing_rating,
                   h.drinking_water_safe, h.food_clothing_secure, h.registered_on, h.poverty_standard
            from household h join village v on v.code = h.village_code join township t on t.code = v.township_code
            where t.county_code = ? order by h.village_code, h.id""")
        .param(countyCode)
        .query((ResultSet rs) -> {
          rows.accept(List.of(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3),
              RegisterCodes.STATUS.labelOf(rs.getString(4)), rs.getObject(5) == null ? "" : String.valueOf(rs.getInt(5)),
              RegisterCodes.DIBAO.labelOf(rs.getString(6)), rs.getString(7).trim(), yesNo(rs.getBoolean(8)),
              yesNo(rs.getBoolean(9)), day(rs.getDate(10)), RegisterCodes.POVERTY_STANDARD.labelOf(rs.getString(11).trim())));
        });
  }

  void members(String countyCode, Consumer<List<String>> rows) {
    jdbc.sql("""
            select m.household_id, m.name, m.national_id, m.relation, m.birth_date, m.schooling, m.dropout_reason,
                   m.health, m.serious_illness_assisted, m.medical_insurance_enrolled, m.labour_ability
            from household_member m join household h on h.id = m.household_id
            join village v on v.code = h.village_code join township t on t.code = v.township_code
            where t.county_code = ? order by h.village_code, m.household_id, m.id""")
        .param(countyCode)
        .query((ResultSet rs) -> {
          rows.accept(List.of(rs.getString(1).trim(), rs.getString(2), rs.getString(3).trim(),
              RegisterCodes.RELATION.labelOf(rs.getString(4)), day(rs.getDate(5)),
              RegisterCodes.SCHOOLING.labelOf(rs.getString(6)),
              rs.getString(7) == null ? "" : RegisterCodes.DROPOUT_REASON.labelOf(rs.getString(7)),
              RegisterCodes.HEALTH.labelOf(rs.getString(8)), yesNo(rs.getBoolean(9)), yesNo(rs.getBoolean(10)),
              RegisterCodes.LABOUR.labelOf(rs.getString(11))));
        });
  }

  void incomes(String countyCode, Consumer<List<String>> rows) {
    jdbc.sql("""
            select i.household_id, i.income_year, i.wage_income, i.business_income, i.business_costs,
                   i.property_income, i.transfer_income
            from household_income i join household h on h.id = i.household_id
            join village v on v.code = h.village_code join township t on t.code = v.township_code
            where t.county_code = ? order by h.village_code, i.household_id, i.income_year""")
        .param(countyCode)
        .query((ResultSet rs) -> {
          rows.accept(List.of(rs.getString(1).trim(), String.valueOf(rs.getInt(2)), amount(rs.getBigDecimal(3)),
              amount(rs.getBigDecimal(4)), amount(rs.getBigDecimal(5)), amount(rs.getBigDecimal(6)),
              amount(rs.getBigDecimal(7))));
        });
  }

  /** Every row of one sheet, in the export's order. */
  List<List<String>> all(RegisterSheet sheet, String countyCode) {
    List<List<String>> rows = new ArrayList<>();
    switch (sheet) {
      case HOUSEHOLDS -> households(countyCode, rows::add);
      case MEMBERS -> members(countyCode, rows::add);
      case INCOMES -> incomes(countyCode, rows::add);
    }
    return rows;
  }

  static String amount(BigDecimal value) {
    return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  static String yesNo(boolean value) {
    return RegisterCodes.YES_NO.labelOf(String.valueOf(value));
  }

  private static String day(Date date) {
    return date.toLocalDate().toString();
  }
}
