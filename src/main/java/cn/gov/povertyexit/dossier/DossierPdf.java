package cn.gov.povertyexit.dossier;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Writes a dossier as an A4 PDF with the Chinese font embedded: the same content as its printable page. */
@Component
class DossierPdf {

  private static final Color HEADER = new Color(0xf0, 0xf0, 0xf0);

  private final DossierFont font;

  DossierPdf(DossierFont font) {
    this.font = font;
  }

  boolean available() {
    return font.font().isPresent();
  }

  void write(Dossier dossier, OutputStream out) {
    BaseFont base = font.font().orElseThrow(() -> new IllegalStateException("no Chinese font"));
    Font title = new Font(base, 16, Font.BOLD);
    Font heading = new Font(base, 12, Font.BOLD);
    Font body = new Font(base, 9);
    Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
    Document document = new Document(PageSize.A4, 40, 40, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setPageEvent(new PageFooter(dossier.title() + " · " + dossier.subjectLine(), small));
      document.addTitle(dossier.title() + " " + dossier.subjectLine());
      document.addCreator("建档立卡 退出档案");
      document.open();
      Paragraph heading1 = new Paragraph(dossier.title(), title);
      heading1.setAlignment(Element.ALIGN_CENTER);
      document.add(heading1);
      Paragraph subject = new Paragraph(dossier.subjectLine(), body);
      subject.setAlignment(Element.ALIGN_CENTER);
      subject.setSpacingAfter(8);
      document.add(subject);

      PdfPTable facts = new PdfPTable(new float[] {1, 3});
      facts.setWidthPercentage(100);
      for (Dossier.Fact fact : dossier.facts()) {
        facts.addCell(cell(fact.label(), body, true));
        facts.addCell(cell(fact.value(), body, false));
      }
      document.add(facts);

      for (Dossier.Section section : dossier.sections()) {
        Paragraph sectionTitle = new Paragraph(section.title(), heading);
        sectionTitle.setSpacingBefore(10);
        sectionTitle.setSpacingAfter(4);
        document.add(sectionTitle);
        if (section.isEmpty()) {
          document.add(new Paragraph(section.emptyText(), body));
          continue;
        }
        PdfPTable table = new PdfPTable(section.headers().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setWidths(widths(section.headers().size()));
        section.headers().forEach(header -> table.addCell(cell(header, body, true)));
        for (var row : section.rows()) {
          row.forEach(value -> table.addCell(cell(value, body, false)));
        }
        document.add(table);
      }
      Paragraph printed = new Paragraph("打印时间：" + dossier.printedAt() + "。本档案由建档立卡系统按各步骤办结时的记录生成。", small);
      printed.setSpacingBefore(10);
      document.add(printed);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    } finally {
      document.close();
    }
  }

  /** The last column (what was stated) is the widest; a time column stays narrow. */
  private static float[] widths(int columns) {
    return switch (columns) {
      case 4 -> new float[] {1.3f, 1.8f, 1.8f, 4.1f};
      case 5 -> new float[] {1.2f, 1.4f, 1.4f, 1.4f, 3.6f};
      case 6 -> new float[] {1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 3.0f};
      default -> {
        float[] equal = new float[columns];
        java.util.Arrays.fill(equal, 1f);
        yield equal;
      }
    };
  }

  private static PdfPCell cell(String text, Font font, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(Optional.ofNullable(text).orElse(""), font));
    cell.setPadding(3);
    if (header) {
      cell.setBackgroundColor(HEADER);
    }
    return cell;
  }

  /** "第 n 页" and the subject on every page, so a loose sheet still says whose file it belongs to. */
  private static final class PageFooter extends PdfPageEventHelper {
    private final String line;
    private final Font font;

    PageFooter(String line, Font font) {
      this.line = line;
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
          new Phrase(line + " · 第 " + writer.getPageNumber() + " 页", font),
          (document.left() + document.right()) / 2, document.bottom() - 20, 0);
    }
  }
}
