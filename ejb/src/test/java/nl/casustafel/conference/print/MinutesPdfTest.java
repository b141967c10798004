package nl.casustafel.conference.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.casustafel.registry.report.FarFromAmsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The minutes as the partner reads them: the PDF parsed back to text, far from Amsterdam. */
@ExtendWith(FarFromAmsterdam.class)
class MinutesPdfTest {

  @Test
  void visibleItemsShowTheirParagraphsAndHowManyWereWithheld() throws IOException {
    String text = Printouts.text(MinutesPdf.render(Printouts.minutes()));

    assertContains(text, "Verslag casusoverleg");
    assertContains(text, "Agendapunt 1 (10:00, 30 min): MH-2026-0007 \u2013 Zoë Kowalska");
    // Table cells are drawn after a page's paragraphs, so the extractor reads them at the end.
    assertContains(text, "Veiligheidsgegevens Aangifte is opgenomen.");
    assertContains(text, "Zorggegevens Opvang geregeld.");
    assertContains(text, "2 alinea's niet voor uw organisatie");
    assertContains(text, "Agendapunt 3 (10:50, 25 min): MH-2026-0011");
    assertContains(text, "1 alinea niet voor uw organisatie");
  }

  @Test
  void aHiddenItemShowsNoReferenceAndNothingElse() throws IOException {
    String text = Printouts.text(MinutesPdf.render(Printouts.minutes()));

    assertContains(
        text, "Agendapunt 2 (10:30, 20 min): Casus (niet voor uw organisatie) Agendapunt 3");
    assertFalse(text.contains(Printouts.HIDDEN_REFERENCE), text);
  }

  @Test
  void agreementsAndAttendance() throws IOException {
    String text = Printouts.text(MinutesPdf.render(Printouts.minutes()));

    assertContains(text, "Afspraken");
    assertContains(text, "Contact met de opvangScharlaken Koord16-06-2026Open");
    assertContains(text, "Presentielijst");
    assertContains(text, "Politie Midden-NederlandJ. de VriesAanwezig");
    assertContains(text, "Veilig ThuisA. BakkerAfgemeld");
  }

  @Test
  void emptyMinutesSayGeen() throws IOException {
    PrintedMinutes full = Printouts.minutes();
    PrintedMinutes empty =
        new PrintedMinutes(
            full.tenantName(),
            full.conferenceTitle(),
            full.start(),
            full.end(),
            full.place(),
            full.partnerName(),
            full.printedAt(),
            List.of(),
            List.of(),
            List.of());

    String text = Printouts.text(MinutesPdf.render(empty));

    assertContains(text, "Afspraken Geen. Presentielijst Geen.");
  }

  @Test
  void aHiddenItemCannotCarryParagraphs() {
    PrintedItem hidden =
        new PrintedItem(2, Printouts.SUMMER, Duration.ofMinutes(20), Optional.empty());
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MinutesItem(hidden, List.of(new PrintedParagraph("Zorg", "geheim")), 0));
    assertEquals("a hidden item has no paragraphs: 2", refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MinutesItem(hidden, List.of(), 3));
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "missing \"" + part + "\" in " + text);
  }
}
