package cn.gov.povertyexit.registerfiles;

import cn.gov.povertyexit.registry.NationalIdNumber;
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

  /** A valid 身份证号 of a person born on the given day (yyyyMMdd) in the county, with its check character. */
  static String nationalId(String countyCode, String birthDay, int sequence) {
    String body = countyCode + birthDay + String.format("%03d", sequence);
    return body + NationalIdNumber.checkCharacter(body);
  }
}
