package nl.casustafel.conference.invitation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A conference as an iCalendar message (RFC 5545) that mail programs show as an invitation with
 * "accept / decline" (iTIP, RFC 5546), to attach as {@code text/calendar; method=REQUEST} (or
 * {@code CANCEL}) and {@code charset=UTF-8}.
 *
 * <p>Usage: {@code String ics = ConferenceCalendar.request(event);} for a new or changed conference
 * (raise {@link CalendarEvent#sequence()} on every change), {@code
 * ConferenceCalendar.cancel(event)} with the same UID and a higher sequence when it is called off.
 *
 * <p>Times are written as Europe/Amsterdam wall-clock time ({@code DTSTART;TZID=Europe/Amsterdam})
 * with the VTIMEZONE that defines it, so that a calendar in another zone shows the right hour on
 * both sides of a summer-time change; DTSTAMP is UTC. Lines end in CRLF and are folded at 75 octets
 * (RFC 5545 §3.1).
 *
 * <p>Design notice: the message says only what {@link CalendarEvent} holds (title, time, place or
 * video link, the conference's page): calendars are synchronised to phones and third parties, so no
 * case or client data may be in them. Reads no network (see {@code ical4j.properties}).
 */
public final class ConferenceCalendar {

  /** Identifies the product that made the message (RFC 5545 §3.7.3). */
  static final String PRODID = "-//Casustafel//Casusoverleg//NL";

  private ConferenceCalendar() {}

  /**
   * An invitation or update: METHOD:REQUEST, STATUS:CONFIRMED.
   *
   * @return the message, CRLF line ends, folded
   * @throws IllegalStateException when ical4j finds the message invalid (a bug)
   */
  public static String request(CalendarEvent event) {
    return write(
        ImmutableMethod.REQUEST, EventComponent.of(event, ImmutableStatus.VEVENT_CONFIRMED));
  }

  /**
   * A cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID, the event's (higher) sequence.
   *
   * @return the message, CRLF line ends, folded
   * @throws IllegalStateException when ical4j finds the message invalid (a bug)
   */
  public static String cancel(CalendarEvent event) {
    return write(
        ImmutableMethod.CANCEL, EventComponent.of(event, ImmutableStatus.VEVENT_CANCELLED));
  }

  private static String write(
      net.fortuna.ical4j.model.property.Method method,
      net.fortuna.ical4j.model.component.VEvent event) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    calendar.add(AmsterdamTimeZone.component());
    calendar.add(event);
    StringWriter out = new StringWriter();
    try {
      // ical4j folds by characters; we fold by octets ourselves, so its folding is off.
      new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
    } catch (ValidationException e) {
      throw new IllegalStateException("invalid calendar message: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A StringWriter does not throw.
    }
    return OctetFolding.fold(out.toString());
  }
}
