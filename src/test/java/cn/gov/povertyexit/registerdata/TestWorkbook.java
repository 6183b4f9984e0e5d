package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.registry.NationalIdNumber;
import cn.gov.povertyexit.support.ImportTestCounty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A register workbook as a county clerk fills one in: the template's headers, then rows of text. */
final class TestWorkbook {

  private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

  TestWorkbook() {
    for (RegisterSheet sheet : RegisterSheet.values()) {
      sheets.put(sheet.title(), new ArrayList<>(List.of(sheet.headers())));
    }
  }

  TestWorkbook household(String... cells) {
    return row(RegisterSheet.HOUSEHOLDS.title(), cells);
  }

  TestWorkbook member(String... cells) {
    return row(RegisterSheet.MEMBERS.title(), cells);
  }

  TestWorkbook income(String... cells) {
    return row(RegisterSheet.INCOMES.title(), cells);
  }

  TestWorkbook row(String sheet, String... cells) {
    sheets.computeIfAbsent(sheet, name -> new ArrayList<>()).add(List.of(cells));
    return this;
  }

  TestWorkbook withoutSheet(String sheet) {
    sheets.remove(sheet);
    return this;
  }

  TestWorkbook header(String sheet, String... cells) {
    sheets.get(sheet).set(0, List.of(cells));
    return this;
  }

  byte[] bytes() {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Map.Entry<String, List<List<String>>> entry : sheets.entrySet()) {
        Sheet sheet = workbook.createSheet(entry.getKey());
        int number = 0;
        for (List<String> cells : entry.getValue()) {
          Row row = sheet.createRow(number++);
          for (int column = 0; column < cells.size(); column++) {
            row.createCell(column).setCellValue(cells.get(column));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Households n, n+1, n+2 of 燕坊村: 2, 2 and 3 members, incomes of 2019 and 2020. */
  static TestWorkbook threeHouseholds(int n) {
    TestWorkbook file = new TestWorkbook()
        .household(household(n), ImportTestCounty.VILLAGE, "户主" + n, "未脱贫", "", "否", "C", "是", "是", "2015-10-01")
        .household(household(n + 1), ImportTestCounty.VILLAGE, "户主" + (n + 1), "未脱贫", "", "低保户", "A", "是", "是", "2015-10-01")
        .household(household(n + 2), ImportTestCounty.VILLAGE, "户主" + (n + 2), "已脱贫", "2018", "否", "B", "否", "是", "2016/3/1");
    for (int k = 0; k < 3; k++) {
      String id = household(n + k);
      file.member(id, "户主" + (n + k), TestWorkbook.nationalId("360425", "1968050" + (k + 1), n * 10 + k), "户主",
          "1968-05-0" + (k + 1), "已完成学业", "", "健康", "是", "是", "普通劳动力");
      file.member(id, "配偶" + (n + k), TestWorkbook.nationalId("360425", "1970020" + (k + 1), n * 10 + k), "配偶",
          "1970年2月" + (k + 1) + "日", "已完成学业", "", "长期慢性病", "是", "是", "弱劳动力或半劳动力");
      file.income(id, "2019", "8000", "3000", "500.50", "0", "1200");
      file.income(id, "2020", "9000", "3200", "600", "0", "1,300.00");
    }
    file.member(household(n + 2), "子女" + (n + 2), TestWorkbook.nationalId("360425", "20100301", n * 10 + 3),
        "子女", "2010-03-01", "辍学", "因病", "大病", "是", "是", "无劳动力");
    return file;
  }

  /** Household n of 燕坊村, 永修县's test village. */
  static String household(int n) {
    return ImportTestCounty.VILLAGE + String.format("%04d", n);
  }

  /** A valid 身份证号 of a person born on the given day (yyyyMMdd) in the county, with its check character. */
  static String nationalId(String countyCode, String birthDay, int sequence) {
    String body = countyCode + birthDay + String.format("%03d", sequence);
    return body + NationalIdNumber.checkCharacter(body);
  }
}
