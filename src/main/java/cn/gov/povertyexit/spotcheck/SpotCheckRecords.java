package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.countyreview.ReviewRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exits a county approved in a year, still standing (已脱贫), by village. */
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

  /** The same exits grouped by village code (the household id begins with it), for a stratified sample. */
  public static Map<String, List<String>> byVillage(List<ReviewRows.Row> exits) {
    return exits.stream().collect(Collectors.groupingBy(row -> row.householdId().substring(0, 12), LinkedHashMap::new,
        Collectors.mapping(ReviewRows.Row::householdId, Collectors.toList())));
  }
}
