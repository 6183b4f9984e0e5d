package cn.gov.povertyexit.registerdata;

import static cn.gov.povertyexit.support.ImportTestCounty.LARGE_COUNTY;
import static cn.gov.povertyexit.support.ImportTestCounty.LARGE_OFFICE;
import static cn.gov.povertyexit.support.ImportTestCounty.LARGE_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.support.ImportTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county's whole register in one file: 30,000 households with 120,000 members and their 2020 incomes, generated
 * here, imported in the background while the page shows its progress, within the time the README states.
 */
class LargeCountyImportIT extends PostgresApplicationTest {

  private static final int HOUSEHOLDS = 30_000;
  private static final int MEMBERS_EACH = 4;
  /** The README's figure for an operator: a county's file is in the register within ten minutes on 2 cores. */
  private static final Duration STATED_TIME = Duration.ofMinutes(10);

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  @Test
  void shouldImportACountyOfThirtyThousandHouseholdsInTheBackgroundWithinTheStatedTime() throws IOException {
    // given
    ImportTestCounty.ensure(jdbc, access, demo);
    byte[] file = county();
    RegisterFilesClient office = new RegisterFilesClient(port, LARGE_OFFICE, DEMO_PASSWORD);

    // when
    Instant started = Instant.now();
    RegisterFilesClient.Answer upload = office.upload(file, "瑞昌市建档立卡.xlsx", false);
    Duration answered = Duration.between(started, Instant.now());
    JsonNode imported = office.waitFor(RegisterFilesClient.idOf(upload), STATED_TIME);
    Duration took = Duration.between(started, Instant.now());

    // then: the upload is answered at once; the import runs in the background and writes every row
    assertThat(answered).isLessThan(Duration.ofSeconds(30));
    assertThat(imported.path("state").asText()).isEqualTo("IMPORTED");
    assertThat(imported.path("householdsCreated").asInt()).isEqualTo(HOUSEHOLDS);
    assertThat(imported.path("membersCreated").asInt()).isEqualTo(HOUSEHOLDS * MEMBERS_EACH);
    assertThat(imported.path("incomesCreated").asInt()).isEqualTo(HOUSEHOLDS);
    assertThat(jdbc.sql("""
            select count(*) from household_member m join household h on h.id = m.household_id
            where h.village_code = ?""").param(LARGE_VILLAGE).query(Integer.class).single())
        .isEqualTo(HOUSEHOLDS * MEMBERS_EACH);
    System.out.printf("register import of %d households, %d members, %d incomes (%d kB): %d s%n", HOUSEHOLDS,
        HOUSEHOLDS * MEMBERS_EACH, HOUSEHOLDS, file.length / 1024, took.toSeconds());
  }

  private static byte[] county() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet households = sheet(workbook, RegisterSheet.HOUSEHOLDS);
      Sheet members = sheet(workbook, RegisterSheet.MEMBERS);
      Sheet incomes = sheet(workbook, RegisterSheet.INCOMES);
      int memberRow = 1;
      for (int n = 1; n <= HOUSEHOLDS; n++) {
        String id = LARGE_VILLAGE.substring(0, 11) + String.format("%05d", n);
        row(households, n, List.of(id, LARGE_VILLAGE, "户主" + n, "未脱贫", "", "否", "B", "是", "是", "2015-10-01"));
        for (int k = 0; k < MEMBERS_EACH; k++) {
          // the household's thousand in the birth date, the rest in the sequence digits: no number repeats
          String birth = (1950 + k * 15) + String.format("%02d%02d", 1 + n / 1000 % 12, 1 + n / 1000 / 12);
          row(members, memberRow++, List.of(id, (k == 0 ? "户主" : "成员") + n + "-" + k,
              TestWorkbook.nationalId(LARGE_COUNTY, birth, n % 1000), k == 0 ? "户主" : k == 1 ? "配偶" : "子女",
              birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-" + birth.substring(6), "已完成学业", "", "健康",
              "是", "是", "普通劳动力"));
        }
        row(incomes, n, List.of(id, "2020", "9000", "2000", "500", "0", "800"));
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static Sheet sheet(SXSSFWorkbook workbook, RegisterSheet registerSheet) {
    Sheet sheet = workbook.createSheet(registerSheet.title());
    row(sheet, 0, registerSheet.headers());
    return sheet;
  }

  private static void row(Sheet sheet, int number, List<String> cells) {
    Row row = sheet.createRow(number);
    for (int column = 0; column < cells.size(); column++) {
      row.createCell(column).setCellValue(cells.get(column));
    }
  }
}
