package nl.casustafel.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the outbox accepts: one plain address, a one-line subject, a calendar of a known method. */
class MailTest {

  @Test
  void aPlainMailIsAccepted() {
    Mail mail = Mail.text("zorg.coord+zvh@veilig-thuis.example", "Onderwerp", "");
    assertEquals(Optional.empty(), mail.calendar());
  }

  @Test
  void anythingButOnePlainAddressIsRefused() {
    for (String bad :
        List.of(
            "",
            "geen-adres",
            "a@b.example, c@d.example",
            "Naam <a@b.example>",
            "a@b.example\r\nBcc: x@y.example",
            "x".repeat(250) + "@b.example")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Mail.text(bad, "Onderwerp", "tekst"));
      assertTrue(e.getMessage().startsWith("recipient "), e.getMessage());
    }
  }

  @Test
  void aSubjectIsOneLineOfAtMost300Characters() {
    for (String bad : List.of("", " ", "a\r\nBcc: x@y.example", "a\nb", "x".repeat(301))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Mail.text("a@b.example", bad, ""));
      assertTrue(e.getMessage().startsWith("subject "), e.getMessage());
    }
    Mail.text("a@b.example", "x".repeat(300), "");
  }

  @Test
  void aCalendarIsAVcalendarOfItsOwnMethod() {
    new CalendarPart("REQUEST", MailMessagesTest.ICS);
    assertThrows(
        IllegalArgumentException.class, () -> new CalendarPart("CANCEL", MailMessagesTest.ICS));
    assertThrows(
        IllegalArgumentException.class, () -> new CalendarPart("PUBLISH", MailMessagesTest.ICS));
    assertThrows(
        IllegalArgumentException.class, () -> new CalendarPart("REQUEST", "METHOD:REQUEST"));
  }
}
