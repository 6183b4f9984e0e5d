package cn.gov.povertyexit.jurisdiction;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrative units on the register, from the province down to the village. */
@Repository
public class JurisdictionRepository {

  private final JdbcClient jdbc;

  public JurisdictionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Place> provinces() {
    return places(AdministrativeLevel.PROVINCE, "select code, name, null as parent from province order by code");
  }

  public List<Place> cities() {
    return places(AdministrativeLevel.CITY, "select code, name, province_code as parent from city order by code");
  }

  public List<Place> counties() {
    return places(AdministrativeLevel.COUNTY, "select code, name, city_code as parent from county order by code");
  }

  public List<Place> townships() {
    return places(AdministrativeLevel.TOWNSHIP, "select code, name, county_code as parent from township order by code");
  }

  public List<Place> villages() {
    return places(AdministrativeLevel.VILLAGE, "select code, name, township_code as parent from village order by code");
  }

  /** The county a village belongs to, if the village is on the register. */
  public Optional<String> countyOfVillage(String villageCode) {
    return jdbc.sql("select t.county_code from village v join township t on t.code = v.township_code where v.code = ?")
        .param(villageCode)
        .query(String.class)
        .optional()
        .map(String::trim);
  }

  /** A county with the codes of its city and province, if it is on the register. */
  public Optional<County> county(String countyCode) {
    return jdbc.sql("""
            select c.code, c.name, c.county_class, c.city_code, ci.province_code
            from county c join city ci on ci.code = c.city_code where c.code = ?""")
        .param(countyCode)
        .query((rs, row) -> new County(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
            rs.getString(4).trim(), rs.getString(5).trim()))
        .optional();
  }

  public record County(String code, String name, String countyClass, String cityCode, String provinceCode) {}

  /** The county of a household on the register. */
  public Optional<String> countyOfHousehold(String householdId) {
    return jdbc.sql("""
            select t.county_code from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code where h.id = ?""")
        .param(householdId)
        .query(String.class)
        .optional()
        .map(String::trim);
  }

  private List<Place> places(AdministrativeLevel level, String sql) {
    return jdbc.sql(sql)
        .query((rs, row) -> new Place(level, rs.getString("code").trim(), rs.getString("name"),
            rs.getString("parent") == null ? null : rs.getString("parent").trim()))
        .list();
  }
}
