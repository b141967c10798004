package nl.casustafel.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.function.Function;
import nl.casustafel.registry.report.PageNumbers;
import nl.casustafel.report.suppression.Published;

/**
 * Renders a published progress report as a PDF in the house style of the other print-outs (A4
 * portrait, Liberation Sans, "pagina X van Y"): the title with the ZVH's name, the period and the
 * municipality, the suppression rule when one applies, then per group its tables (omschrijving |
 * aantal) each with its total row.
 *
 * <p>Usage: {@code byte[] pdf = ProgressPdf.render(suppressed, tenant.name(),
 * ProgressText.labels(ProgressText.DUTCH));}. The renderer is pure: it prints what it is given, so
 * whether the figures were suppressed is the caller's decision (anything that leaves the ZVH must
 * be).
 *
 * <p>Design notice: the metadata say what the document is, in Dutch, and which ZVH made it; never a
 * municipality's figure.
 */
public final class ProgressPdf {

  private static final float MARGIN = 40;
  private static final float BOTTOM_MARGIN = 45;

  private ProgressPdf() {}

  /**
   * The report as a PDF.
   *
   * @param published the figures (suppressed, or exact for the ZVH's own use)
   * @param tenantName the Zorg- en Veiligheidshuis, e.g. "Zorg- en Veiligheidshuis Gooi en
   *     Vechtstreek"
   * @param labels the text of a key, as for {@link ProgressCsv#write}; null for a key without one,
   *     and then the code itself is printed (a municipality's name)
   * @return the PDF's bytes
   * @throws com.lowagie.text.DocumentException when OpenPDF cannot lay the document out (a bug)
   */
  public static byte[] render(
      Published published, String tenantName, Function<String, String> labels) {
    Objects.requireNonNull(tenantName, "tenantName is required");
    Objects.requireNonNull(labels, "labels is required");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PageNumbers());
    document.addTitle(ProgressText.dutch("pdf.title", tenantName));
    document.addSubject(ProgressText.dutch("pdf.subject"));
    document.addCreator("Casustafel");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.open();
    try {
      new ProgressSections(document, labels).addAll(published, tenantName);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
