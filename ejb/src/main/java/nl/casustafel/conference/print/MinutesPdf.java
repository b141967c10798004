package nl.casustafel.conference.print;

import java.util.List;
import java.util.function.Function;
import nl.casustafel.registry.report.ReportFont;
import nl.casustafel.registry.report.ReportTable;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Renders one partner's copy of a conference's minutes as a PDF: heading; per agenda item its
 * heading, the paragraphs the partner may read (category and text) and how many were withheld; then
 * the agreements and the attendance list. An item the partner may not see shows only its number,
 * time and "Casus (niet voor uw organisatie)".
 *
 * <p>Usage: {@code byte[] pdf = MinutesPdf.render(minutes);} with minutes the caller has cut to the
 * partner through the policy decision point and logged as a disclosure.
 */
public final class MinutesPdf {

  private MinutesPdf() {}

  /**
   * The minutes as a PDF.
   *
   * @param minutes the partner's copy, never null
   * @return the PDF's bytes
   * @throws com.lowagie.text.DocumentException when OpenPDF cannot lay the document out (a bug)
   */
  public static byte[] render(PrintedMinutes minutes) {
    PrintDocument.Heading heading =
        new PrintDocument.Heading(
            minutes.tenantName(),
            minutes.conferenceTitle(),
            minutes.start(),
            minutes.end(),
            minutes.place(),
            minutes.partnerName(),
            minutes.printedAt());
    return PrintDocument.render(
        "minutes.title",
        minutes.printedAt(),
        document -> {
          document.heading("minutes.title", heading);
          minutes.items().forEach(item -> item(document, item));
          table(
              document,
              "agreements",
              minutes.agreements(),
              new float[] {5, 2.5f, 1.3f, 1.3f},
              MinutesPdf::agreementRow);
          table(
              document,
              "attendance",
              minutes.attendance(),
              new float[] {3, 3, 2},
              a -> new String[] {a.partner(), a.person(), a.presence()});
        });
  }

  private static void item(PrintDocument document, MinutesItem item) {
    PrintedItem printed = item.item();
    String title =
        PrintText.get(
            "minutes.item",
            printed.position(),
            ItemLabels.startOf(printed),
            ItemLabels.timeboxOf(printed),
            ItemLabels.caseAndClientOf(printed));
    document.add(title, ReportFont.HEADING, 12);
    if (printed.visible().isEmpty()) {
      return; // Nothing of a hidden case, not even how much there is.
    }
    if (!item.paragraphs().isEmpty()) {
      ReportTable table = new ReportTable(PrintText.columns("paragraphs"), new float[] {2, 7});
      item.paragraphs().forEach(p -> table.row(p.category(), p.text()));
      document.add(table.table());
    }
    if (item.withheld() > 0) {
      document.add(PrintText.get("minutes.withheld", item.withheld()), ReportFont.BODY, 4);
    }
  }

  private static <T> void table(
      PrintDocument document, String key, List<T> rows, float[] widths, Function<T, String[]> row) {
    document.add(PrintText.get(key + ".heading"), ReportFont.HEADING, 14);
    if (rows.isEmpty()) {
      document.add(PrintText.get("none"), ReportFont.BODY, 4);
      return;
    }
    ReportTable table = new ReportTable(PrintText.columns(key), widths);
    rows.forEach(r -> table.row(row.apply(r)));
    document.add(table.table());
  }

  private static String[] agreementRow(PrintedAgreement agreement) {
    return new String[] {
      agreement.what(),
      agreement.owner(),
      AmsterdamTime.DATE.format(agreement.due()),
      agreement.status()
    };
  }
}
