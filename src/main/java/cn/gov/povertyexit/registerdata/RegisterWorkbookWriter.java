package cn.gov.povertyexit.registerdata;

import static cn.gov.povertyexit.registerdata.ImportColumns.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes a register workbook — a county's export, or the empty template with its 说明 sheet — streaming rows to the
 * file as they are read, so an export of 120,000 members keeps only a window of rows in memory. Ids, 身份证号 and
 * dates are text cells (a number would lose digits), amounts numbers with two decimals.
 */
@Component
class RegisterWorkbookWriter {

  private static final int ROWS_IN_MEMORY = 500;

  private final RegisterRows rows;

  RegisterWorkbookWriter(RegisterRows rows) {
    this.rows = rows;
  }

  void export(String countyCode, OutputStream out) throws IOException {
    write(out, countyCode);
  }

  void template(OutputStream out) throws IOException {
    write(out, null);
  }

  private void write(OutputStream out, String countyCode) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      Styles styles = new Styles(workbook);
      for (RegisterSheet registerSheet : RegisterSheet.values()) {
        SXSSFSheet sheet = workbook.createSheet(registerSheet.title());
        header(sheet, registerSheet, styles);
        if (countyCode != null) {
          int[] next = {1};
          switch (registerSheet) {
            case HOUSEHOLDS -> rows.households(countyCode, cells -> row(sheet, next[0]++, cells, -1, -1, styles));
            case MEMBERS -> rows.members(countyCode, cells -> row(sheet, next[0]++, cells, -1, -1, styles));
            case INCOMES -> rows.incomes(countyCode,
                cells -> row(sheet, next[0]++, cells, INCOME_FIRST_AMOUNT, INCOME_LAST_AMOUNT, styles));
          }
        }
      }
      if (countyCode == null) {
        explanation(workbook.createSheet("说明"), styles);
      }
      workbook.write(out);
    }
  }

  private static void header(Sheet sheet, RegisterSheet registerSheet, Styles styles) {
    Row header = sheet.createRow(0);
    for (int column = 0; column < registerSheet.headers().size(); column++) {
      header.createCell(column).setCellValue(registerSheet.header(column));
      header.getCell(column).setCellStyle(styles.header);
      sheet.setColumnWidth(column, (column == 0 || registerSheet == RegisterSheet.MEMBERS && column == MEMBER_NATIONAL_ID ? 22 : 14) * 256);
      sheet.setDefaultColumnStyle(column, styles.text);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void row(Sheet sheet, int number, List<String> cells, int firstAmount, int lastAmount, Styles styles) {
    Row row = sheet.createRow(number);
    for (int column = 0; column < cells.size(); column++) {
      if (column >= firstAmount && column <= lastAmount && firstAmount >= 0) {
        row.createCell(column).setCellValue(Double.parseDouble(cells.get(column)));
        row.getCell(column).setCellStyle(styles.amount);
      } else {
        row.createCell(column).setCellValue(cells.get(column));
        row.getCell(column).setCellStyle(styles.text);
      }
    }
  }

  private static void explanation(Sheet sheet, Styles styles) {
    List<List<String>> lines = List.of(
        List.of("工作表", "列", "填写要求"),
        List.of("户信息", "户编号", "16位数字，文本格式；一户一行"),
        List.of("户信息", "行政村代码", "12位数字，须是本县登记簿中的行政村"),
        List.of("户信息", "户主姓名", "不超过40个字"),
        List.of("户信息", "贫困户状态", RegisterCodes.STATUS.allowed() + "；新登记的农户只能是未脱贫、已脱贫或返贫，已登记农户须与登记簿一致（状态只能通过程序变更）"),
        List.of("户信息", "脱贫年度", "4位年份；已脱贫的农户必填，未脱贫的农户不填"),
        List.of("户信息", "低保五保", RegisterCodes.DIBAO.allowed()),
        List.of("户信息", "住房安全等级", RegisterCodes.HOUSING.allowed() + "（C、D为危房）"),
        List.of("户信息", "饮水安全、吃穿不愁", RegisterCodes.YES_NO.allowed()),
        List.of("户信息", "建档立卡日期", "日期，如 2015-10-01"),
        List.of("户信息", "贫困标准", RegisterCodes.POVERTY_STANDARD.allowed() + "（可不填，也可没有此列）：国标户对照国家扶贫标准，省标户对照省扶贫标准"
            + "（004号文件 三(一)），仅配置了省扶贫标准的省可填省标；不填的，新登记农户为国标，已登记农户保持登记簿中的标准"),
        List.of("家庭成员", "户编号", "须在「户信息」表中或已在本县登记；每户恰好一名户主"),
        List.of("家庭成员", "身份证号", "18位，末位校验码须正确（X大写），文本格式；第7至14位须与出生日期一致"),
        List.of("家庭成员", "与户主关系", RegisterCodes.RELATION.allowed()),
        List.of("家庭成员", "在校情况", RegisterCodes.SCHOOLING.allowed()),
        List.of("家庭成员", "辍学原因", RegisterCodes.DROPOUT_REASON.allowed() + "；仅辍学的成员填写"),
        List.of("家庭成员", "健康状况", RegisterCodes.HEALTH.allowed()),
        List.of("家庭成员", "大病已救治、参加基本医疗保险", RegisterCodes.YES_NO.allowed()),
        List.of("家庭成员", "劳动能力", RegisterCodes.LABOUR.allowed()),
        List.of("年收入", "户编号、年度", "每户每年一行；年度为4位年份"),
        List.of("年收入", "各项收入", "元，不为负数，最多两位小数；没有此项收入填 0；纯收入 = 工资性 + 生产经营性 − 生产经营费用 + 财产性 + 转移性"),
        List.of("全部", "导入规则", "先全部检查，有任何错误则不写入；同一文件重复导入不会改变登记簿；登记簿中有而文件中没有的记录保持不变"));
    for (int number = 0; number < lines.size(); number++) {
      Row row = sheet.createRow(number);
      for (int column = 0; column < 3; column++) {
        row.createCell(column).setCellValue(lines.get(number).get(column));
        row.getCell(column).setCellStyle(number == 0 ? styles.header : styles.text);
      }
    }
    for (Map.Entry<Integer, Integer> width : Map.of(0, 12, 1, 28, 2, 100).entrySet()) {
      sheet.setColumnWidth(width.getKey(), width.getValue() * 256);
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle amount;

    Styles(SXSSFWorkbook workbook) {
      DataFormat formats = workbook.createDataFormat();
      text = workbook.createCellStyle();
      text.setDataFormat(formats.getFormat("@"));
      amount = workbook.createCellStyle();
      amount.setDataFormat(formats.getFormat("0.00"));
      header = workbook.createCellStyle();
      header.setDataFormat(formats.getFormat("@"));
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
    }
  }
}
