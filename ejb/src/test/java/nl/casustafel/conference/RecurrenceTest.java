package nl.casustafel.conference;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A series' occurrences on the Amsterdam wall clock. 2026-03-29 and 2026-10-25 are the Sundays the
 * clocks change; 10:00 in Amsterdam is 09:00 UTC in winter (CET) and 08:00 UTC in summer (CEST).
 */
class RecurrenceTest {

  private static final LocalTime TEN = LocalTime.of(10, 0);
  private static final Duration TWO_HOURS = Duration.ofHours(2);

  private static Recurrence tuesdayTen(int intervalWeeks, String firstDay, String lastDay) {
    return new Recurrence(
        TUESDAY,
        TEN,
        TWO_HOURS,
        intervalWeeks,
        LocalDate.parse(firstDay),
        Optional.ofNullable(lastDay).map(LocalDate::parse));
  }

  private static List<Instant> starts(Recurrence series, String from, String to) {
    return series.between(Instant.parse(from), Instant.parse(to)).stream()
        .map(Slot::start)
        .toList();
  }

  private static List<Instant> instants(String... utc) {
    return List.of(utc).stream().map(Instant::parse).toList();
  }

  @Test
  void tenStaysTenWhenTheClocksGoForward() {
    Recurrence weekly = tuesdayTen(1, "2026-03-17", null);
    assertEquals(
        instants(
            "2026-03-17T09:00:00Z",
            "2026-03-24T09:00:00Z",
            "2026-03-31T08:00:00Z",
            "2026-04-07T08:00:00Z"),
        starts(weekly, "2026-03-16T00:00:00Z", "2026-04-08T00:00:00Z"));
  }

  @Test
  void tenStaysTenWhenTheClocksGoBack() {
    Recurrence weekly = tuesdayTen(1, "2026-10-13", null);
    List<Slot> slots =
        weekly.between(
            Instant.parse("2026-10-13T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z"));
    assertEquals(
        instants(
            "2026-10-13T08:00:00Z",
            "2026-10-20T08:00:00Z",
            "2026-10-27T09:00:00Z",
            "2026-11-03T09:00:00Z"),
        slots.stream().map(Slot::start).toList());
    assertEquals(Instant.parse("2026-10-27T11:00:00Z"), slots.get(2).end(), "12:00 CET");
  }

  @Test
  void everyOtherWeekCountsFromTheFirstDay() {
    Recurrence fortnightly = tuesdayTen(2, "2026-01-20", null);
    assertEquals(
        instants("2026-01-20T09:00:00Z", "2026-02-03T09:00:00Z", "2026-02-17T09:00:00Z"),
        starts(fortnightly, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"));
    assertEquals(Optional.empty(), fortnightly.occurrenceOn(LocalDate.of(2026, 1, 27)));
    assertEquals(Optional.empty(), fortnightly.occurrenceOn(LocalDate.of(2026, 1, 6)), "before");
    assertEquals(
        Optional.of(slot("2026-02-03T09:00:00Z", "2026-02-03T11:00:00Z")),
        fortnightly.occurrenceOn(LocalDate.of(2026, 2, 3)));
    assertEquals(Optional.empty(), fortnightly.occurrenceOn(LocalDate.of(2026, 2, 4)), "Wed");
  }

  @Test
  void everyEighthWeekCountsFromTheFirstDayAcrossTheYear() {
    Recurrence rare = tuesdayTen(8, "2026-11-03", null);
    assertEquals(
        instants("2026-11-03T09:00:00Z", "2026-12-29T09:00:00Z", "2027-02-23T09:00:00Z"),
        starts(rare, "2026-11-01T00:00:00Z", "2027-03-01T00:00:00Z"));
  }

  @Test
  void theLastDayIsIncluded() {
    Recurrence ending = tuesdayTen(2, "2026-01-20", "2026-02-17");
    assertEquals(
        instants("2026-01-20T09:00:00Z", "2026-02-03T09:00:00Z", "2026-02-17T09:00:00Z"),
        starts(ending, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
    assertEquals(
        Optional.of(Instant.parse("2026-02-17T09:00:00Z")),
        ending.nextAfter(Instant.parse("2026-02-17T08:59:59Z")).map(Slot::start));
    assertEquals(Optional.empty(), ending.nextAfter(Instant.parse("2026-02-17T09:00:00Z")));
    assertEquals(Optional.empty(), ending.occurrenceOn(LocalDate.of(2026, 3, 3)));
  }

  @Test
  void aLastDayOffTheRhythmEndsAtTheOccurrenceBeforeIt() {
    Recurrence ending = tuesdayTen(2, "2026-01-20", "2026-03-02");
    assertEquals(
        instants("2026-01-20T09:00:00Z", "2026-02-03T09:00:00Z", "2026-02-17T09:00:00Z"),
        starts(ending, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
  }

  @Test
  void aOneDaySeriesHasOneOccurrence() {
    Recurrence once = tuesdayTen(1, "2026-01-20", "2026-01-20");
    assertEquals(
        instants("2026-01-20T09:00:00Z"),
        starts(once, "2020-01-01T00:00:00Z", "2030-01-01T00:00:00Z"));
  }

  @Test
  void betweenIncludesFromAndExcludesTo() {
    Recurrence weekly = tuesdayTen(1, "2026-01-13", null);
    assertEquals(
        instants("2026-01-13T09:00:00Z", "2026-01-20T09:00:00Z"),
        starts(weekly, "2026-01-13T09:00:00Z", "2026-01-27T09:00:00Z"));
    assertEquals(List.of(), starts(weekly, "2026-01-13T09:00:01Z", "2026-01-20T09:00:00Z"));
    assertEquals(List.of(), starts(weekly, "2026-01-13T09:00:00Z", "2026-01-13T09:00:00Z"));
  }

  @Test
  void aStartShortlyAfterMidnightIsFoundFromTheUtcDayBefore() {
    // Tuesday 00:15 in Amsterdam is Monday 23:15 UTC.
    Recurrence early =
        new Recurrence(
            TUESDAY,
            LocalTime.of(0, 15),
            TWO_HOURS,
            1,
            LocalDate.of(2026, 1, 13),
            Optional.empty());
    assertEquals(
        instants("2026-01-12T23:15:00Z"),
        starts(early, "2026-01-12T23:00:00Z", "2026-01-12T23:30:00Z"));
    assertEquals(
        Optional.of(Instant.parse("2026-01-12T23:15:00Z")),
        early.nextAfter(Instant.parse("2026-01-12T23:00:00Z")).map(Slot::start));
  }

  @Test
  void nextAfterIsStrictlyAfter() {
    Recurrence weekly = tuesdayTen(1, "2026-01-13", null);
    assertEquals(Instant.parse("2026-01-13T09:00:00Z"), next(weekly, "2020-06-01T00:00:00Z"));
    assertEquals(Instant.parse("2026-01-13T09:00:00Z"), next(weekly, "2026-01-13T08:59:59Z"));
    assertEquals(Instant.parse("2026-01-20T09:00:00Z"), next(weekly, "2026-01-13T09:00:00Z"));
    assertEquals(Instant.parse("2026-01-20T09:00:00Z"), next(weekly, "2026-01-13T22:00:00Z"));
    assertEquals(Instant.parse("2026-03-31T08:00:00Z"), next(weekly, "2026-03-24T09:00:00Z"));
  }

  private static Instant next(Recurrence series, String after) {
    return series.nextAfter(Instant.parse(after)).orElseThrow().start();
  }

  @Test
  void aStartInTheSpringGapIsShiftedLaterByTheGap() {
    // 02:30 does not exist on 29 March 2026: it becomes 03:30 CEST (01:30 UTC).
    Recurrence night =
        new Recurrence(
            SUNDAY, LocalTime.of(2, 30), TWO_HOURS, 1, LocalDate.of(2026, 3, 22), Optional.empty());
    assertEquals(
        instants("2026-03-22T01:30:00Z", "2026-03-29T01:30:00Z", "2026-04-05T00:30:00Z"),
        starts(night, "2026-03-01T00:00:00Z", "2026-04-06T00:00:00Z"));
  }

  @Test
  void aStartInTheAutumnOverlapIsTheFirstOfTheTwo() {
    // 02:30 comes twice on 25 October 2026: first in CEST (00:30 UTC), then in CET (01:30 UTC).
    Recurrence night =
        new Recurrence(
            SUNDAY,
            LocalTime.of(2, 30),
            TWO_HOURS,
            1,
            LocalDate.of(2026, 10, 25),
            Optional.empty());
    assertEquals(
        Optional.of(slot("2026-10-25T00:30:00Z", "2026-10-25T02:30:00Z")),
        night.occurrenceOn(LocalDate.of(2026, 10, 25)));
  }

  @Test
  void theLengthIsElapsedTimeOverAClockChange() {
    // Saturday 23:00 CET for 12 hours ends Sunday 12:00 CEST, 13 wall-clock hours later.
    Recurrence overnight =
        new Recurrence(
            SATURDAY,
            LocalTime.of(23, 0),
            Duration.ofHours(12),
            1,
            LocalDate.of(2026, 3, 28),
            Optional.empty());
    assertEquals(
        Optional.of(slot("2026-03-28T22:00:00Z", "2026-03-29T10:00:00Z")),
        overnight.occurrenceOn(LocalDate.of(2026, 3, 28)));
  }

  @Test
  void betweenStopsAtFiveHundredTheEarliestFirst() {
    Recurrence weekly = tuesdayTen(1, "2026-01-13", null);
    List<Slot> slots =
        weekly.between(
            Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
    assertEquals(Recurrence.MAX_RESULTS, slots.size());
    assertEquals(Instant.parse("2026-01-13T09:00:00Z"), slots.get(0).start());
    assertEquals(
        weekly.occurrenceOn(LocalDate.of(2026, 1, 13).plusWeeks(499)).orElseThrow(),
        slots.get(499));
  }

  @Test
  void toBeforeFromIsRefused() {
    Recurrence weekly = tuesdayTen(1, "2026-01-13", null);
    Instant now = Instant.parse("2026-01-13T09:00:00Z");
    assertField("to", () -> weekly.between(now, now.minusNanos(1)));
    assertField("from", () -> weekly.between(null, now));
    assertField("instant", () -> weekly.nextAfter(null));
    assertField("day", () -> weekly.occurrenceOn(null));
  }

  @Test
  void everyFieldIsCheckedAndNamedFirst() {
    LocalDate tuesday = LocalDate.of(2026, 1, 13);
    Optional<LocalDate> open = Optional.empty();
    assertField("weekday", () -> new Recurrence(null, TEN, TWO_HOURS, 1, tuesday, open));
    assertField("start", () -> new Recurrence(TUESDAY, null, TWO_HOURS, 1, tuesday, open));
    assertField("length", () -> new Recurrence(TUESDAY, TEN, null, 1, tuesday, open));
    assertField("firstDay", () -> new Recurrence(TUESDAY, TEN, TWO_HOURS, 1, null, open));
    assertField("lastDay", () -> new Recurrence(TUESDAY, TEN, TWO_HOURS, 1, tuesday, null));
    assertField(
        "intervalWeeks must be 1 to 8",
        () -> new Recurrence(TUESDAY, TEN, TWO_HOURS, 0, tuesday, open));
    assertField(
        "intervalWeeks must be 1 to 8",
        () -> new Recurrence(TUESDAY, TEN, TWO_HOURS, 9, tuesday, open));
    assertField(
        "firstDay must fall on a TUESDAY",
        () -> new Recurrence(TUESDAY, TEN, TWO_HOURS, 1, tuesday.plusDays(1), open));
    assertField(
        "lastDay must not be before firstDay",
        () ->
            new Recurrence(TUESDAY, TEN, TWO_HOURS, 1, tuesday, Optional.of(tuesday.minusDays(1))));
  }

  @Test
  void theLengthIsFifteenMinutesToTwelveHours() {
    assertLength(Duration.ofMinutes(15), true);
    assertLength(Duration.ofHours(12), true);
    assertLength(Duration.ofMinutes(15).minusNanos(1), false);
    assertLength(Duration.ofHours(12).plusNanos(1), false);
    assertLength(Duration.ofMinutes(-60), false);
  }

  @Test
  void theIntervalMayBeOneToEightWeeks() {
    for (int weeks = 1; weeks <= 8; weeks++) {
      assertEquals(weeks, tuesdayTen(weeks, "2026-01-13", null).intervalWeeks());
    }
  }

  private static void assertLength(Duration length, boolean valid) {
    Executable create =
        () ->
            new Recurrence(
                DayOfWeek.MONDAY, TEN, length, 1, LocalDate.of(2026, 1, 12), Optional.empty());
    if (valid) {
      org.junit.jupiter.api.Assertions.assertDoesNotThrow(create);
    } else {
      assertField("length must be 15 minutes to 12 hours", create);
    }
  }

  private static void assertField(String messageStart, Executable call) {
    String message = assertThrows(IllegalArgumentException.class, call).getMessage();
    assertTrue(message.startsWith(messageStart), message);
  }

  private static Slot slot(String start, String end) {
    return new Slot(Instant.parse(start), Instant.parse(end));
  }
}
