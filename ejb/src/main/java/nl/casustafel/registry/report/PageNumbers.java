package nl.casustafel.registry.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "pagina X van Y" at the foot of every page. The total is not known until the document closes, so
 * every page draws a shared template that is filled in then.
 */
public final class PageNumbers extends PdfPageEventHelper {

  private static final float BASELINE = 20;
  private static final float TOTAL_WIDTH = 30;

  private PdfTemplate total;

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    float size = ReportFont.FOOTER.size();
    total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, size * 1.5f);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    String text =
        ReportText.get("footer.page")
            + " "
            + writer.getPageNumber()
            + " "
            + ReportText.get("footer.of")
            + " ";
    float size = ReportFont.FOOTER.size();
    float x = document.right() - TOTAL_WIDTH - ReportFont.base().getWidthPoint(text, size);
    PdfContentByte content = writer.getDirectContent();
    content.beginText();
    content.setFontAndSize(ReportFont.base(), size);
    content.setTextMatrix(x, BASELINE);
    content.showText(text);
    content.endText();
    content.addTemplate(total, x + ReportFont.base().getWidthPoint(text, size), BASELINE);
  }

  /** Called after the last page has ended: the writer's page number is one past it. */
  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(ReportFont.base(), ReportFont.FOOTER.size());
    total.setTextMatrix(0, 0);
    total.showText(String.valueOf(writer.getPageNumber() - 1));
    total.endText();
  }
}
