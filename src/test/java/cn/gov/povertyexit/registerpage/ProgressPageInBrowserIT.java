package cn.gov.povertyexit.registerpage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 督查进度 in headless Chromium, opened from Tasklist's header (Cockpit's navigation for a Cockpit user) as a village committee, a
 * county supervisor and a city supervisor: each sees the progress of their own places only, with the figures of the
 * test's own village (岭背村, {@link ProgressHouseholds}) as its cases stand. A screenshot of each page is kept under
 * target/screenshots and /tmp/progress-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressPageInBrowserIT extends PostgresApplicationTest {

  private static final By HEADING = By.tagName("h1");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String XIUSHUI_SUPERVISOR = "county-360424-supervisor";

  @Autowired JdbcClient jdbc;
  @Autowired StatusRegister register;
  @Autowired ProcessEngine engine;

  @BeforeAll
  void walkTheTestsHouseholds() {
    ProgressHouseholds.ensure(engine, jdbc, register);
    ProgressHouseholds.spotCheckOfDean(engine, jdbc, register);
  }

  @Test
  @DisplayName("seed 000 三/九 督查: the county supervisor reads its village's households by stage, the notices ending within 3 days and the overdue tasks")
  void shouldShowTheCountySupervisorTheFiguresOfItsVillages() {
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the supervisor opens 督查进度 from Tasklist's header, then the township and the village's 村公示中
      browser.logIntoTasklist(XIUSHUI_SUPERVISOR, DEMO_PASSWORD);
      List<String> header = texts(browser, ".notice-board-link, .register-search-link, .progress-link, .register-files-link");
      browser.click(browser.waitFor(By.linkText("督查进度")));
      browser.switchToNewestWindow();
      browser.waitForText(HEADING, "督查进度：修水县（360424）");
      wholePage(browser, "progress-county");
      String county = browser.pageText();
      Map<String, String> townshipRow = cells(browser, ProgressHouseholds.TOWNSHIP);
      int countyBars = browser.driver().findElements(By.cssSelector("svg.stage-chart g.bar")).size();
      List<String> countyRows = texts(browser, "table.progress tbody tr[data-code] td:first-child");

      browser.click(browser.waitFor(By.linkText("宁州镇")));
      browser.waitForText(HEADING, "督查进度：宁州镇（" + ProgressHouseholds.TOWNSHIP + "）");
      wholePage(browser, "progress-township");
      String township = browser.pageText();
      Map<String, String> village = cells(browser, ProgressHouseholds.VILLAGE);
      List<String> noticesOfVillage = browser.driver().findElements(By.cssSelector("table.notices tbody tr")).stream()
          .map(WebElement::getText).filter(row -> row.contains(ProgressHouseholds.VILLAGE_NAME)).toList();
      Map<String, String> overdue = overdueOf(browser);
      List<String> segments = browser.driver().findElements(By.cssSelector("svg.stage-chart rect title")).stream()
          .map(title -> title.getAttribute("textContent")).filter(title -> title.startsWith(ProgressHouseholds.VILLAGE_NAME))
          .toList();

      // and: asks for tasks open longer than 5 days instead of 7
      browser.driver().findElement(By.id("overdueDays")).clear();
      browser.driver().findElement(By.id("overdueDays")).sendKeys("5");
      browser.click(browser.driver().findElement(By.cssSelector("form.search button")));
      browser.waitForText(By.tagName("body"), "超过5天未办结的待办任务");
      Map<String, String> overdueFiveDays = overdueOf(browser);

      // and: drills down from the count of 村公示中 to the households and into the register
      browser.driver().get(base() + "/progress/" + ProgressHouseholds.TOWNSHIP);
      browser.click(browser.waitFor(By.cssSelector("tr[data-code='" + ProgressHouseholds.VILLAGE + "'] td[data-stage='VILLAGE_NOTICE'] a")));
      browser.waitForText(HEADING, ProgressHouseholds.VILLAGE_NAME + " · 村公示中的农户");
      wholePage(browser, "progress-households");
      List<String> onNotice = texts(browser, "table.results td:first-child");
      browser.click(browser.waitFor(By.linkText(ProgressHouseholds.household(3))));
      browser.waitForText(HEADING, "户主0003");
      String registerPage = browser.pageText();

      // and: types the addresses of 都昌县, one of its villages' lists and the city
      String duchang = refusedPage(browser, "/progress/360428");
      wholePage(browser, "progress-not-found");
      String duchangVillage = refusedPage(browser, "/progress/360428100201/households/village-notice");
      String city = refusedPage(browser, "/progress/360400");

      // then
      LocalDate today = LocalDate.now(CHINA);
      assertThat(header).containsExactly("公示栏", "建档立卡查询", "督查进度", "建档立卡数据");
      assertThat(county).contains("各乡镇农户退出进度", "义宁镇", "宁州镇", "即将期满的公示（3日内）", "超过7天未办结的待办任务",
          "抽查和评估（合格率）").doesNotContain("都昌县", "湖滨村", "都昌镇", "德安县");
      assertThat(countyRows).containsExactly("义宁镇", "宁州镇");
      assertThat(countyBars).isEqualTo(2);
      // the township's row counts every household of its villages on the register, 已剔除 aside
      long ofTownship = jdbc.sql("select count(*) from household where village_code like ? and status <> 'REMOVED'")
          .param(ProgressHouseholds.TOWNSHIP + "%").query(Long.class).single();
      assertThat(Long.parseLong(townshipRow.get("total"))).isEqualTo(ofTownship);
      assertThat(Long.parseLong(townshipRow.get("VILLAGE_NOTICE"))).isGreaterThanOrEqualTo(4);
      assertThat(township).contains("各行政村农户退出进度", "竹坪村", "杨梅村", ProgressHouseholds.VILLAGE_NAME);
      // 其他 (预退出 without a case) is a column only while some village of the township has one; this village has none
      Map<String, String> villageFigures = new java.util.LinkedHashMap<>(village);
      villageFigures.remove("OTHER", "0");
      assertThat(villageFigures).containsExactlyEntriesOf(expectedVillage());
      assertThat(segments).contains(ProgressHouseholds.VILLAGE_NAME + " · 村公示中：4户", ProgressHouseholds.VILLAGE_NAME + " · 摸底调查：2户");
      // the first list ends on the third day from today and is shown; the second, on the fourth, is not
      assertThat(noticesOfVillage).hasSize(1);
      assertThat(noticesOfVillage.get(0)).contains("村级公示（民主评议后）", "宁州镇", "第1批", today.plusDays(3).toString(), "3天");
      assertThat(overdue).containsEntry(ProgressHouseholds.WORK_TEAM, "1").doesNotContainKey(ProgressHouseholds.COMMITTEE);
      assertThat(overdueFiveDays).containsEntry(ProgressHouseholds.WORK_TEAM, "2");
      assertThat(onNotice).containsExactly(ProgressHouseholds.household(3), ProgressHouseholds.household(4),
          ProgressHouseholds.household(5), ProgressHouseholds.household(6));
      assertThat(registerPage).contains(ProgressHouseholds.VILLAGE_NAME, "预退出");
      assertThat(duchang).contains("您的辖区内没有代码为 360428 的地区").doesNotContain("都昌县");
      assertThat(duchangVillage).contains("您的辖区内没有代码为 360428100201 的地区").doesNotContain("湖滨村");
      assertThat(city).contains("您的辖区内没有代码为 360400 的地区").doesNotContain("九江市");
    }
  }

  @Test
  @DisplayName("seed 000 三/九: a village committee sees its own village only, also when typing another place's address")
  void shouldShowTheVillageCommitteeItsOwnVillageOnly() {
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when
      browser.logIntoTasklist("village-360424100201-committee", DEMO_PASSWORD);
      browser.click(browser.waitFor(By.linkText("督查进度")));
      browser.switchToNewestWindow();
      browser.waitForText(HEADING, "督查进度：东岭村（360424100201）");
      wholePage(browser, "progress-village-committee");
      List<String> rows = texts(browser, "table.progress tbody tr[data-code] td:first-child");
      String page = browser.pageText();
      String neighbour = refusedPage(browser, "/progress/" + ProgressHouseholds.VILLAGE);
      String county = refusedPage(browser, "/progress/360424");
      String duchang = refusedPage(browser, "/progress/360428100201");

      // then
      assertThat(rows).containsExactly("东岭村");
      assertThat(page).doesNotContain(ProgressHouseholds.VILLAGE_NAME, "南山村", "都昌县", ProgressHouseholds.WORK_TEAM);
      assertThat(neighbour).contains("您的辖区内没有代码为 " + ProgressHouseholds.VILLAGE + " 的地区")
          .doesNotContain(ProgressHouseholds.VILLAGE_NAME);
      assertThat(county).contains("您的辖区内没有代码为 360424 的地区");
      assertThat(duchang).contains("您的辖区内没有代码为 360428100201 的地区");
    }
  }

  @Test
  @DisplayName("seed 000 三/九: the city supervisor sees both counties and drills down to 修水县")
  void shouldShowTheCitySupervisorItsCounties() {
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the city's supervisor, a Cockpit user, opens 督查进度 from Cockpit's navigation
      logIntoCockpit(browser, "city-360400-supervisor");
      browser.click(browser.waitFor(By.cssSelector("a.progress-link")));
      browser.switchToNewestWindow();
      browser.waitForText(HEADING, "督查进度：九江市（360400）");
      wholePage(browser, "progress-city");
      List<String> rows = texts(browser, "table.progress tbody tr[data-code] td:first-child");
      Map<String, String> xiushui = cells(browser, "360424");
      List<String> checks = texts(browser, "table.spot-checks tbody tr");
      browser.click(browser.waitFor(By.linkText("修水县")));
      browser.waitForText(HEADING, "督查进度：修水县（360424）");
      String county = browser.pageText();
      String province = refusedPage(browser, "/progress/360000");

      // then
      List<String> ofCity = jdbc.sql("select name from county where city_code = '360400' order by code")
          .query(String.class).list();
      assertThat(rows).contains("修水县", "都昌县").containsExactlyElementsOf(ofCity);
      long ofXiushui = jdbc.sql("select count(*) from household where village_code like '360424%' and status <> 'REMOVED'")
          .query(Long.class).single();
      assertThat(Long.parseLong(xiushui.get("total"))).isEqualTo(ofXiushui);
      assertThat(Long.parseLong(xiushui.get("SURVEY"))).isGreaterThanOrEqualTo(2);
      assertThat(county).contains("九江市", "宁州镇");
      // 德安县's check of its two exits of 2020: both met the standard at home
      assertThat(checks).anySatisfy(check -> assertThat(check).contains("县级抽查", "德安县", "2020", "100.00%", "已办结"));
      assertThat(province).contains("您的辖区内没有代码为 360000 的地区");
    }
  }

  @Test
  @DisplayName("the progress page refuses in Chinese: no login 401, a malformed code or day count 400, an unknown stage 404")
  void shouldRefuseBadAddressesInChinese() {
    RestApi.Response anonymous = pageWithAuthorization("Basic " + java.util.Base64.getEncoder()
        .encodeToString("nobody:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "/progress/360424");
    RestApi.Response shape = pageAs(XIUSHUI_SUPERVISOR, "/progress/36042");
    RestApi.Response days = pageAs(XIUSHUI_SUPERVISOR, "/progress/360424?overdueDays=0");
    RestApi.Response stage = pageAs(XIUSHUI_SUPERVISOR, "/progress/360424/households/approved");
    RestApi.Response page = pageAs(XIUSHUI_SUPERVISOR, "/progress/360424/households/survey?page=0");
    RestApi.Response survey = pageAs(XIUSHUI_SUPERVISOR, "/progress/" + ProgressHouseholds.VILLAGE + "/households/survey");
    RestApi.Response stays = pageAs(XIUSHUI_SUPERVISOR, "/progress/" + ProgressHouseholds.VILLAGE + "/households/stays-poor");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(shape.status()).isEqualTo(400);
    assertThat(shape.body()).contains("地区代码应为6位");
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.body()).contains("超期天数应为1至365之间的整数");
    assertThat(stage.status()).isEqualTo(404);
    assertThat(stage.body()).contains("没有名为 approved 的退出环节");
    assertThat(page.status()).isEqualTo(400);
    assertThat(survey.status()).isEqualTo(200);
    assertThat(survey.body()).contains("共 2 户", ProgressHouseholds.household(1), ProgressHouseholds.household(2))
        .doesNotContain(ProgressHouseholds.household(3));
    assertThat(stays.body()).contains("共 1 户", ProgressHouseholds.household(11));
  }

  private static Map<String, String> expectedVillage() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("SURVEY", "2");
    expected.put("APPRAISAL", "2");
    expected.put("VILLAGE_NOTICE", "4");
    expected.put("TOWNSHIP_VERIFICATION", "0");
    expected.put("SECOND_NOTICE", "0");
    expected.put("COUNTY_DECISION", "0");
    expected.put("EXITED", "1");
    expected.put("STAYS_POOR", "1");
    expected.put("REVOKED", "1");
    expected.put("total", "11");
    return expected;
  }

  /** The counts of a row of the progress table, by stage name, and its total. */
  private static Map<String, String> cells(ChineseBrowser browser, String code) {
    Map<String, String> cells = new LinkedHashMap<>();
    WebElement row = browser.waitFor(By.cssSelector("table.progress tr[data-code='" + code + "']"));
    for (WebElement cell : row.findElements(By.cssSelector("td[data-stage]"))) {
      cells.put(cell.getAttribute("data-stage"), cell.getText().trim());
    }
    cells.put("total", row.findElement(By.cssSelector("td.total")).getText().trim());
    return cells;
  }

  private static Map<String, String> overdueOf(ChineseBrowser browser) {
    Map<String, String> groups = new LinkedHashMap<>();
    for (WebElement row : browser.driver().findElements(By.cssSelector("table.overdue tbody tr"))) {
      groups.put(row.getAttribute("data-group"), row.findElements(By.tagName("td")).get(2).getText().trim());
    }
    return groups;
  }

  /** A screenshot of the whole page, kept under target/screenshots and as /tmp/progress-….png. */
  private static void wholePage(ChineseBrowser browser, String name) {
    Object height = browser.driver().executeScript("return document.documentElement.scrollHeight;");
    int pageHeight = Math.min(5000, ((Number) height).intValue() + 140);
    browser.driver().manage().window().setSize(new Dimension(1440, Math.max(900, pageHeight)));
    browser.screenshot(name);
    try {
      Files.write(Path.of("/tmp", name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.driver().manage().window().setSize(new Dimension(1440, 900));
  }

  private void logIntoCockpit(ChineseBrowser browser, String userId) {
    browser.driver().get(base() + "/camunda/app/cockpit/default/");
    browser.waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(userId);
    browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DEMO_PASSWORD);
    browser.driver().findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.register-search-link")));
  }

  private String refusedPage(ChineseBrowser browser, String path) {
    browser.driver().get(base() + path);
    browser.waitForText(HEADING, "无法办理");
    return browser.pageText();
  }

  private static List<String> texts(ChineseBrowser browser, String selector) {
    return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
