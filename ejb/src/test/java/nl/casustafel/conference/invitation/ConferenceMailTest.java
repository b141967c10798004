package nl.casustafel.conference.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import nl.casustafel.registry.report.FarFromAmsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mail texts word for word. Far from Amsterdam, so that the default zone cannot leak in. */
@ExtendWith(FarFromAmsterdam.class)
class ConferenceMailTest {

  static final URI LINK = URI.create("https://casustafel.example/gv/overleg/42");

  static MailFacts facts(Instant start, int agendaItems) {
    return new MailFacts(
        "Casusoverleg GV",
        start,
        start.plusSeconds(2 * 3600),
        Optional.of("Zaal 2, Hilversum"),
        Optional.of(URI.create("https://video.example/overleg-42")),
        "Politie Midden-Nederland",
        agendaItems,
        LINK);
  }

  @Test
  void theDutchInvitationWordForWord() {
    MailText mail = ConferenceMail.DUTCH.invitation(facts(ConferenceCalendarTest.WINTER, 2));

    assertEquals(
        "Uitnodiging casusoverleg: Casusoverleg GV, dinsdag 10 maart 2026, 10:00\u201312:00",
        mail.subject());
    assertEquals(
        """
        Beste collega's van Politie Midden-Nederland,

        U bent uitgenodigd voor het casusoverleg Casusoverleg GV.

        Wanneer: dinsdag 10 maart 2026, 10:00\u201312:00
        Waar: Zaal 2, Hilversum
        Videoverbinding: https://video.example/overleg-42

        Voor uw organisatie staan 2 agendapunten op de agenda.
        Agenda en stukken:
        https://casustafel.example/gv/overleg/42

        Deze e-mail noemt bewust geen cli\u00EBnten of casussen. U ziet ze na inloggen in Casustafel.""",
        mail.body());
  }

  @Test
  void summerTimeIsShownAsAmsterdamTimeToo() {
    MailText mail = ConferenceMail.DUTCH.invitation(facts(ConferenceCalendarTest.SUMMER, 1));

    assertTrue(mail.body().contains("Wanneer: dinsdag 9 juni 2026, 10:00\u201312:00"), mail.body());
  }

  @Test
  void agendaItemsArePluralised() {
    assertItems(0, "Voor uw organisatie staan geen agendapunten op de agenda.");
    assertItems(1, "Voor uw organisatie staat 1 agendapunt op de agenda.");
    assertItems(2, "Voor uw organisatie staan 2 agendapunten op de agenda.");
    assertItems(1200, "Voor uw organisatie staan 1.200 agendapunten op de agenda.");
    String minutes =
        ConferenceMail.DUTCH.minutesReady(facts(ConferenceCalendarTest.WINTER, 1)).body();
    assertTrue(minutes.contains("bevat het verslag 1 agendapunt."), minutes);
  }

  @Test
  void aMoveNamesTheNewAndTheFormerTime() {
    Instant former = ConferenceCalendarTest.WINTER;
    MailText mail =
        ConferenceMail.DUTCH.moved(
            facts(ConferenceCalendarTest.SUMMER, 1), former, former.plusSeconds(7200));

    assertEquals(
        "Casusoverleg verplaatst: Casusoverleg GV, nu dinsdag 9 juni 2026, 10:00\u201312:00",
        mail.subject());
    assertTrue(
        mail.body()
            .contains(
                "is verplaatst. Het stond gepland op dinsdag 10 maart 2026, 10:00\u201312:00."),
        mail.body());
    assertTrue(mail.body().contains("Wanneer: dinsdag 9 juni 2026, 10:00\u201312:00"), mail.body());
  }

  @Test
  void aCancellationSaysSoWithoutAgendaCount() {
    MailText mail = ConferenceMail.DUTCH.cancelled(facts(ConferenceCalendarTest.WINTER, 3));

    assertEquals(
        "Casusoverleg gaat niet door: Casusoverleg GV, dinsdag 10 maart 2026, 10:00\u201312:00",
        mail.subject());
    assertTrue(mail.body().contains("gaat niet door."), mail.body());
    assertFalse(mail.body().contains("agendapunt"), mail.body());
    assertTrue(mail.body().contains(LINK.toString()), mail.body());
  }

  @Test
  void englishOnRequest() {
    assertSame(ConferenceMail.ENGLISH, ConferenceMail.forLanguage("en-GB"));
    assertSame(ConferenceMail.DUTCH, ConferenceMail.forLanguage("de"));
    assertSame(ConferenceMail.DUTCH, ConferenceMail.forLanguage(null));
    MailText mail = ConferenceMail.ENGLISH.invitation(facts(ConferenceCalendarTest.WINTER, 1));

    assertEquals(
        "Invitation to case conference: Casusoverleg GV, Tuesday 10 March 2026, 10:00\u201312:00",
        mail.subject());
    assertTrue(mail.body().contains("the agenda has 1 item."), mail.body());
  }

  @Test
  void aTitleCannotAddAHeaderOrALine() {
    MailFacts facts =
        new MailFacts(
            "Overleg\r\nBcc: iedereen@example.org\u202E",
            ConferenceCalendarTest.WINTER,
            ConferenceCalendarTest.SUMMER,
            Optional.empty(),
            Optional.empty(),
            " Veilig\tThuis ",
            0,
            LINK);

    assertEquals("Overleg Bcc: iedereen@example.org", facts.title());
    assertEquals("Veilig Thuis", facts.organisation());
    MailText mail = ConferenceMail.DUTCH.invitation(facts);
    assertFalse(mail.subject().contains("\n"), mail.subject());
    assertTrue(
        mail.body()
            .contains("Wanneer: dinsdag 10 maart 2026, 10:00 \u2013 dinsdag 9 juni 2026, 10:00"),
        mail.body());
  }

  @Test
  void blankTextsAndNegativeCountsAreRefused() {
    Instant start = ConferenceCalendarTest.WINTER;
    Instant end = start.plusSeconds(60);
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MailFacts(" \n", start, end, Optional.empty(), Optional.empty(), "X", 0, LINK));
    assertEquals("title must not be blank", blank.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MailFacts("T", start, end, Optional.empty(), Optional.empty(), "X", -1, LINK));
    assertEquals("agendaItems must not be negative: -1", negative.getMessage());
  }

  private static void assertItems(int count, String line) {
    String body =
        ConferenceMail.DUTCH.invitation(facts(ConferenceCalendarTest.WINTER, count)).body();
    assertTrue(body.contains("\n" + line + "\n"), body);
  }
}
