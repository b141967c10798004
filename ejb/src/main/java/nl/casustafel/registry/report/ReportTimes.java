package nl.casustafel.registry.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Times and days as the report shows them: Dutch notation, in Europe/Amsterdam whatever the zone of
 * the server (an instant of 12:00 UTC in July prints as 14:00).
 */
final class ReportTimes {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT).withZone(AmsterdamTime.ZONE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

  private ReportTimes() {}

  /** The instant as an Amsterdam date and time, "dd-MM-yyyy HH:mm". */
  static String time(Instant instant) {
    return TIME.format(instant);
  }

  /** The day as "dd-MM-yyyy". */
  static String day(LocalDate day) {
    return DAY.format(day);
  }
}
