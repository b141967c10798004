package nl.casustafel.registry.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.GregorianCalendar;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Renders a data-subject access report (AVG art. 15) as a PDF: A4 portrait, Dutch, tables whose
 * header row repeats on every page, "pagina X van Y" at the foot of each page.
 *
 * <p>Usage: {@code SubjectAccessPdf.render(report, response.getOutputStream());} with a report the
 * caller has gathered through the policy decision point. The renderer is pure: it reads nothing but
 * the report and writes nothing but the stream, so logging the report is the caller's work.
 *
 * <p>Design notice: the document metadata say what the document is (title, subject, Dutch language,
 * the creating application) and when it was made, never who it is about or who made it: metadata
 * travel with a file where its pages are not read.
 */
public final class SubjectAccessPdf {

  private static final float MARGIN = 40;
  private static final float BOTTOM_MARGIN = 45;

  private SubjectAccessPdf() {}

  /**
   * Writes the report as a PDF to the stream; the stream is flushed, not closed.
   *
   * @param report the report, never null
   * @param out where the PDF goes
   * @throws IOException when the stream cannot be written
   * @throws com.lowagie.text.DocumentException when OpenPDF cannot lay the document out (a bug)
   */
  public static void render(SubjectAccessReport report, OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    writer.setPageEvent(new PageNumbers());
    describe(document, writer);
    document.open();
    dated(writer, report.generatedAt());
    try {
      new ReportSections(document).addAll(report);
    } finally {
      document.close();
    }
    out.flush();
  }

  private static void describe(Document document, PdfWriter writer) {
    document.addTitle(ReportText.get("title"));
    document.addSubject(ReportText.get("subject"));
    document.addCreator("Casustafel");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
  }

  /**
   * Dates the document by the report, in Amsterdam time with its offset. OpenPDF would stamp the
   * JVM's clock in its default zone, and {@code Document.addCreationDate(PdfDate)} does not
   * override that, so the info dictionary is written directly (it is written out at close).
   */
  private static void dated(PdfWriter writer, Instant generatedAt) {
    PdfDate made = new PdfDate(GregorianCalendar.from(generatedAt.atZone(AmsterdamTime.ZONE)));
    writer.getInfo().put(PdfName.CREATIONDATE, made);
    writer.getInfo().put(PdfName.MODDATE, made);
  }
}
