package cn.gov.povertyexit.household;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a household from the register, with its place, members, income of a year, the county's 低保 standard and the
 * poverty line it is registered against.
 */
@Repository
public class HouseholdRecords {

  private final JdbcClient jdbc;

  public HouseholdRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<HouseholdRecord> find(String householdId, int year) {
    Optional<Object[]> row = jdbc.sql("""
            select h.id, h.head_name, h.status, h.dibao, h.housing_rating, h.drinking_water_safe, h.food_clothing_secure,
                   v.code, v.name, t.code, t.name, c.code, c.name, ci.code, ci.province_code, h.poverty_standard
            from household h
            join village v on v.code = h.village_code
            join township t on t.code = v.township_code
            join county c on c.code = t.county_code
            join city ci on ci.code = c.city_code
            where h.id = ?""")
        .param(householdId)
        .query((rs, n) -> new Object[] {
            rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5).trim(),
            rs.getBoolean(6), rs.getBoolean(7),
            new HouseholdRecord.Place(rs.getString(8).trim(), rs.getString(9), rs.getString(10).trim(), rs.getString(11),
                rs.getString(12).trim(), rs.getString(13), rs.getString(14).trim(), rs.getString(15).trim()),
            PovertyStandard.valueOf(rs.getString(16).trim())})
        .optional();
    return row.map(values -> {
      HouseholdRecord.Place place = (HouseholdRecord.Place) values[7];
      return new HouseholdRecord((String) values[0], (String) values[1], (String) values[2], place,
          members(householdId), income(householdId, year), DibaoStatus.valueOf((String) values[3]),
          HousingRating.valueOf((String) values[4]), (Boolean) values[5], (Boolean) values[6],
          localDibaoStandard(place.countyCode(), year), (PovertyStandard) values[8]);
    });
  }

  /** Which line the household is measured against; a household not on the register is refused by the caller's steps. */
  public PovertyStandard povertyStandardOf(String householdId) {
    return jdbc.sql("select poverty_standard from household where id = ?")
        .param(householdId)
        .query((rs, n) -> PovertyStandard.valueOf(rs.getString(1).trim()))
        .optional()
        .orElseThrow(() -> new CaseRefusedException("户编号 " + householdId + " 不在建档立卡登记册中"));
  }

  public Optional<BigDecimal> localDibaoStandardOf(String countyCode, int year) {
    return Optional.ofNullable(localDibaoStandard(countyCode, year));
  }

  private List<HouseholdRecord.Member> members(String householdId) {
    return jdbc.sql("""
            select name, relation, birth_date, schooling, dropout_reason, health, serious_illness_assisted,
                   medical_insurance_enrolled, labour_ability
            from household_member where household_id = ? order by id""")
        .param(householdId)
        .query((rs, n) -> new HouseholdRecord.Member(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9)))
        .list();
  }

  private HouseholdRecord.Income income(String householdId, int year) {
    return jdbc.sql("""
            select wage_income, business_income, business_costs, property_income, transfer_income
            from household_income where household_id = ? and income_year = ?""")
        .params(householdId, year)
        .query((rs, n) -> new HouseholdRecord.Income(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
            rs.getBigDecimal(4), rs.getBigDecimal(5)))
        .optional()
        .orElse(HouseholdRecord.Income.NONE);
  }

  private BigDecimal localDibaoStandard(String countyCode, int year) {
    return jdbc.sql("select annual_standard from dibao_standard where county_code = ? and standard_year = ?")
        .params(countyCode, year)
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }
}
