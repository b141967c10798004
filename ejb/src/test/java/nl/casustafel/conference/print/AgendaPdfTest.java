package nl.casustafel.conference.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.casustafel.registry.report.FarFromAmsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agenda as the partner reads it: the PDF parsed back to text, far from Amsterdam. */
@ExtendWith(FarFromAmsterdam.class)
class AgendaPdfTest {

  @Test
  void headingAndItemsInAmsterdamTime() throws IOException {
    String text = Printouts.text(AgendaPdf.render(Printouts.agenda(Printouts.items())));

    assertContains(text, "Agenda casusoverleg");
    assertContains(text, "Casusoverleg mensenhandel");
    assertContains(text, "Wanneer: dinsdag 9 juni 2026, 10:00\u201312:00");
    assertContains(text, "Waar: Zaal 2, Hilversum");
    assertContains(text, "Exemplaar voor: Politie Midden-Nederland");
    assertContains(text, "Afgedrukt op: 01-06-2026 09:15");
    // The extractor runs adjacent cells together.
    assertContains(text, "1 10:00 30 minMH-2026-0007Zoë Kowalska");
    assertContains(text, "3 10:50 25 minMH-2026-0011");
    assertContains(text, "pagina 1 van 1");
  }

  @Test
  void aHiddenItemShowsOnlyItsNumberAndTime() throws IOException {
    String text = Printouts.text(AgendaPdf.render(Printouts.agenda(Printouts.items())));

    assertContains(text, "2 10:30 20 minCasus (niet voor uw organisatie) 3");
    assertFalse(text.contains(Printouts.HIDDEN_REFERENCE), text);
  }

  @Test
  void anAgendaWithoutItemsSaysGeen() throws IOException {
    String text = Printouts.text(AgendaPdf.render(Printouts.agenda(List.of())));

    assertContains(text, "Agendapunten Geen.");
    assertFalse(text.contains("Aanvang"), text);
  }

  @Test
  void theMetadataNameTheDocumentAndItsAmsterdamDate() throws IOException {
    PdfReader reader = new PdfReader(AgendaPdf.render(Printouts.agenda(Printouts.items())));
    Map<String, String> info = reader.getInfo();

    assertEquals("Agenda casusoverleg", info.get("Title"));
    assertFalse(info.toString().contains("MH-2026"), info.toString());
    assertTrue(info.get("CreationDate").startsWith("D:20260601091500+02'00"), info.toString());
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "missing \"" + part + "\" in " + text);
  }
}
