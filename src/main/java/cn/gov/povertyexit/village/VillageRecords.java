package cn.gov.povertyexit.village;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A village as the register holds it, with its poor population counted from its households at this moment. */
@Repository
public class VillageRecords {

  /** A village's place and figures; the poor population counts members of households not (yet) exited. */
  public record Village(String code, String name, String status, int ruralPopulation, int poorPopulation,
      String townshipCode, String townshipName, String countyCode, String countyName, String cityCode, String provinceCode,
      Integer exitYear) {}

  /** A household of the village whose exit is under way (预退出): its members still count as poor. */
  public record PendingExit(String householdId, String headName, int members) {}

  private final JdbcClient jdbc;

  public VillageRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Village> find(String villageCode) {
    return jdbc.sql("""
            select v.code, v.name, v.status, v.rural_population,
                   (select count(*) from household_member m join household h on h.id = m.household_id
                    where h.village_code = v.code and h.status in ('POOR', 'PRE_EXIT', 'RETURNED', 'REVOKED')) as poor,
                   t.code, t.name, c.code, c.name, ci.code, ci.province_code, v.exit_year
            from village v
            join township t on t.code = v.township_code
            join county c on c.code = t.county_code
            join city ci on ci.code = c.city_code
            where v.code = ?""")
        .param(villageCode)
        .query((rs, n) -> new Village(rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
            rs.getString(6).trim(), rs.getString(7), rs.getString(8).trim(), rs.getString(9), rs.getString(10).trim(),
            rs.getString(11).trim(), (Integer) rs.getObject(12)))
        .optional();
  }

  /** The village's households marked 预退出 and not yet approved, in 户编号 order. */
  public List<PendingExit> pendingExits(String villageCode) {
    return jdbc.sql("""
            select h.id, h.head_name, (select count(*) from household_member m where m.household_id = h.id)
            from household h where h.village_code = ? and h.status = 'PRE_EXIT' order by h.id""")
        .param(villageCode)
        .query((rs, n) -> new PendingExit(rs.getString(1).trim(), rs.getString(2), rs.getInt(3)))
        .list();
  }
}
