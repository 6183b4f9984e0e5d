package cn.gov.povertyexit.registerpage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registerdata.VerifiedFacts;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.gov.povertyexit.performance.PerformanceLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register page over plain HTTP with the REST API's Basic login, as a script would read it: each URL scoped to
 * the official's places, national ids masked, long lists paged, and bad input answered with a Chinese 4xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPageIT extends PostgresApplicationTest {

  private static final String VILLAGE_COMMITTEE = "village-360424100201-committee";
  private static final String XIUSHUI_SUPERVISOR = "county-360424-supervisor";
  private static final String DUCHANG_SUPERVISOR = "county-360428-supervisor";
  private static final String CITY_SUPERVISOR = "city-360400-supervisor";
  private static final String DUCHANG_HOUSEHOLD = "3604281002010001";
  private static final Pattern HOUSEHOLD_LINK = Pattern.compile("href=\"/register/households/(\\d{16})\"");

  @Autowired JdbcClient jdbc;
  @Autowired VerifiedFacts verifiedFacts;
  @Autowired StatusRegister register;
  @Autowired PerformanceLedger ledger;

  private String caseId;

  @BeforeAll
  void registerTheTestsHouseholds() {
    caseId = RegisterPageHouseholds.ensure(jdbc, this::restAs, verifiedFacts, register);
  }

  @Test
  void shouldShowAHouseholdOnlyWithinTheOfficialsPlacesAndAnswerOthersAsUnknown() {
    // given
    String own = RegisterPageHouseholds.withCase();
    String unknownInDuchang = "3604281002019999";

    // when
    RestApi.Response ofCommittee = page(VILLAGE_COMMITTEE, "/register/households/" + own);
    RestApi.Response ofCity = page(CITY_SUPERVISOR, "/register/households/" + DUCHANG_HOUSEHOLD);
    RestApi.Response foreign = page(XIUSHUI_SUPERVISOR, "/register/households/" + DUCHANG_HOUSEHOLD);
    RestApi.Response unknown = page(XIUSHUI_SUPERVISOR, "/register/households/" + unknownInDuchang);
    RestApi.Response otherVillage = page(VILLAGE_COMMITTEE, "/register/households/3604241002020001");

    // then: a household of another place reads exactly as one that does not exist
    assertThat(ofCommittee.status()).isEqualTo(200);
    assertThat(ofCommittee.body()).contains("户主0501", "东岭村", "义宁镇", "预退出");
    assertThat(ofCity.status()).isEqualTo(200);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(otherVillage.status()).isEqualTo(404);
    assertThat(foreign.body()).contains("您的辖区内没有户编号为 " + DUCHANG_HOUSEHOLD + " 的贫困户");
    assertThat(foreign.body().replace(DUCHANG_HOUSEHOLD, "ID")).isEqualTo(unknown.body().replace(unknownInDuchang, "ID"));
    String headInDuchang = jdbc.sql("select head_name from household where id = ?").param(DUCHANG_HOUSEHOLD)
        .query(String.class).single();
    assertThat(List.of(foreign, otherVillage)).allSatisfy(refused -> assertThat(refused.body())
        .doesNotContain(headInDuchang, "都昌镇", "湖滨村", "南山村"));
  }

  @Test
  void shouldScopeVillageAndCountyPagesAndTheSearch() {
    // when
    RestApi.Response villageOfCommittee = page(VILLAGE_COMMITTEE, "/register/villages/360424100201");
    RestApi.Response neighbourVillage = page(VILLAGE_COMMITTEE, "/register/villages/360424100202");
    RestApi.Response countyOfCommittee = page(VILLAGE_COMMITTEE, "/register/counties/360424");
    RestApi.Response duchangOfXiushui = page(XIUSHUI_SUPERVISOR, "/register/counties/360428");
    RestApi.Response duchangVillageOfXiushui = page(XIUSHUI_SUPERVISOR, "/register/villages/360428100201");
    RestApi.Response unknownCounty = page(XIUSHUI_SUPERVISOR, "/register/counties/360499");
    RestApi.Response duchangOfDuchang = page(DUCHANG_SUPERVISOR, "/register/counties/360428");
    RestApi.Response countiesOfCity = page(CITY_SUPERVISOR, "/register?kind=counties");
    RestApi.Response countiesOfXiushui = page(XIUSHUI_SUPERVISOR, "/register?kind=counties");
    RestApi.Response villagesOfCommittee = page(VILLAGE_COMMITTEE, "/register?kind=villages");
    RestApi.Response householdsOfCommittee = page(VILLAGE_COMMITTEE, "/register?q=%E6%88%B7%E4%B8%BB");

    // then
    assertThat(villageOfCommittee.status()).isEqualTo(200);
    assertThat(List.of(neighbourVillage, countyOfCommittee, duchangOfXiushui, duchangVillageOfXiushui, unknownCounty))
        .allSatisfy(refused -> {
          assertThat(refused.status()).isEqualTo(404);
          assertThat(refused.body()).contains("您的辖区内没有代码为").doesNotContain("都昌镇", "湖滨村", "南山村（");
        });
    assertThat(duchangOfXiushui.body().replace("360428", "CODE")).isEqualTo(unknownCounty.body().replace("360499", "CODE"));
    assertThat(duchangOfDuchang.status()).isEqualTo(200);
    assertThat(duchangOfDuchang.body()).contains("都昌县", "省定贫困县", "湖滨村", "港头村").doesNotContain("东岭村");
    assertThat(countiesOfCity.body()).contains("修水县", "都昌县");
    assertThat(countiesOfXiushui.body()).contains("修水县").doesNotContain("都昌县");
    assertThat(villagesOfCommittee.body()).contains("东岭村").doesNotContain("南山村", "竹坪村", "湖滨村");
    List<String> found = householdLinks(householdsOfCommittee.body());
    assertThat(found).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("360424100201"));
  }

  @Test
  void shouldMaskEveryNationalIdOfTheHousehold() {
    // given
    String id = RegisterPageHouseholds.withCase();
    List<String> nationalIds = jdbc.sql("select national_id from household_member where household_id = ?").param(id)
        .query(String.class).list();

    // when
    String body = page(VILLAGE_COMMITTEE, "/register/households/" + id).body();

    // then: the place and the last four show, the birth date and sequence do not
    assertThat(nationalIds).hasSize(2);
    for (String nationalId : nationalIds) {
      assertThat(body).doesNotContain(nationalId, nationalId.substring(6, 14))
          .contains(nationalId.substring(0, 6) + "********" + nationalId.substring(14));
    }
  }

  @Test
  void shouldShowIncomesPerCapitaAndTheTrailOfStatusAndDataChangesByTime() {
    // when
    String body = page(VILLAGE_COMMITTEE, "/register/households/" + RegisterPageHouseholds.withCase()).body();

    // then: 9,000 + 2,000 − 500 + 0 + 800 = 11,300 for two members
    assertThat(body).contains("11,300.00", "5,650.00", "2016", "2020");
    String trail = body.substring(body.indexOf("class=\"trail\""));
    int preExit = trail.indexOf("未脱贫 → 预退出");
    int verified = trail.indexOf("乡镇单独入户核实：住房安全等级：A → B");
    assertThat(preExit).isPositive().isLessThan(verified);
    assertThat(trail).doesNotContain("/camunda/app/cockpit/").contains("贫困户退出 "
        + RegisterPageHouseholds.withCase() + "-2019", RegisterPageHouseholds.TOWNSHIP_GOVERNMENT, "2019年度预退出对象");
    // the step's status change and its written-back fact happened within a minute: both read in China's time
    List<LocalDateTime> times = trailTimes(trail);
    assertThat(times).hasSize(2);
    assertThat(Duration.between(times.get(0), times.get(1)).abs()).isLessThan(Duration.ofMinutes(5));
    assertThat(Duration.between(times.get(1), LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))).abs())
        .isLessThan(Duration.ofMinutes(30));
    assertThat(body).contains("B级（安全）");
    // a supervisor, who may open Cockpit, follows the case there
    assertThat(page(XIUSHUI_SUPERVISOR, "/register/households/" + RegisterPageHouseholds.withCase()).body())
        .contains("href=\"/camunda/app/cockpit/default/#/process-instance/" + caseId + "\"");
  }

  @Test
  void shouldShowACountysPerformanceLedgerToTheLeadingGroupsAndSupervisorsAboveItOnly() {
    // given: an entry of 修水县's 实绩考核 ledger, as a county exit writes it (000 六)
    String mark = "贫困县退出当年，党政领导班子和领导干部经济社会发展实绩考核加5分（000号文件 六）";
    ledger.record("360424", 2031, PerformanceLedger.Kind.BONUS, mark, new BigDecimal("5"), null, "ledger-page-test");

    // when
    String cityView = page(CITY_SUPERVISOR, "/register/counties/360424").body();
    String provinceView = page("province-360000-leadinggroup", "/register/counties/360424").body();
    RestApi.Response otherCounty = page(DUCHANG_SUPERVISOR, "/register/counties/360424");

    // then
    for (String view : List.of(cityView, provinceView)) {
      String ledgerPart = view.substring(view.indexOf("实绩考核记录"), view.indexOf("状态记录"));
      assertThat(ledgerPart).contains("2031", "加分", mark, "5.00");
    }
    assertThat(otherCounty.status()).isEqualTo(404);
    assertThat(otherCounty.body()).doesNotContain(mark);
  }

  @Test
  void shouldShowTheVillagesIncidenceAndHouseholdsByStatusFromTheRegister() {
    // given: the village's figures counted independently of the page
    int rural = jdbc.sql("select rural_population from village where code = '360424100201'").query(Integer.class).single();
    int poor = jdbc.sql("""
        select count(*) from household_member m join household h on h.id = m.household_id
        where h.village_code = '360424100201' and h.status in ('POOR', 'PRE_EXIT', 'RETURNED', 'REVOKED')""")
        .query(Integer.class).single();
    int preExit = jdbc.sql("select count(*) from household where village_code = '360424100201' and status = 'PRE_EXIT'")
        .query(Integer.class).single();
    String percent = BigDecimal.valueOf(poor * 100L).divide(BigDecimal.valueOf(rural), 2, RoundingMode.HALF_UP) + "%";

    // when
    String body = page(XIUSHUI_SUPERVISOR, "/register/villages/360424100201").body();

    // then
    assertThat(body).contains(rural + "人", poor + "人", percent, "出列标准2%");
    String counts = body.substring(body.indexOf("class=\"counts\""));
    assertThat(counts).contains("<th>预退出</th>");
    assertThat(cells(counts)).element(1).isEqualTo(String.valueOf(preExit));
  }

  @Test
  void shouldPageTheSearchAndTheVillagesHouseholds() {
    // when
    String first = page(XIUSHUI_SUPERVISOR, "/register").body();
    String second = page(XIUSHUI_SUPERVISOR, "/register?page=2").body();
    String villageFirst = page(VILLAGE_COMMITTEE, "/register/villages/360424100201").body();
    String villageSecond = page(VILLAGE_COMMITTEE, "/register/villages/360424100201?page=2").body();
    long total = jdbc.sql("select count(*) from household where village_code like '360424%'").query(Long.class).single();

    // then: 50 a page, the total shown, and page 2 holds other households than page 1
    List<String> onFirst = householdLinks(first);
    List<String> onSecond = householdLinks(second);
    assertThat(total).isGreaterThan(100);
    assertThat(first).contains("共 " + total + " 户", "第 1 / " + ((total + 49) / 50) + " 页", "下一页");
    assertThat(onFirst).hasSize(50);
    assertThat(onSecond).hasSize(50).doesNotContainAnyElementsOf(onFirst);
    assertThat(second).contains("上一页", "第 51–100 条");
    List<String> villageOnFirst = householdLinks(villageFirst);
    List<String> villageOnSecond = householdLinks(villageSecond);
    assertThat(villageOnFirst).hasSize(50);
    assertThat(villageOnSecond).isNotEmpty().doesNotContainAnyElementsOf(villageOnFirst)
        .allSatisfy(id -> assertThat(id).startsWith("360424100201"));
  }

  @Test
  void shouldFindByIdNameStatusAndYear() {
    // when
    RestApi.Response byId = page(XIUSHUI_SUPERVISOR, "/register?q=" + RegisterPageHouseholds.household(502));
    RestApi.Response byName = page(XIUSHUI_SUPERVISOR, "/register?q=%E6%88%B7%E4%B8%BB0503");
    RestApi.Response byStatusAndYear = page(XIUSHUI_SUPERVISOR,
        "/register?q=" + RegisterPageHouseholds.VILLAGE + "05&status=EXITED&year=" + RegisterPageHouseholds.EXIT_YEAR);
    RestApi.Response otherYear = page(XIUSHUI_SUPERVISOR,
        "/register?q=" + RegisterPageHouseholds.VILLAGE + "05&status=EXITED&year=2018");
    RestApi.Response wildcard = page(XIUSHUI_SUPERVISOR, "/register?q=%25");
    RestApi.Response village = page(XIUSHUI_SUPERVISOR, "/register?kind=villages&q=%E4%B8%9C%E5%B2%AD");
    RestApi.Response poorVillages = page(CITY_SUPERVISOR, "/register?kind=villages&status=POOR_VILLAGE");

    // then
    assertThat(householdLinks(byId.body())).containsExactly(RegisterPageHouseholds.household(502));
    assertThat(householdLinks(byName.body())).containsExactly(RegisterPageHouseholds.household(503));
    assertThat(householdLinks(byStatusAndYear.body())).containsExactlyElementsOf(RegisterPageHouseholds.exited());
    assertThat(householdLinks(otherYear.body())).isEmpty();
    assertThat(wildcard.status()).isEqualTo(200);
    assertThat(householdLinks(wildcard.body())).isEmpty();
    assertThat(village.body()).contains("/register/villages/360424100201").doesNotContain("/register/villages/360424100202");
    List<String> poor = jdbc.sql("select code from village where code like '3604%' and status = 'POOR_VILLAGE' order by code")
        .query(String.class).list().stream().map(String::trim).toList();
    assertThat(links(poorVillages.body(), "villages")).containsExactlyElementsOf(poor.subList(0, Math.min(50, poor.size())));
  }

  @Test
  void shouldAnswerBadInputWithAChinese400AndNoLoginWithTheLoginPage() {
    // when
    List<RestApi.Response> bad = new ArrayList<>();
    for (String path : List.of("/register/households/12345", "/register/households/3604241002010501x",
        "/register/villages/abc", "/register/counties/3604", "/register?page=-1", "/register?page=abc",
        "/register?page=0", "/register/villages/360424100201?page=abc", "/register?kind=people",
        "/register?status=FOO", "/register?kind=villages&status=POOR", "/register?year=20x9", "/register?year=1900",
        "/register?q=" + "1".repeat(41))) {
      bad.add(page(XIUSHUI_SUPERVISOR, path));
    }
    RestApi.Response anonymous = new WebappSession("http://localhost:" + port).page("/register");
    // a login that is no official's: a wrong password of a real one would hold that login back for the other tests
    RestApi.Response unknownLogin = pageWith("Basic " + Base64.getEncoder().encodeToString(
        "county-360499-supervisor:demo".getBytes(StandardCharsets.UTF_8)), "/register/households/3604241002010001");

    // then
    assertThat(bad).allSatisfy(response -> {
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("无法办理", "返回建档立卡查询").containsPattern("[应为最多]");
    });
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).contains("请先登录");
    assertThat(unknownLogin.status()).isEqualTo(401);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("000 三、九(2)：抽查、评估核查记录在登记册页面上按辖区显示；未办结的抽查样本只给抽查机关及其上级看")
  void shouldShowTheChecksOfAHouseholdAndACountyWithinTheOfficialsPlaces() {
    // given: the county's finished check found the household failing; the city's check of it is still under way
    String household = RegisterPageHouseholds.withCase();
    jdbc.sql("delete from spot_check_subject where spot_check_id in (select id from spot_check where case_instance_id like 'register-page-check-%')").update();
    jdbc.sql("delete from spot_check where case_instance_id like 'register-page-check-%'").update();
    long county = check("register-page-check-county", "COUNTY_HOUSEHOLD", "县级抽查", "COUNTY", "360424", 18, 11, 10,
        "90.91", "认定通过：合格率90.91%，高于90%，按合格率认定退出数量");
    long city = check("register-page-check-city", "CITY_HOUSEHOLD", "市级抽查", "CITY", "360400", 40, 20, null, null, null);
    jdbc.sql("""
            insert into spot_check_subject (spot_check_id, subject_type, subject_id, subject_name, parent_code, sampled,
                                            passed, findings, remarks, checked_by, checked_at, consequence)
            values (?, 'HOUSEHOLD', ?, '户主', ?, true, false, '县级抽查未达标：住房安全有保障：住房鉴定为C级危房',
                    '房屋西墙开裂', ?, ?, '回退')""")
        .params(county, household, household.substring(0, 12), XIUSHUI_SUPERVISOR,
            java.sql.Timestamp.valueOf("2019-11-05 10:30:00"))
        .update();
    jdbc.sql("""
            insert into spot_check_subject (spot_check_id, subject_type, subject_id, subject_name, parent_code, sampled)
            values (?, 'HOUSEHOLD', ?, '户主', ?, true)""")
        .params(city, household, household.substring(0, 12)).update();

    // when
    RestApi.Response ofCounty = page(XIUSHUI_SUPERVISOR, "/register/households/" + household);
    RestApi.Response ofCity = page(CITY_SUPERVISOR, "/register/households/" + household);
    RestApi.Response countyPage = page(XIUSHUI_SUPERVISOR, "/register/counties/360424");
    RestApi.Response otherCounty = page(DUCHANG_SUPERVISOR, "/register/households/" + household);

    // then: the finished check with its finding, checker, time and consequence; the city's sample only to the city
    assertThat(ofCounty.status()).isEqualTo(200);
    assertThat(ofCounty.body()).contains("抽查、评估核查", "县级抽查", "不合格", "县级抽查未达标：住房安全有保障：住房鉴定为C级危房",
        "房屋西墙开裂", XIUSHUI_SUPERVISOR, "2019-11-05 10:30", "回退").doesNotContain("市级抽查", "待核查");
    assertThat(ofCity.body()).contains("县级抽查", "市级抽查", "待核查");
    // the county's page: its checks and its city's, with sample size and pass rate
    assertThat(countyPage.body()).contains("县级抽查", "90.91%", "认定通过：合格率90.91%", "市级抽查", "核查中");
    assertThat(otherCounty.status()).isEqualTo(404);
    assertThat(otherCounty.body()).doesNotContain("县级抽查未达标");
  }

  private long check(String caseId, String kind, String name, String level, String place, int population, int sampled,
      Integer passed, String rate, String outcome) {
    jdbc.sql("""
            insert into spot_check (kind, name, case_instance_id, level, place_code, exit_year, seed, population,
                                    sample_size, drawn_at, drawn_by, checked_count, passed_count, pass_rate, outcome,
                                    completed_at)
            values (?, ?, ?, ?, ?, 2019, 42, ?, ?, ?, 'system', ?, ?, ?, ?, ?)""")
        .params(kind, name, caseId, level, place, population, sampled, java.sql.Timestamp.valueOf("2019-11-01 09:00:00"),
            passed == null ? null : sampled, passed, rate == null ? null : new BigDecimal(rate), outcome,
            outcome == null ? null : java.sql.Timestamp.valueOf("2019-11-20 17:00:00"))
        .update();
    return jdbc.sql("select id from spot_check where case_instance_id = ?").param(caseId).query(Long.class).single();
  }

  private RestApi.Response page(String userId, String path) {
    return pageAs(userId, path);
  }

  private RestApi.Response pageWith(String authorization, String path) {
    return pageWithAuthorization(authorization, path);
  }

  private static List<String> householdLinks(String body) {
    Matcher links = HOUSEHOLD_LINK.matcher(body);
    List<String> ids = new ArrayList<>();
    while (links.find()) {
      ids.add(links.group(1));
    }
    return ids;
  }

  private static List<String> links(String body, String kind) {
    Matcher links = Pattern.compile("<td class=\"nowrap\"><a href=\"/register/" + kind + "/(\\d+)\"").matcher(body);
    List<String> codes = new ArrayList<>();
    while (links.find()) {
      codes.add(links.group(1));
    }
    return codes;
  }

  private static List<LocalDateTime> trailTimes(String html) {
    Matcher times = Pattern.compile("<td class=\"time\">([^<]+)</td>").matcher(html);
    List<LocalDateTime> found = new ArrayList<>();
    while (times.find()) {
      found.add(LocalDateTime.parse(times.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
    return found;
  }

  private static List<String> cells(String html) {
    Matcher cells = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(html);
    List<String> found = new ArrayList<>();
    while (cells.find()) {
      found.add(cells.group(1));
    }
    return found;
  }
}
