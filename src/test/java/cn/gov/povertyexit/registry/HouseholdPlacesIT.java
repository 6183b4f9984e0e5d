package cn.gov.povertyexit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.spotcheck.SpotCheckRecords;
import cn.gov.povertyexit.support.ProcessEngineTest;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 户编号 is not an address: the national system's numbers need not begin with the village's code. The township a
 * re-verification goes to and the village stratum of a spot check come from the register.
 */
class HouseholdPlacesIT extends ProcessEngineTest {

  /** A household of 竹坪村 (宁州镇, 修水县) whose number begins with another village's code: 东岭村's (义宁镇). */
  private static final String MISLEADING_ID = "3604241002019901";
  private static final String ZHUPING = "360424101201";

  @Autowired HouseholdPlaces places;
  @Autowired SpotCheckRecords spotCheckRecords;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void householdNumberedAfterAnotherVillage() {
    if (jdbc.sql("select count(*) from household where id = ?").param(MISLEADING_ID).query(Integer.class).single() == 0) {
      TestHouseholds.insertPoor(jdbc, MISLEADING_ID, 9901);
      jdbc.sql("update household set village_code = ?, status = 'EXITED', exit_year = 2031 where id = ?")
          .params(ZHUPING, MISLEADING_ID).update();
    }
  }

  @Test
  @DisplayName("户编号不等于住址：乡镇按登记册所在村确定（重新核查派往的乡镇）")
  void shouldPlaceAHouseholdInTheTownshipOfItsRegisteredVillage() {
    assertThat(places.townshipOf(MISLEADING_ID)).isEqualTo("360424101");
    assertThat(places.townshipsOf(List.of(MISLEADING_ID, TestHouseholds.id("360424100201", 1))))
        .containsEntry(MISLEADING_ID, "360424101");
  }

  @Test
  @DisplayName("000 八：县级抽查按登记册所在村分层，不按户编号前12位")
  void shouldStratifyASpotCheckByTheRegisteredVillage() {
    Map<String, List<String>> strata = spotCheckRecords.exitsByVillage("360424", 2031);

    assertThat(strata).containsOnlyKeys(ZHUPING).containsEntry(ZHUPING, List.of(MISLEADING_ID));
  }
}
