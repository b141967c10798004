package nl.casustafel.conference.print;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.function.Consumer;
import nl.casustafel.conference.invitation.MeetingTime;
import nl.casustafel.registry.report.PageNumbers;
import nl.casustafel.registry.report.ReportFont;
import nl.casustafel.shared.AmsterdamTime;

/**
 * A conference print-out: A4 portrait, Dutch, "pagina X van Y" at the foot of every page, dated by
 * when it was printed (Amsterdam time), with a heading that names the conference and the partner
 * the copy is for. The metadata name the document, never a case or a person.
 */
final class PrintDocument {

  private static final float MARGIN = 40;
  private static final float BOTTOM_MARGIN = 45;

  private final Document document;

  private PrintDocument(Document document) {
    this.document = document;
  }

  /**
   * Renders a document.
   *
   * @param titleKey the bundle key of the document's title (e.g. {@code agenda.title})
   * @param printedAt the creation date, UTC
   * @param content adds the body to the open document
   * @return the PDF
   */
  static byte[] render(String titleKey, Instant printedAt, Consumer<PrintDocument> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PageNumbers());
    document.addTitle(PrintText.get(titleKey));
    document.addCreator("Casustafel");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.open();
    PdfDate made = new PdfDate(GregorianCalendar.from(printedAt.atZone(AmsterdamTime.ZONE)));
    writer.getInfo().put(PdfName.CREATIONDATE, made);
    writer.getInfo().put(PdfName.MODDATE, made);
    try {
      content.accept(new PrintDocument(document));
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /** The title, the conference and whom the copy is for. */
  void heading(String titleKey, Heading heading) {
    add(PrintText.get(titleKey), ReportFont.TITLE, 0);
    add(heading.conferenceTitle(), ReportFont.HEADING, 6);
    meta("meta.tenant", heading.tenantName());
    meta("meta.when", MeetingTime.span(heading.start(), heading.end(), PrintText.DUTCH));
    heading.place().ifPresent(place -> meta("meta.place", place));
    meta("meta.partner", heading.partnerName());
    meta("meta.printedAt", AmsterdamTime.DATE_TIME.format(heading.printedAt()));
    add(PrintText.get("meta.notice", heading.partnerName()), ReportFont.BODY, 8);
  }

  /** A paragraph in a font, with space before it in points. */
  void add(String text, ReportFont font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(font.phrase(text));
    paragraph.setLeading(font.size() * 1.3f);
    paragraph.setSpacingBefore(spacingBefore);
    document.add(paragraph);
  }

  /** Any other element (a table). */
  void add(com.lowagie.text.Element element) {
    document.add(element);
  }

  private void meta(String key, String value) {
    add(PrintText.get(key) + ": " + value, ReportFont.BODY, 2);
  }

  /** What the heading of a print-out shows. */
  record Heading(
      String tenantName,
      String conferenceTitle,
      Instant start,
      Instant end,
      Optional<String> place,
      String partnerName,
      Instant printedAt) {}
}
