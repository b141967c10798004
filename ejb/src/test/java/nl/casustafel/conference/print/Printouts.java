package nl.casustafel.conference.print;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Agendas and minutes to print, and the way back: a PDF's pages as text. */
final class Printouts {

  /** Tuesday 9 June 2026, 10:00 in Amsterdam (CEST, +2). */
  static final Instant SUMMER = Instant.parse("2026-06-09T08:00:00Z");

  /** Printed on Monday 1 June 2026 at 09:15 Amsterdam time. */
  static final Instant PRINTED = Instant.parse("2026-06-01T07:15:00Z");

  static final String HIDDEN_REFERENCE = "VT-2026-0099";

  private Printouts() {}

  /** Three items for Politie: its own case (with client), a hidden one, one without client name. */
  static List<PrintedItem> items() {
    return List.of(
        new PrintedItem(
            1,
            SUMMER,
            Duration.ofMinutes(30),
            Optional.of(new VisibleCase("MH-2026-0007", Optional.of("Zoë Kowalska")))),
        new PrintedItem(2, SUMMER.plusSeconds(1800), Duration.ofMinutes(20), Optional.empty()),
        new PrintedItem(
            3,
            SUMMER.plusSeconds(3000),
            Duration.ofMinutes(25),
            Optional.of(new VisibleCase("MH-2026-0011", Optional.empty()))));
  }

  static PrintedAgenda agenda(List<PrintedItem> items) {
    return new PrintedAgenda(
        "ZVH Gooi en Vechtstreek",
        "Casusoverleg mensenhandel",
        SUMMER,
        SUMMER.plusSeconds(7200),
        Optional.of("Zaal 2, Hilversum"),
        "Politie Midden-Nederland",
        PRINTED,
        items);
  }

  static PrintedMinutes minutes() {
    List<PrintedItem> items = items();
    return new PrintedMinutes(
        "ZVH Gooi en Vechtstreek",
        "Casusoverleg mensenhandel",
        SUMMER,
        SUMMER.plusSeconds(7200),
        Optional.empty(),
        "Politie Midden-Nederland",
        PRINTED,
        List.of(
            new MinutesItem(
                items.get(0),
                List.of(new PrintedParagraph("Veiligheidsgegevens", "Aangifte is opgenomen.")),
                2),
            new MinutesItem(items.get(1), List.of(), 0),
            new MinutesItem(
                items.get(2),
                List.of(new PrintedParagraph("Zorggegevens", "Opvang geregeld.")),
                1)),
        List.of(
            new PrintedAgreement(
                "Contact met de opvang", "Scharlaken Koord", LocalDate.of(2026, 6, 16), "Open")),
        List.of(
            new PrintedAttendance("Politie Midden-Nederland", "J. de Vries", "Aanwezig"),
            new PrintedAttendance("Veilig Thuis", "A. Bakker", "Afgemeld")));
  }

  /** Every page's text, runs of white space as one space, pages joined by a space. */
  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
      }
      return String.join(" ", pages);
    } finally {
      reader.close();
    }
  }
}
