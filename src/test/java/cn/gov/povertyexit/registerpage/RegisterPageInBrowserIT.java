package cn.gov.povertyexit.registerpage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registerdata.VerifiedFacts;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 建档立卡查询 in headless Chromium, opened from Tasklist's and Cockpit's headers as a village committee, a county
 * supervisor and a city supervisor would: each sees the register of their own places and nothing of another
 * county's, also when typing its address. A screenshot of each page is kept under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPageInBrowserIT extends PostgresApplicationTest {

  private static final String DUCHANG_HOUSEHOLD = "3604281002010001";
  private static final By HEADING = By.tagName("h1");

  @Autowired JdbcClient jdbc;
  @Autowired VerifiedFacts verifiedFacts;
  @Autowired StatusRegister register;

  private String caseId;

  @BeforeAll
  void registerTheTestsHouseholds() {
    caseId = RegisterPageHouseholds.ensure(jdbc, this::restAs, verifiedFacts, register);
  }

  @Test
  void shouldShowTheVillageCommitteeItsOwnVillageOnlyFromTasklist() {
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the committee opens 建档立卡查询 from Tasklist's header and looks up one household by its id
      browser.logIntoTasklist("village-360424100201-committee", DEMO_PASSWORD);
      List<String> header = browser.driver().findElements(By.cssSelector(".register-search-link, .notice-board-link,"
          + " .register-files-link")).stream().map(WebElement::getText).toList();
      browser.click(browser.waitFor(By.linkText("建档立卡查询")));
      browser.switchToNewestWindow();
      browser.waitForText(HEADING, "建档立卡数据查询");
      wholePage(browser, "register-search-village-committee");
      String search = browser.pageText();
      List<String> villagesListed = cells(browser, "table.results td:nth-child(4)");
      browser.driver().findElement(By.id("q")).sendKeys(RegisterPageHouseholds.withCase());
      browser.click(browser.driver().findElement(By.cssSelector("form.search button")));
      browser.click(browser.waitFor(By.linkText(RegisterPageHouseholds.withCase())));
      browser.waitForText(HEADING, "户主0501");
      wholePage(browser, "register-household");
      String household = browser.pageText();
      List<String> nationalIds = cells(browser, "td.national-id");
      int caseLinks = browser.driver().findElements(By.cssSelector("a.case-link")).size();

      // and: types the address of a household, a village and the county beyond the village
      String foreignHousehold = refusedPage(browser, "/register/households/" + DUCHANG_HOUSEHOLD);
      wholePage(browser, "register-not-found");
      String neighbour = refusedPage(browser, "/register/villages/360424100202");
      String county = refusedPage(browser, "/register/counties/360424");

      // then
      assertThat(header).containsExactly("公示栏", "建档立卡查询", "建档立卡数据");
      assertThat(search).contains("共 ", "东岭村").doesNotContain("南山村", "竹坪村", "都昌县", "湖滨村");
      assertThat(villagesListed).isNotEmpty().containsOnly("东岭村");
      assertThat(household).contains("修水县 义宁镇 东岭村", "预退出", "住房安全等级", "B级（安全）", "家庭成员（2人）",
          "5,650.00", "未脱贫 → 预退出", "乡镇单独入户核实：住房安全等级：A → B", "贫困户退出 " + RegisterPageHouseholds.withCase() + "-2019");
      // the committee has no Cockpit: it reads the case's name and key, without a link it could not follow
      assertThat(caseLinks).isZero();
      assertThat(nationalIds).hasSize(2).allSatisfy(id -> assertThat(id).matches("360424\\*{8}\\d{3}[\\dX]"));
      assertThat(foreignHousehold).contains("您的辖区内没有户编号为 " + DUCHANG_HOUSEHOLD + " 的贫困户").doesNotContain("都昌镇");
      assertThat(neighbour).contains("您的辖区内没有代码为 360424100202 的行政村").doesNotContain("南山村");
      assertThat(county).contains("您的辖区内没有代码为 360424 的县");
    }
  }

  @Test
  void shouldShowTheCountySupervisorItsCountyAndNothingOfDuchang() {
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the supervisor opens the county, one of its villages and that village's second page
      browser.logIntoTasklist("county-360424-supervisor", DEMO_PASSWORD);
      browser.driver().get(base() + "/register/counties/360424");
      browser.waitForText(HEADING, "修水县");
      wholePage(browser, "register-county");
      String county = browser.pageText();
      browser.click(browser.waitFor(By.linkText("360424100201")));
      browser.waitForText(HEADING, "东岭村");
      wholePage(browser, "register-village");
      String village = browser.pageText();
      browser.click(browser.waitFor(By.cssSelector("p.pager a.next")));
      browser.waitForText(By.cssSelector("p.pager"), "第 2 /");
      String secondPage = browser.pageText();
      browser.driver().get(base() + "/register?kind=counties");
      browser.waitForText(HEADING, "建档立卡数据查询");
      String counties = browser.pageText();
      String duchang = refusedPage(browser, "/register/counties/360428");
      wholePage(browser, "register-county-not-found");
      String duchangVillage = refusedPage(browser, "/register/villages/360428100201");

      // and: follows the case of a household's trail into Cockpit
      browser.driver().get(base() + "/register/households/" + RegisterPageHouseholds.withCase());
      browser.click(browser.waitFor(By.cssSelector("a.case-link")));
      browser.switchToNewestWindow();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> browser.pageText().contains("贫困户退出"));
      browser.screenshot("register-case-in-cockpit");
      String cockpitUrl = browser.driver().getCurrentUrl();

      // then
      assertThat(county).contains("系统（演示数据装载）", "国家级贫困县", "贫困发生率", "摘帽标准2%", "东岭村", "南山村", "竹坪村", "杨梅村")
          .doesNotContain("湖滨村", "都昌县");
      assertThat(village).contains("义宁镇", "贫困发生率", "出列标准2%", "本村建档立卡户", "第 1 / ");
      assertThat(secondPage).contains("上一页", "户主0560");
      assertThat(counties).contains("修水县").doesNotContain("都昌县");
      assertThat(duchang).contains("您的辖区内没有代码为 360428 的县").doesNotContain("都昌县");
      assertThat(duchangVillage).contains("您的辖区内没有代码为 360428100201 的行政村").doesNotContain("湖滨村");
      assertThat(cockpitUrl).contains("/camunda/app/cockpit/default/#/process-instance/" + caseId);
    }
  }

  @Test
  void shouldShowTheCitySupervisorBothCountiesFromCockpit() {
    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the city's supervisor, a Cockpit user, opens 建档立卡查询 from Cockpit's header
      logIntoCockpit(browser, "city-360400-supervisor");
      browser.screenshot("cockpit-register-link");
      browser.click(browser.waitFor(By.linkText("建档立卡查询")));
      browser.switchToNewestWindow();
      browser.waitForText(HEADING, "建档立卡数据查询");
      browser.click(browser.waitFor(By.linkText("县")));
      browser.waitForText(By.cssSelector(".tabs strong"), "县");
      wholePage(browser, "register-search-city-supervisor");
      List<String> counties = cells(browser, "table.results td:nth-child(2)");
      browser.click(browser.waitFor(By.linkText("360428")));
      browser.waitForText(HEADING, "都昌县");
      wholePage(browser, "register-county-duchang");
      String duchang = browser.pageText();

      // then
      // the city's counties as the register holds them (other tests may add counties of 九江市 of their own)
      List<String> ofCity = jdbc.sql("select name from county where city_code = '360400' order by code")
          .query(String.class).list();
      assertThat(counties).contains("修水县", "都昌县").containsExactlyElementsOf(ofCity);
      assertThat(duchang).contains("省定贫困县", "湖滨村", "西源村", "港头村", "青山村").doesNotContain("东岭村");
    }
  }

  /** A screenshot of the whole page, not only the window's height, for a person to read every section. */
  private static void wholePage(ChineseBrowser browser, String name) {
    Object height = browser.driver().executeScript("return document.documentElement.scrollHeight;");
    int pageHeight = Math.min(5000, ((Number) height).intValue() + 140);
    browser.driver().manage().window().setSize(new Dimension(1440, Math.max(900, pageHeight)));
    browser.screenshot(name);
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

  /** Types an address into the browser's address bar and returns the refusal page's text. */
  private String refusedPage(ChineseBrowser browser, String path) {
    browser.driver().get(base() + path);
    browser.waitForText(HEADING, "无法办理");
    return browser.pageText();
  }

  private static List<String> cells(ChineseBrowser browser, String selector) {
    return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
