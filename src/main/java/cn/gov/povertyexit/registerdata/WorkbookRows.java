package cn.gov.povertyexit.registerdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a register workbook row by row with POI's streaming (SAX) reader, so that a county's 120,000 member rows
 * never sit in memory as a spreadsheet model. Sheets it does not know (a 说明 sheet, say) are skipped.
 */
final class WorkbookRows {

  private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private WorkbookRows() {}

  /** Hands each data row to {@code rows}; returns the problems of the file as a whole (layout, missing sheets). */
  static List<RowProblem> read(byte[] file, Consumer<SheetRow> rows) {
    List<RowProblem> problems = new ArrayList<>();
    Set<RegisterSheet> seen = EnumSet.noneOf(RegisterSheet.class);
    try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(file))) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheetData = sheets.next()) {
          RegisterSheet sheet = RegisterSheet.titled(sheets.getSheetName()).orElse(null);
          if (sheet == null || !seen.add(sheet)) {
            continue;
          }
          RowCollector collector = new RowCollector(sheet, rows, problems);
          XMLReader parser = SAXHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDates(), false));
          parser.parse(new InputSource(sheetData));
          collector.finish();
        }
      }
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException notXlsx) {
      problems.add(new RowProblem("文件", 0, null, "无法读取：请上传由模板或国家扶贫开发信息系统导出的 Excel 工作簿（.xlsx）"));
      return problems;
    }
    for (RegisterSheet sheet : RegisterSheet.values()) {
      if (!seen.contains(sheet)) {
        problems.add(new RowProblem(sheet.title(), 0, null, "工作簿中缺少名为「" + sheet.title() + "」的工作表（没有数据也请保留表头）"));
      }
    }
    return problems;
  }

  /** Collects one sheet's cells into rows; checks its header row. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final RegisterSheet sheet;
    private final Consumer<SheetRow> rows;
    private final List<RowProblem> problems;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;
    private boolean headerValid;

    RowCollector(RegisterSheet sheet, Consumer<SheetRow> rows, List<RowProblem> problems) {
      this.sheet = sheet;
      this.rows = rows;
      this.problems = problems;
    }

    @Override
    public void startRow(int rowIndex) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }

    @Override
    public void endRow(int rowIndex) {
      SheetRow row = new SheetRow(sheet, rowIndex + 1, List.copyOf(cells));
      if (!headerSeen) {
        headerSeen = true;
        headerValid = checkHeader(row);
      } else if (headerValid && !row.isBlank()) {
        rows.accept(row);
      }
    }

    void finish() {
      if (!headerSeen) {
        problems.add(new RowProblem(sheet.title(), 1, null, "缺少表头，第1行应为：" + String.join("、", sheet.headers())));
      }
    }

    private boolean checkHeader(SheetRow header) {
      for (int column = 0; column < sheet.headers().size(); column++) {
        boolean optionalAndLeftOut = column >= sheet.requiredColumns() && header.cell(column).isEmpty();
        if (!optionalAndLeftOut && !sheet.header(column).equals(header.cell(column))) {
          problems.add(new RowProblem(sheet.title(), header.number(), null, "表头第" + (column + 1) + "列应为「"
              + sheet.header(column) + "」，实为「" + header.cell(column) + "」。第1行应为：" + String.join("、", sheet.headers())));
          return false;
        }
      }
      return true;
    }
  }

  /** Date cells read as 2016-03-01 whatever display format the file gives them; other cells as displayed. */
  private static final class IsoDates extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(ISO_DAY);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
