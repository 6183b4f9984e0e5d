package cn.gov.povertyexit.registerdata;

import static cn.gov.povertyexit.support.ImportTestCounty.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.ImportTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 永修县's poverty office loads a village's households in Chromium as a clerk would: from Tasklist's header to the
 * import page, a dry run first, the report, then 确认导入.
 */
class RegisterFilesInBrowserIT extends PostgresApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @Test
  void shouldLetTheCountyOfficeCheckAFileAndThenImportItInTheBrowser() throws IOException {
    // given: a file of three households of 燕坊村 on the clerk's disk
    ImportTestCounty.ensure(jdbc, access, demo);
    Path file = Files.createTempDirectory("register-files").resolve("燕坊村2020年建档立卡.xlsx");
    Files.write(file, TestWorkbook.threeHouseholds(71).bytes());

    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the office opens 建档立卡数据 from Tasklist, chooses the file and starts a dry run (the default)
      browser.logIntoTasklist(OFFICE, DEMO_PASSWORD);
      browser.click(browser.waitFor(By.linkText("建档立卡数据")));
      browser.switchToNewestWindow();
      browser.waitForText(By.tagName("h1"), "永修县 · 建档立卡数据导入导出");
      browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      boolean dryRunByDefault = browser.driver().findElement(By.id("dryRun")).isSelected();
      browser.click(browser.driver().findElement(By.id("submitImport")));
      browser.waitForText(By.id("state"), "检查通过，尚未写入");
      browser.screenshot("register-import-dry-run");
      String report = browser.pageText();
      int beforeCommit = households();

      // and confirms it
      browser.click(browser.waitFor(By.id("commit")));
      browser.waitForText(By.id("state"), "已导入登记簿");
      browser.screenshot("register-import-done");

      // then: the dry run said what would come and wrote nothing; the import wrote it
      assertThat(dryRunByDefault).isTrue();
      assertThat(report).contains("试导入：燕坊村2020年建档立卡.xlsx", "检查通过", "将要写入的变更（共 16 条）",
          "「户信息」第2行 新增农户：户主71", "「家庭成员」第8行 新增家庭成员：子女73", "「年收入」第7行 新增2020年收入");
      assertThat(browser.driver().findElement(By.id("householdsCreated")).getText()).isEqualTo("3");
      assertThat(beforeCommit).isZero();
      assertThat(households()).isEqualTo(3);
    }
  }

  private int households() {
    return jdbc.sql("select count(*) from household where id between ? and ?")
        .params(TestWorkbook.household(71), TestWorkbook.household(73)).query(Integer.class).single();
  }
}
