package nl.casustafel.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days as our users and covenants count them: in Europe/Amsterdam, the zone of every Zorg-
 * en Veiligheidshuis. Instants stay UTC; only days and times shown to people are Amsterdam.
 *
 * <p>A day here is not always 24 hours: the last Sunday of March has 23 (02:00 CET jumps to 03:00
 * CEST), the last Sunday of October 25 (02:00–03:00 comes twice).
 */
public final class AmsterdamTime {

  /** Europe/Amsterdam. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** A calendar day as Dutch screens show it: 29-11-2026. */
  public static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy", java.util.Locale.ROOT);

  /** An instant as Dutch screens show it, in Amsterdam time: 29-11-2026 14:05. */
  public static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", java.util.Locale.ROOT)
          .withZone(ZONE);

  private AmsterdamTime() {}

  /** Today in Amsterdam by the given clock. */
  public static LocalDate today(Clock clock) {
    return dayOf(clock.instant());
  }

  /** The Amsterdam calendar day on which the instant falls. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The first instant of the Amsterdam day (inclusive); the next day's start ends it. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
