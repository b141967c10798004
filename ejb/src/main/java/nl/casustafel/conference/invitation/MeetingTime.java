package nl.casustafel.conference.invitation;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.casustafel.shared.AmsterdamTime;

/**
 * When a meeting is, as people read it: "dinsdag 10 maart 2026, 10:00–12:00" (Dutch) or "Tuesday 10
 * March 2026, 10:00–12:00" (English), always in Europe/Amsterdam time whatever the server's zone. A
 * meeting that ends on a later day shows both days.
 */
public final class MeetingTime {

  private static final String DASH = "\u2013";

  private MeetingTime() {}

  /**
   * The span from start to end in Amsterdam time.
   *
   * @param start the start (UTC instant)
   * @param end the end, not before the start
   * @param locale the language of the day and month names (e.g. {@code nl}, {@code en})
   */
  public static String span(Instant start, Instant end, Locale locale) {
    ZonedDateTime from = start.atZone(AmsterdamTime.ZONE);
    ZonedDateTime to = end.atZone(AmsterdamTime.ZONE);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm", locale);
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return day.format(from) + ", " + hour.format(from) + DASH + hour.format(to);
    }
    return day.format(from)
        + ", "
        + hour.format(from)
        + " "
        + DASH
        + " "
        + day.format(to)
        + ", "
        + hour.format(to);
  }
}
