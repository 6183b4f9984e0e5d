package cn.gov.povertyexit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.TestHouseholds;
import cn.gov.povertyexit.support.TestPlans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * 年度批量发起 (seed 000 五(1) 根据…年度计划，选定年度预脱贫对象): the county office starts the year's case of every household
 * its approved plan lists in one request, processed in the background with its progress on a page; what is not its
 * to start is refused and starts nothing. 九江市 · 彭泽县 · 马当镇 · 芙蓉村, five households, whose cases nobody else starts.
 */
public class AnnualCaseStartIT extends PostgresApplicationTest {

  public static final String COUNTY = "360430";
  private static final String VILLAGE = "360430100201";
  private static final String OFFICE = "county-360430-office";
  private static final int YEAR = 2020;

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;
  @Autowired StatusRegister register;
  @Autowired HistoryService historyService;

  @BeforeEach
  void dean() {
    synchronized (AnnualCaseStartIT.class) {
      if (jdbc.sql("select count(*) from county where code = ?").param(COUNTY).query(Integer.class).single() == 0) {
        jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, '360400', '彭泽县', 'PROVINCE_DESIGNATED', 'POOR_COUNTY')")
            .param(COUNTY).update();
        jdbc.sql("insert into township (code, county_code, name) values ('360430100', ?, '马当镇')").param(COUNTY).update();
        jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, '360430100', '芙蓉村', 0, 'POOR_VILLAGE')")
            .param(VILLAGE).update();
        TestHouseholds.ensure(jdbc, VILLAGE, 1, 5);
        access.synchronise();
        demo.createOfficials();
      }
    }
    TestPlans.planEverything(jdbc);
  }

  @Test
  @DisplayName("县扶贫办一次请求发起本年度计划内全部贫困户的退出案件，后台逐户办理，进度可查，已发起的不重复发起")
  void shouldStartEveryPlannedHouseholdOnceInTheBackground() throws Exception {
    // given
    List<String> households = IntStream.rangeClosed(1, 5).mapToObj(n -> TestHouseholds.id(VILLAGE, n)).toList();
    households.forEach(id -> assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).contains(HouseholdStatus.POOR));

    // when: one request; the page it leads to shows the run
    ResponseEntity<String> asked = post(OFFICE, "year=" + YEAR);
    assertThat(asked.getStatusCode().value()).isEqualTo(302);
    String runPath = asked.getHeaders().getLocation().getPath();
    assertThat(runPath).startsWith("/plans/case-starts/");

    // then: every planned household gets its case, as if started from Tasklist by the office
    JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
        .until(() -> json(OFFICE, runPath), run -> "DONE".equals(run.path("state").asText()));
    assertThat(done.path("total").asInt()).isEqualTo(5);
    assertThat(done.path("started").asInt()).isEqualTo(5);
    assertThat(done.path("refused").asInt()).isZero();
    for (String id : households) {
      assertThat(register.currentStatus(SubjectType.HOUSEHOLD, id)).contains(HouseholdStatus.PRE_EXIT);
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id + "-" + YEAR).count()).isEqualTo(1);
      assertThat(register.history(SubjectType.HOUSEHOLD, id).get(register.history(SubjectType.HOUSEHOLD, id).size() - 1).actor())
          .isEqualTo(OFFICE);
    }
    assertThat(page(OFFICE, runPath)).contains("已完成").contains("彭泽县");

    // and asked again, nothing is due and nothing is started twice
    ResponseEntity<String> again = post(OFFICE, "year=" + YEAR);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).contains("没有" + YEAR + "年度待发起的贫困户");
    for (String id : households) {
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id + "-" + YEAR).count()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("批量发起只属于县扶贫办本县：乡镇、村、他县的官员被拒绝，年度无效被拒绝，什么也不发起")
  void shouldRefuseAnyoneButTheCountyOfficeAndABadYear() {
    long casesBefore = historyService.createHistoricProcessInstanceQuery().count();
    int runsBefore = jdbc.sql("select count(*) from annual_case_start").query(Integer.class).single();

    ResponseEntity<String> committee = post("village-360430100201-committee", "year=" + YEAR);
    assertThat(committee.getStatusCode().value()).isEqualTo(403);
    assertThat(committee.getBody()).contains("只有县扶贫开发领导小组办公室可以批量发起本县的贫困户退出案件");
    assertThat(post("county-360430-leadinggroup", "year=" + YEAR).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> badYear = post(OFFICE, "year=二〇二〇");
    assertThat(badYear.getStatusCode().value()).isEqualTo(400);
    assertThat(badYear.getBody()).contains("请填写退出年度（四位数字）");
    assertThat(post(OFFICE, "year=2031").getStatusCode().value()).isEqualTo(400);
    // another county's office cannot read this county's runs either: a finished run of 彭泽县 is its office's only
    String run = java.util.UUID.randomUUID().toString();
    jdbc.sql("""
            insert into annual_case_start (id, county_code, start_year, requested_by, requested_at, state, total, started, refused)
            values (?, ?, 2019, ?, current_timestamp, 'DONE', 0, 0, 0)""").params(run, COUNTY, OFFICE).update();
    assertThat(status(OFFICE, "/plans/case-starts/" + run)).isEqualTo(200);
    assertThat(status("county-360424-office", "/plans/case-starts/" + run)).isEqualTo(404);

    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
    assertThat(jdbc.sql("select count(*) from annual_case_start").query(Integer.class).single()).isEqualTo(runsBefore + 1);
  }

  private RestClient client(String user) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
  }

  private ResponseEntity<String> post(String user, String form) {
    LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
    for (String pair : form.split("&")) {
      String[] parts = pair.split("=", 2);
      fields.add(parts[0], parts[1]);
    }
    return client(user).post().uri("/plans/case-starts").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(fields)
        .retrieve().toEntity(String.class);
  }

  private JsonNode json(String user, String path) throws Exception {
    String body = client(user).get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().body(String.class);
    return new ObjectMapper().readTree(body);
  }

  private String page(String user, String path) {
    return client(user).get().uri(path).accept(MediaType.TEXT_HTML).retrieve().body(String.class);
  }

  private int status(String user, String path) {
    return client(user).get().uri(path).accept(MediaType.TEXT_HTML).retrieve().toBodilessEntity().getStatusCode().value();
  }
}
