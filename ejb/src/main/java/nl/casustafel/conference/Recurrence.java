package nl.casustafel.conference;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.shared.AmsterdamTime;

/**
 * When the conferences of a series (ConferenceSeries) take place: "every other Tuesday 10:00–12:00
 * from 13 January 2026". The times are Europe/Amsterdam wall-clock times ({@link
 * AmsterdamTime#ZONE}), so a 10:00 meeting stays 10:00 local across the clock changes: 09:00 UTC in
 * winter (CET), 08:00 UTC in summer (CEST).
 *
 * <p>Occurrences fall on {@code firstDay} and every {@code intervalWeeks} weeks after it, counted
 * from {@code firstDay} (not from a calendar week number), up to and including {@code lastDay}.
 *
 * <p>Usage: {@code new Recurrence(TUESDAY, LocalTime.of(10, 0), Duration.ofHours(2), 2,
 * LocalDate.of(2026, 1, 13), Optional.empty()).between(from, to)}.
 *
 * <p>Design notice: the start is resolved as {@link ZonedDateTime#of} does. A start time that does
 * not exist on the last Sunday of March (02:00–03:00 is skipped) is shifted later by the gap: 02:30
 * becomes 03:30 CEST. A start time that exists twice on the last Sunday of October (02:00–03:00) is
 * its first, summer-time occurrence. The end is the start plus {@code length} in elapsed time, so a
 * meeting over a clock change lasts its length, not its wall-clock span.
 *
 * @param weekday the day of the week of every occurrence
 * @param start the Amsterdam wall-clock time at which each occurrence starts
 * @param length how long each occurrence lasts, 15 minutes to 12 hours
 * @param intervalWeeks weeks from one occurrence to the next, 1 (weekly) to 8
 * @param firstDay the Amsterdam date of the first occurrence; it must fall on {@code weekday}
 * @param lastDay the last Amsterdam date on which an occurrence may fall (inclusive), not before
 *     {@code firstDay}; empty for a series without end
 * @throws IllegalArgumentException whose message starts with the field name, when a field is
 *     missing or out of range
 */
public record Recurrence(
    DayOfWeek weekday,
    LocalTime start,
    Duration length,
    int intervalWeeks,
    LocalDate firstDay,
    Optional<LocalDate> lastDay) {

  /** The shortest meeting a series may hold. */
  public static final Duration MIN_LENGTH = Duration.ofMinutes(15);

  /** The longest meeting a series may hold. */
  public static final Duration MAX_LENGTH = Duration.ofHours(12);

  /** The longest interval: every eighth week. */
  public static final int MAX_INTERVAL_WEEKS = 8;

  /**
   * The most slots {@link #between} returns (the earliest ones): enough for ten years of weekly
   * meetings, few enough that an open-ended range cannot exhaust memory.
   */
  public static final int MAX_RESULTS = 500;

  public Recurrence {
    required(weekday, "weekday");
    required(start, "start");
    required(length, "length");
    required(firstDay, "firstDay");
    required(lastDay, "lastDay");
    if (length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0) {
      throw new IllegalArgumentException("length must be 15 minutes to 12 hours: " + length);
    }
    if (intervalWeeks < 1 || intervalWeeks > MAX_INTERVAL_WEEKS) {
      throw new IllegalArgumentException("intervalWeeks must be 1 to 8: " + intervalWeeks);
    }
    if (firstDay.getDayOfWeek() != weekday) {
      throw new IllegalArgumentException(
          "firstDay must fall on a "
              + weekday
              + ": "
              + firstDay
              + " is a "
              + firstDay.getDayOfWeek());
    }
    if (lastDay.isPresent() && lastDay.get().isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "lastDay must not be before firstDay: " + lastDay.get() + " < " + firstDay);
    }
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required.");
    }
  }

  /**
   * Every occurrence whose start lies in {@code [from, to)}, earliest first, at most {@link
   * #MAX_RESULTS} (the earliest ones; ask again from the last start to page on).
   *
   * @throws IllegalArgumentException when {@code from} or {@code to} is missing or {@code to} is
   *     before {@code from}
   */
  public List<Slot> between(Instant from, Instant to) {
    required(from, "from");
    required(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from: " + from + " to " + to);
    }
    List<Slot> slots = new ArrayList<>();
    LocalDate lastDate = AmsterdamTime.dayOf(to);
    for (LocalDate day = firstOnOrAfter(AmsterdamTime.dayOf(from));
        isOccurring(day) && !day.isAfter(lastDate) && slots.size() < MAX_RESULTS;
        day = day.plusWeeks(intervalWeeks)) {
      Slot slot = slotOn(day);
      if (!slot.start().isBefore(from) && slot.start().isBefore(to)) {
        slots.add(slot);
      }
    }
    return List.copyOf(slots);
  }

  /**
   * The first occurrence that starts strictly after the instant; empty when the series has ended.
   *
   * @throws IllegalArgumentException when the instant is missing
   */
  public Optional<Slot> nextAfter(Instant instant) {
    required(instant, "instant");
    LocalDate day = firstOnOrAfter(AmsterdamTime.dayOf(instant));
    if (!slotOn(day).start().isAfter(instant)) {
      // It started earlier that same day; the next one is on a later day, so surely after.
      day = day.plusWeeks(intervalWeeks);
    }
    return isOccurring(day) ? Optional.of(slotOn(day)) : Optional.empty();
  }

  /**
   * The occurrence on the Amsterdam date, if the series meets that day.
   *
   * @throws IllegalArgumentException when the day is missing
   */
  public Optional<Slot> occurrenceOn(LocalDate day) {
    required(day, "day");
    boolean onRhythm = ChronoUnit.DAYS.between(firstDay, day) % (7L * intervalWeeks) == 0;
    return onRhythm && isOccurring(day) ? Optional.of(slotOn(day)) : Optional.empty();
  }

  /** The first date of the rhythm on or after the day (ignoring lastDay). */
  private LocalDate firstOnOrAfter(LocalDate day) {
    long days = ChronoUnit.DAYS.between(firstDay, day);
    long period = 7L * intervalWeeks;
    long periods = Math.max(0, -Math.floorDiv(-days, period)); // ceiling of days / period
    return firstDay.plusWeeks(periods * intervalWeeks);
  }

  /** Whether a date of the rhythm lies within firstDay..lastDay. */
  private boolean isOccurring(LocalDate day) {
    return !day.isBefore(firstDay) && lastDay.map(last -> !day.isAfter(last)).orElse(true);
  }

  private Slot slotOn(LocalDate day) {
    return Slot.of(ZonedDateTime.of(day, start, AmsterdamTime.ZONE).toInstant(), length);
  }
}
