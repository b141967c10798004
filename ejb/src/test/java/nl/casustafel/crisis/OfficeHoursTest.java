package nl.casustafel.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.casustafel.shared.AmsterdamTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Office hours are Amsterdam wall-clock time on weekdays: the instants below are UTC, the comments
 * say what an Amsterdam clock shows. Monday 5 January 2026 is winter time (UTC+1), Monday 30 March
 * 2026 the first weekday of summer time (UTC+2).
 */
class OfficeHoursTest {

  private static final OfficeHours NINE_TO_FIVE = OfficeHours.DEFAULT;

  /** 2025-01-01T00:00:00Z; the properties draw instants of 2025–2027 to the second. */
  private static final long FROM = 1_735_689_600L;

  /** Three years of 365 days, in seconds. */
  private static final long SPAN = 3L * 365 * 24 * 3600;

  private static boolean open(String utc) {
    return NINE_TO_FIVE.openAt(Instant.parse(utc));
  }

  @Test
  void theDefaultIsNineToFive() {
    assertEquals(LocalTime.of(9, 0), NINE_TO_FIVE.opens());
    assertEquals(LocalTime.of(17, 0), NINE_TO_FIVE.closes());
  }

  @Test
  void openOnAWeekdayInsideTheHoursInWinterAndSummerTime() {
    assertTrue(open("2026-01-05T08:30:00Z")); // 09:30 CET
    assertTrue(open("2026-03-30T08:30:00Z")); // 10:30 CEST
    assertTrue(open("2026-03-30T07:30:00Z")); // 09:30 CEST
  }

  @Test
  void closedBeforeTheOfficeOpensJudgedInAmsterdamTime() {
    assertFalse(open("2026-03-30T06:30:00Z")); // 08:30 CEST
    assertFalse(open("2026-01-05T07:59:59Z")); // 08:59:59 CET
    assertFalse(open("2026-03-30T06:59:59Z")); // 08:59:59 CEST
  }

  @Test
  void openFromTheOpeningMinuteOn() {
    assertTrue(open("2026-01-05T08:00:00Z")); // 09:00 CET
    assertTrue(open("2026-03-30T07:00:00Z")); // 09:00 CEST
  }

  @Test
  void closedFromTheClosingMinuteOn() {
    assertTrue(open("2026-01-05T15:59:59Z")); // 16:59:59 CET
    assertFalse(open("2026-01-05T16:00:00Z")); // 17:00 CET
    assertTrue(open("2026-03-30T14:59:59Z")); // 16:59:59 CEST
    assertFalse(open("2026-03-30T15:00:00Z")); // 17:00 CEST
    assertFalse(open("2026-03-30T15:30:00Z")); // 17:30 CEST, while it is 16:30 in a UTC+1 world
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-28T10:00:00Z", // Saturday 11:00
        "2026-03-29T10:00:00Z", // Sunday 12:00, the day summer time starts
        "2026-01-10T12:00:00Z", // Saturday 13:00
        "2026-01-11T08:30:00Z" // Sunday 09:30
      })
  void closedAtTheWeekend(String utc) {
    assertFalse(open(utc));
  }

  @Test
  void theDayOfTheWeekIsAmsterdamsToo() {
    OfficeHours allDay = new OfficeHours(LocalTime.MIDNIGHT, LocalTime.of(23, 59));
    // Friday 23:30 UTC is Saturday 00:30 in Amsterdam: closed.
    assertFalse(allDay.openAt(Instant.parse("2026-01-09T23:30:00Z")));
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam: open.
    assertTrue(allDay.openAt(Instant.parse("2026-01-11T23:30:00Z")));
  }

  @Test
  void closingBeforeOrAtOpeningIsRefused() {
    // Hours that never open would let the crisis services in around the clock.
    for (LocalTime closes : new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(8, 59)}) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, () -> new OfficeHours(LocalTime.of(9, 0), closes));
      assertTrue(refused.getMessage().startsWith("closes"), refused.getMessage());
    }
  }

  @Test
  void bothTimesAreRequired() {
    assertThrows(NullPointerException.class, () -> new OfficeHours(null, LocalTime.NOON));
    assertThrows(NullPointerException.class, () -> new OfficeHours(LocalTime.NOON, null));
  }

  @Property(tries = 2000)
  boolean aDayLongOfficeIsOpenExactlyOnAmsterdamWeekdays(
      @ForAll @LongRange(min = 0, max = SPAN) long offset) {
    Instant instant = Instant.ofEpochSecond(FROM + offset);
    DayOfWeek day = instant.atZone(AmsterdamTime.ZONE).getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    // Closing at LocalTime.MAX: every whole second of a weekday is inside the hours.
    return new OfficeHours(LocalTime.MIDNIGHT, LocalTime.MAX).openAt(instant) == !weekend;
  }
}
