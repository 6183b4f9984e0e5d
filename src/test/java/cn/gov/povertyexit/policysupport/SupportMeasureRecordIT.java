package cn.gov.povertyexit.policysupport;

import static cn.gov.povertyexit.support.IdentificationTestCounty.COUNTY;
import static cn.gov.povertyexit.support.IdentificationTestCounty.EXITED_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.NEW_VILLAGE;
import static cn.gov.povertyexit.support.IdentificationTestCounty.officialOf;
import static cn.gov.povertyexit.support.RestValues.doubleValue;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.support.IdentificationTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 脱贫不脱政策 through REST as 新庄村's work team: measures for exited households until the end year, not after. */
class SupportMeasureRecordIT extends PostgresApplicationTest {

  private static final String WORK_TEAM = officialOf(EXITED_VILLAGE, "workteam");
  private static final String EXITED = TestHouseholds.id(EXITED_VILLAGE, 20);

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @BeforeEach
  void theCounty() {
    IdentificationTestCounty.ensure(jdbc, access, demo);
  }

  @Test
  @DisplayName("脱贫不脱政策：已脱贫户2020年的帮扶措施照常登记，2021年的被拒绝")
  void shouldRecordMeasuresOfAnExitedHouseholdUntilTheEndYearAndRefuseThemAfter() {
    long before = measures(EXITED);

    RestApi.Response in2020 = record(WORK_TEAM, Map.of("measureYear", integer(2020), "measureDate", string("2020年4月8日")));
    RestApi.Response in2021 = record(WORK_TEAM, Map.of("measureYear", integer(2021), "measureDate", string("2021-04-08")));

    assertThat(in2020.status()).as(in2020.body()).isEqualTo(200);
    assertThat(in2021.status()).isEqualTo(400);
    assertThat(in2021.json().get("message").asText())
        .isEqualTo("户编号 " + EXITED + " 已脱贫：按脱贫不脱政策，已脱贫户享受政策至2020年，2021年不再享受政策，不能登记帮扶措施");
    assertThat(measures(EXITED)).isEqualTo(before + 1);
    Map<String, Object> row = jdbc.sql("""
            select measure_kind, household_status, actor, process_instance_id, amount, carried_out_on
            from support_measure where household_id = ? order by id desc""").param(EXITED).query().listOfRows().get(0);
    assertThat(row).containsEntry("measure_kind", "INDUSTRY").containsEntry("household_status", "EXITED")
        .containsEntry("actor", WORK_TEAM).containsEntry("process_instance_id", in2020.json().get("id").asText());
    assertThat(row.get("carried_out_on").toString()).isEqualTo("2020-04-08");
    // the register page shows the measure, and that the household no longer receives the policies today (after 2020)
    RestApi.Response page = pageAs(WORK_TEAM, "/register/households/" + EXITED);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body().replaceAll("<[^>]+>", "")).contains("已脱贫（不再享受政策）", "产业帮扶", "发放油茶苗300株，技术员上门指导");
  }

  @Test
  void shouldRefuseMeasuresOutsideTheVillageOrWithImpossibleFiguresAndKeepNothing() {
    long before = count();

    RestApi.Response otherVillage = record(officialOf(NEW_VILLAGE, "workteam"), Map.of());
    RestApi.Response negative = record(WORK_TEAM, Map.of("measureAmount", doubleValue(-1)));
    RestApi.Response dateOfAnotherYear = record(WORK_TEAM, Map.of("measureDate", string("2019-12-31")));
    RestApi.Response notADate = record(WORK_TEAM, Map.of("measureDate", string("四月初八")));
    RestApi.Response byCountyOffice = record(officialOf(COUNTY, "office"), Map.of());

    assertThat(otherVillage.json().get("message").asText()).isEqualTo("您的辖区内没有户编号为 " + EXITED + " 的建档立卡户");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(dateOfAnotherYear.json().get("message").asText()).isEqualTo("实施日期应在2020年内且不晚于今天，收到 2019-12-31");
    assertThat(notADate.json().get("message").asText()).startsWith("实施日期「四月初八」不是有效日期");
    assertThat(byCountyOffice.status()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
  }

  private RestApi.Response record(String official, Map<String, Object> changes) {
    Map<String, Object> variables = new HashMap<>(Map.of("householdId", string(EXITED), "measureYear", integer(2020),
        "measureKind", string("INDUSTRY"), "measureContent", string("发放油茶苗300株，技术员上门指导"),
        "measureAmount", doubleValue(1500), "measureDate", string("2020-04-08")));
    variables.putAll(changes);
    return restAs(official).post("/process-definition/key/supportMeasureRecord/start", Map.of("variables", variables));
  }

  private long measures(String householdId) {
    return jdbc.sql("select count(*) from support_measure where household_id = ?").param(householdId).query(Long.class).single();
  }

  private long count() {
    return jdbc.sql("select count(*) from support_measure").query(Long.class).single();
  }
}
