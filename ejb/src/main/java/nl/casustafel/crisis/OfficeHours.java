package nl.casustafel.crisis;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import nl.casustafel.shared.AmsterdamTime;

/**
 * The ZVH's office hours: Monday to Friday from {@code opens} to {@code closes}, Europe/Amsterdam
 * wall-clock time (so 09:00 stays 09:00 across the daylight-saving changes). Outside them the
 * crisis services take over. The office is open for some time every working day (closing after
 * opening): hours that never open would let the crisis services in around the clock. Public
 * holidays are not modelled: on a holiday the office counts as open unless the rota says otherwise
 * (Known issue).
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

  /** The default of a new region: 09:00–17:00. */
  public static final OfficeHours DEFAULT =
      new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

  public OfficeHours {
    Objects.requireNonNull(opens, "opens is required.");
    Objects.requireNonNull(closes, "closes is required.");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("closes: the office closes after it opens.");
    }
  }

  /** Whether the office is open at the instant (UTC), judged in Amsterdam time. */
  public boolean openAt(Instant instant) {
    ZonedDateTime local = instant.atZone(AmsterdamTime.ZONE);
    DayOfWeek day = local.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    LocalTime time = local.toLocalTime();
    return !time.isBefore(opens) && time.isBefore(closes);
  }
}
