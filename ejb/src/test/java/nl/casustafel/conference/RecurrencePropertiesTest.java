package nl.casustafel.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Properties of every series from 2020 to 2035: each slot lies on the weekday at the Amsterdam
 * start time (an hour later only where that time does not exist), on the rhythm from the first day,
 * and {@code between}, {@code nextAfter} and {@code occurrenceOn} agree.
 */
class RecurrencePropertiesTest {

  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  private static Recurrence series(int firstDayOffset, int minuteOfDay, int weeks, int minutes) {
    LocalDate firstDay = BASE.plusDays(firstDayOffset);
    return new Recurrence(
        firstDay.getDayOfWeek(),
        LocalTime.MIDNIGHT.plusMinutes(minuteOfDay),
        Duration.ofMinutes(minutes),
        weeks,
        firstDay,
        Optional.empty());
  }

  @Property
  void everySlotIsOnTheWeekdayAtTheLocalStartTime(
      @ForAll @IntRange(max = 3000) int firstDayOffset,
      @ForAll @IntRange(max = 24 * 60 - 1) int minuteOfDay,
      @ForAll @IntRange(min = 1, max = 8) int weeks,
      @ForAll @IntRange(min = 15, max = 720) int minutes,
      @ForAll @IntRange(max = 4000 * 24) int fromHours,
      @ForAll @IntRange(max = 800 * 24) int spanHours) {
    Recurrence series = series(firstDayOffset, minuteOfDay, weeks, minutes);
    Instant from = BASE.atStartOfDay(AmsterdamTime.ZONE).toInstant().plusSeconds(3600L * fromHours);
    Instant to = from.plusSeconds(3600L * spanHours);
    for (Slot slot : series.between(from, to)) {
      assertOnRhythm(series, slot);
      assertTrue(!slot.start().isBefore(from) && slot.start().isBefore(to), slot::toString);
    }
  }

  @Property
  void sundayNightSeriesKeepTheirWallClockAcrossEveryClockChange(
      @ForAll @IntRange(max = 520) int firstSunday,
      @ForAll @IntRange(min = 60, max = 239) int minuteOfDay,
      @ForAll @IntRange(min = 1, max = 2) int weeks) {
    // 2020-01-05 is a Sunday; starts from 01:00 to 03:59 meet the gap and the overlap.
    Recurrence series = series(4 + 7 * firstSunday, minuteOfDay, weeks, 60);
    Instant from = AmsterdamTime.startOf(series.firstDay());
    for (Slot slot : series.between(from, from.plus(Duration.ofDays(3 * 366)))) {
      assertOnRhythm(series, slot);
    }
  }

  @Property
  void betweenAgreesWithNextAfterAndOccurrenceOn(
      @ForAll @IntRange(max = 3000) int firstDayOffset,
      @ForAll @IntRange(max = 24 * 60 - 1) int minuteOfDay,
      @ForAll @IntRange(min = 1, max = 8) int weeks,
      @ForAll @IntRange(max = 4000 * 24) int fromHours,
      @ForAll @IntRange(max = 400 * 24) int spanHours) {
    Recurrence series = series(firstDayOffset, minuteOfDay, weeks, 90);
    Instant from = BASE.atStartOfDay(AmsterdamTime.ZONE).toInstant().plusSeconds(3600L * fromHours);
    Instant to = from.plusSeconds(3600L * spanHours);
    List<Slot> stepped = new ArrayList<>();
    Optional<Slot> next = series.nextAfter(from.minusNanos(1));
    while (next.isPresent() && next.get().start().isBefore(to)) {
      stepped.add(next.get());
      next = series.nextAfter(next.get().start());
    }
    List<Slot> slots = series.between(from, to);
    assertEquals(stepped, slots);
    for (Slot slot : slots) {
      assertEquals(Optional.of(slot), series.occurrenceOn(AmsterdamTime.dayOf(slot.start())));
    }
  }

  private static void assertOnRhythm(Recurrence series, Slot slot) {
    ZonedDateTime local = slot.start().atZone(AmsterdamTime.ZONE);
    LocalDate day = local.toLocalDate();
    assertEquals(series.weekday(), day.getDayOfWeek(), slot::toString);
    assertEquals(0, ChronoUnit.DAYS.between(series.firstDay(), day) % (7 * series.intervalWeeks()));
    assertEquals(expectedWallClock(day, series.start()), local.toLocalTime(), slot::toString);
    assertEquals(series.length(), slot.length());
  }

  /** The start time, or an hour later on the one night a year that time does not exist. */
  private static LocalTime expectedWallClock(LocalDate day, LocalTime start) {
    LocalDateTime wanted = LocalDateTime.of(day, start);
    boolean exists = !AmsterdamTime.ZONE.getRules().getValidOffsets(wanted).isEmpty();
    return exists ? start : start.plusHours(1);
  }
}
