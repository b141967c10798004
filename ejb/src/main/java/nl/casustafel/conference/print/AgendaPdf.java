package nl.casustafel.conference.print;

import nl.casustafel.registry.report.ReportFont;
import nl.casustafel.registry.report.ReportTable;

/**
 * Renders one partner's copy of a conference agenda as a PDF: heading, then a table of the items
 * (number, planned start in Amsterdam time, minutes, case reference, client). An item the partner
 * may not see shows its number and time and "Casus (niet voor uw organisatie)", nothing else.
 *
 * <p>Usage: {@code byte[] pdf = AgendaPdf.render(agenda);} with an agenda the caller has cut to the
 * partner through the policy decision point (and logged, when it shows personal data).
 */
public final class AgendaPdf {

  private static final float[] WIDTHS = {0.6f, 1, 1, 3, 3};

  private AgendaPdf() {}

  /**
   * The agenda as a PDF.
   *
   * @param agenda the partner's copy, never null
   * @return the PDF's bytes
   * @throws com.lowagie.text.DocumentException when OpenPDF cannot lay the document out (a bug)
   */
  public static byte[] render(PrintedAgenda agenda) {
    PrintDocument.Heading heading =
        new PrintDocument.Heading(
            agenda.tenantName(),
            agenda.conferenceTitle(),
            agenda.start(),
            agenda.end(),
            agenda.place(),
            agenda.partnerName(),
            agenda.printedAt());
    return PrintDocument.render(
        "agenda.title",
        agenda.printedAt(),
        document -> {
          document.heading("agenda.title", heading);
          document.add(PrintText.get("agenda.heading"), ReportFont.HEADING, 14);
          if (agenda.items().isEmpty()) {
            document.add(PrintText.get("none"), ReportFont.BODY, 4);
            return;
          }
          ReportTable table = new ReportTable(PrintText.columns("agenda"), WIDTHS);
          agenda.items().forEach(item -> table.row(ItemLabels.row(item)));
          document.add(table.table());
        });
  }
}
