package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.countyreview.ReviewRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exits of a year still standing: households (已脱贫) of a county, villages (已出列) of a city. */
@Repository
public class SpotCheckRecords {

  private final JdbcClient jdbc;

  public SpotCheckRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ReviewRows.Row> exitsOf(String countyCode, int year) {
    return jdbc.sql("""
            select h.id, h.head_name, v.name from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code
            where t.county_code = ? and h.status = 'EXITED' and h.exit_year = ? order by h.id""")
        .params(countyCode, year)
        .query((rs, n) -> new ReviewRows.Row(rs.getString(1).trim(), rs.getString(2), rs.getString(3), null, null))
        .list();
  }

  /** The households of all a city's counties whose exit was approved in the year, still 已脱贫. */
  public List<ReviewRows.Row> exitsOfCity(String cityCode, int year) {
    return jdbc.sql("""
            select h.id, h.head_name, v.name from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code join county c on c.code = t.county_code
            where c.city_code = ? and h.status = 'EXITED' and h.exit_year = ? order by h.id""")
        .params(cityCode, year)
        .query((rs, n) -> new ReviewRows.Row(rs.getString(1).trim(), rs.getString(2), rs.getString(3), null, null))
        .list();
  }

  /** Exits grouped by their village (the first twelve digits of 户编号), for a sample stratified by village. */
  public static Map<String, List<String>> byVillage(List<ReviewRows.Row> households) {
    return households.stream().collect(Collectors.groupingBy(row -> row.householdId().substring(0, 12), LinkedHashMap::new,
        Collectors.mapping(ReviewRows.Row::householdId, Collectors.toList())));
  }

  /**
   * The villages a city's counties took off the list in a year, still 已出列. In the rows the id column holds the
   * village code and the head-name column the county's name.
   */
  public List<ReviewRows.Row> villageExitsOf(String cityCode, int year) {
    return jdbc.sql("""
            select v.code, c.name, v.name from village v join township t on t.code = v.township_code
            join county c on c.code = t.county_code
            where c.city_code = ? and v.status = 'EXITED' and v.exit_year = ? order by v.code""")
        .params(cityCode, year)
        .query((rs, n) -> new ReviewRows.Row(rs.getString(1).trim(), rs.getString(2), rs.getString(3), null, null))
        .list();
  }

  /** Villages grouped by county (the first six digits of the code), for a stratified sample. */
  public static Map<String, List<String>> byCounty(List<ReviewRows.Row> villages) {
    return villages.stream().collect(Collectors.groupingBy(row -> row.householdId().substring(0, 6), LinkedHashMap::new,
        Collectors.mapping(ReviewRows.Row::householdId, Collectors.toList())));
  }

  /**
   * The same exits as {@link #exitsOf}, their ids grouped by the village the register places them in, for a sample
   * stratified by village.
   */
  public Map<String, List<String>> exitsByVillage(String countyCode, int year) {
    Map<String, List<String>> byVillage = new LinkedHashMap<>();
    jdbc.sql("""
            select h.village_code, h.id from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code
            where t.county_code = ? and h.status = 'EXITED' and h.exit_year = ? order by h.village_code, h.id""")
        .params(countyCode, year)
        .query((rs, n) -> byVillage.computeIfAbsent(rs.getString(1).trim(), village -> new java.util.ArrayList<>())
            .add(rs.getString(2).trim()))
        .list();
    return byVillage;
  }
}
