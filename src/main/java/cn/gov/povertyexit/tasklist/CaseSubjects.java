package cn.gov.povertyexit.tasklist;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the task list names a household, village or county: from the register, so that every model gets the same text. */
@Component
public class CaseSubjects {

  private final JdbcClient jdbc;

  public CaseSubjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The most specific of the three that the register knows; empty where none is given or known. */
  public Optional<String> describe(String householdId, String villageCode, String countyCode) {
    if (householdId != null) {
      Optional<String> household = jdbc.sql("""
              select h.head_name || '（' || h.id || '）· ' || v.name
              from household h join village v on v.code = h.village_code where h.id = ?""")
          .param(householdId).query(String.class).optional();
      if (household.isPresent()) {
        return household;
      }
    }
    if (villageCode != null) {
      Optional<String> village = jdbc.sql("""
              select v.name || '（' || v.code || '）· ' || t.name
              from village v join township t on t.code = v.township_code where v.code = ?""")
          .param(villageCode).query(String.class).optional();
      if (village.isPresent()) {
        return village;
      }
    }
    if (countyCode != null) {
      return jdbc.sql("select name || '（' || code || '）' from county where code = ?")
          .param(countyCode).query(String.class).optional();
    }
    return Optional.empty();
  }

  /** "东岭村（360424100201）· 义宁镇 · 第1批名单 14户": a village list's task names the list and its size. */
  public static String ofList(String villageSubject, int number, int size) {
    return villageSubject + " · 第" + number + "批名单 " + size + "户";
  }

  /** "九江市（360400）": a city's own check, which concerns every village or household of the city it names. */
  public Optional<String> describeCity(String cityCode) {
    return jdbc.sql("select name || '（' || code || '）' from city where code = ?").param(cityCode)
        .query(String.class).optional();
  }
}
