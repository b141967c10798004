package nl.casustafel.registry.report;

import java.time.Instant;
import java.time.LocalDate;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Times and days as the report shows them: Dutch notation, in Europe/Amsterdam whatever the zone of
 * the server (an instant of 12:00 UTC in July prints as 14:00).
 */
final class ReportTimes {

  private ReportTimes() {}

  /** The instant as an Amsterdam date and time, "dd-MM-yyyy HH:mm". */
  static String time(Instant instant) {
    return AmsterdamTime.DATE_TIME.format(instant);
  }

  /** The day as "dd-MM-yyyy". */
  static String day(LocalDate day) {
    return AmsterdamTime.DATE.format(day);
  }
}
