package cn.gov.povertyexit.county;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A county with its figures counted from the register at this moment: rural population and poor population. */
@Repository
public class CountyRecords {

  public record County(String code, String name, String countyClass, String status, String cityCode, String provinceCode,
      int ruralPopulation, int poorPopulation) {}

  private final JdbcClient jdbc;

  public CountyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<County> find(String countyCode) {
    return jdbc.sql("""
            select c.code, c.name, c.county_class, c.status, c.city_code, ci.province_code,
                   (select coalesce(sum(v.rural_population), 0) from village v join township t on t.code = v.township_code
                    where t.county_code = c.code) as rural,
                   (select count(*) from household_member m join household h on h.id = m.household_id
                    join village v on v.code = h.village_code join township t on t.code = v.township_code
                    where t.county_code = c.code and h.status in ('POOR', 'PRE_EXIT', 'RETURNED', 'REVOKED')) as poor
            from county c join city ci on ci.code = c.city_code where c.code = ?""")
        .param(countyCode)
        .query((rs, n) -> new County(rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5).trim(), rs.getString(6).trim(), rs.getInt(7), rs.getInt(8)))
        .optional();
  }
}
