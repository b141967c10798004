package nl.casustafel.conference.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.util.Configurator;
import nl.casustafel.registry.report.FarFromAmsterdam;
import nl.casustafel.shared.AmsterdamTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar messages as a calendar reads them: parsed back with ical4j's own parser. Far from
 * Amsterdam, so that a time taken through the JVM's default zone fails.
 */
@ExtendWith(FarFromAmsterdam.class)
class ConferenceCalendarTest {

  /** Tuesday 10 March 2026, 10:00 in Amsterdam (CET, +1). */
  static final Instant WINTER = Instant.parse("2026-03-10T09:00:00Z");

  /** Tuesday 9 June 2026, 10:00 in Amsterdam (CEST, +2). */
  static final Instant SUMMER = Instant.parse("2026-06-09T08:00:00Z");

  static final URI LINK = URI.create("https://casustafel.example/gv/overleg/42");

  static CalendarEvent event(String title, Instant start, int sequence) {
    return new CalendarEvent(
        "conference-42@casustafel.example",
        sequence,
        title,
        start,
        start.plusSeconds(2 * 3600),
        Optional.of("Zaal 2, Hilversum"),
        Optional.of(URI.create("https://video.example/overleg-42")),
        LINK,
        "casusoverleg@zvh-gv.example",
        List.of("politie@example.org", "veiligthuis@example.org"),
        Instant.parse("2026-02-01T12:00:00Z"));
  }

  @Test
  void aRequestCarriesMethodUidSequenceAndTheAmsterdamHourInWinterAndSummer() throws Exception {
    for (Instant start : List.of(WINTER, SUMMER)) {
      Calendar calendar = parse(ConferenceCalendar.request(event("Casusoverleg GV", start, 0)));
      VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();

      assertEquals("REQUEST", value(calendar, Property.METHOD));
      assertEquals("conference-42@casustafel.example", value(event, Property.UID));
      assertEquals("0", value(event, Property.SEQUENCE));
      assertEquals("CONFIRMED", value(event, Property.STATUS));
      ZonedDateTime local = amsterdam(event.getDateTimeStart());
      assertEquals(10, local.getHour(), start.toString());
      assertEquals(start, local.toInstant());
      assertEquals("TUESDAY", local.getDayOfWeek().name());
    }
  }

  @Test
  void startAndEndAreAmsterdamWallClockWithTheirVtimezone() throws Exception {
    String ics = ConferenceCalendar.request(event("Casusoverleg GV", SUMMER, 0));

    assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20260609T100000\r\n"), ics);
    assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Amsterdam:20260609T120000\r\n"), ics);
    assertTrue(ics.contains("\r\nDTSTAMP:20260201T120000Z\r\n"), ics);
    assertTrue(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"), ics);
    assertFalse(ics.contains("Brussels"), "the alias's name would not match the TZID: " + ics);
    assertFalse(ics.contains("TZURL"), "no invitation to fetch the zone elsewhere: " + ics);
    assertTrue(ics.contains("\r\nTZOFFSETTO:+0200\r\n"), ics);
    assertTrue(ics.contains("\r\nTZOFFSETTO:+0100\r\n"), ics);
    assertTrue(ics.contains("\r\nPRODID:-//Casustafel//Casusoverleg//NL\r\n"), ics);
    Calendar calendar = parse(ics);
    assertTrue(calendar.getComponent(Component.VTIMEZONE).isPresent());
  }

  @Test
  void summaryLocationUrlAndADescriptionOfOnlyPlaceVideoAndLink() throws Exception {
    VEvent event =
        parse(ConferenceCalendar.request(event("Casusoverleg GV", WINTER, 0)))
            .<VEvent>getComponent(Component.VEVENT)
            .orElseThrow();

    assertEquals("Casusoverleg GV", value(event, Property.SUMMARY));
    assertEquals("Zaal 2, Hilversum", value(event, Property.LOCATION));
    assertEquals(LINK.toString(), value(event, Property.URL));
    assertEquals(
        "Plaats: Zaal 2, Hilversum\n"
            + "Videoverbinding: https://video.example/overleg-42\n"
            + "Agenda en stukken: https://casustafel.example/gv/overleg/42",
        value(event, Property.DESCRIPTION));
    assertEquals("mailto:casusoverleg@zvh-gv.example", value(event, Property.ORGANIZER));
    assertEquals(2, event.getProperties(Property.ATTENDEE).size());
  }

  @Test
  void withoutAPlaceTheVideoLinkIsTheLocation() throws Exception {
    CalendarEvent full = event("Casusoverleg GV", WINTER, 0);
    CalendarEvent online =
        new CalendarEvent(
            full.uid(),
            0,
            full.title(),
            full.start(),
            full.end(),
            Optional.empty(),
            full.videoLink(),
            LINK,
            full.organizerEmail(),
            List.of(),
            full.stamp());
    VEvent event =
        parse(ConferenceCalendar.request(online)).<VEvent>getComponent(Component.VEVENT).get();

    assertEquals("https://video.example/overleg-42", value(event, Property.LOCATION));
    assertFalse(value(event, Property.DESCRIPTION).contains("Plaats"));
  }

  @Test
  void aCancellationKeepsTheUidAndCarriesTheHigherSequence() throws Exception {
    Calendar calendar = parse(ConferenceCalendar.cancel(event("Casusoverleg GV", WINTER, 3)));
    VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();

    assertEquals("CANCEL", value(calendar, Property.METHOD));
    assertEquals("CANCELLED", value(event, Property.STATUS));
    assertEquals("conference-42@casustafel.example", value(event, Property.UID));
    assertEquals("3", value(event, Property.SEQUENCE));
  }

  @Test
  void bothMessagesPassIcal4jsValidatorForTheirMethod() throws Exception {
    CalendarEvent event = event("Casusoverleg GV", WINTER, 1);
    for (String ics :
        List.of(ConferenceCalendar.request(event), ConferenceCalendar.cancel(event))) {
      var result = parse(ics).validate();
      assertFalse(result.hasErrors(), result.toString());
    }
  }

  @Test
  void linesEndInCrlfAndLongLinesAreFoldedAt75Octets() throws Exception {
    String title = "Casusoverleg Zoë " + "Gooi en Vechtstreek ".repeat(12) + "\uD83D\uDE00 einde";
    String ics = ConferenceCalendar.request(event(title, WINTER, 0));

    assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare LF: " + ics);
    assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare CR: " + ics);
    List<String> lines = List.of(ics.split("\r\n"));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith(" ")), "nothing folded: " + ics);
    for (String line : lines) {
      int octets = line.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(octets <= 75, octets + " octets: " + line);
      assertFalse(line.endsWith("\uD83D"), "a split surrogate pair: " + line);
    }
    VEvent event = parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();
    assertEquals(title, value(event, Property.SUMMARY));
  }

  @Test
  void timeZoneUpdatesFromTheNetworkAreOff() {
    assertEquals(
        Optional.of("false"),
        Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"),
        "ical4j.properties is not on the class path");
    assertFalse(new TimeZoneUpdater().isEnabled());
  }

  @Test
  void loadingAZoneAsksNoProxyForAConnection() {
    List<URI> asked = new ArrayList<>();
    ProxySelector before = ProxySelector.getDefault();
    ProxySelector.setDefault(recording(asked));
    try {
      // A zone no test has loaded yet: the registry reads it now, and would update it now.
      TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("America/Paramaribo");
    } finally {
      ProxySelector.setDefault(before);
    }
    assertEquals(List.of(), asked);
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CalendarEvent(
                    "u",
                    0,
                    "t",
                    SUMMER,
                    WINTER,
                    Optional.empty(),
                    Optional.empty(),
                    LINK,
                    "o@x",
                    List.of(),
                    WINTER));
    assertTrue(refused.getMessage().startsWith("end must be after start"), refused.getMessage());
  }

  private static ProxySelector recording(List<URI> asked) {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        throw new IllegalStateException("no network in this test: " + uri);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {}
    };
  }

  static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer owner, String name) {
    return owner
        .getProperty(name)
        .map(Property::getValue)
        .orElseThrow(() -> new AssertionError(name));
  }

  private static ZonedDateTime amsterdam(DtStart<? extends Temporal> start) {
    return ZonedDateTime.from(start.getDate()).withZoneSameInstant(AmsterdamTime.ZONE);
  }
}
