package cn.gov.povertyexit.villagelist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Joining a village's list and closing it at the committee's meeting happen one after the other: both first lock
 * the village's register row, in the step's own transaction. A household is therefore on the list the meeting
 * decides, or on the next one — never on a finished list, and never on two.
 */
@Component
class VillageListLock {

  private final JdbcClient jdbc;

  VillageListLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void lock(String villageCode) {
    jdbc.sql("select code from village where code = ? for update").param(villageCode).query(String.class).optional();
  }

  /** The same for a township's notice, which its villages' lists join: its register row. */
  void lockTownship(String townshipCode) {
    jdbc.sql("select code from township where code = ? for update").param(townshipCode).query(String.class).optional();
  }
}
