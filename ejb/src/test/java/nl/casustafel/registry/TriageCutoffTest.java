package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.casustafel.shared.AmsterdamTime;
import org.junit.jupiter.api.Test;

/** The weekly cut-off: before Monday 12:00 Amsterdam → this Tuesday, from then on → next week's. */
class TriageCutoffTest {

  private static LocalDate triage(String amsterdamWallTime) {
    Instant received =
        LocalDateTime.parse(amsterdamWallTime).atZone(AmsterdamTime.ZONE).toInstant();
    return TriageCutoff.DEFAULT.triageDateFor(received);
  }

  private static LocalDate triageUtc(TriageCutoff cutoff, String utc) {
    return cutoff.triageDateFor(Instant.parse(utc));
  }

  @Test
  void theExamplesOfTheZvhPractice() {
    // 2026-01-12 is a Monday.
    assertEquals(LocalDate.of(2026, 1, 13), triage("2026-01-12T11:59:59"));
    assertEquals(LocalDate.of(2026, 1, 20), triage("2026-01-12T12:00:00"));
    assertEquals(LocalDate.of(2026, 1, 13), triage("2026-01-11T23:00:00"), "Sunday");
    assertEquals(LocalDate.of(2026, 1, 20), triage("2026-01-13T09:00:00"), "Tuesday");
    assertEquals(LocalDate.of(2026, 1, 20), triage("2026-01-17T15:00:00"), "Saturday");
    assertEquals(LocalDate.of(2026, 1, 13), triage("2026-01-12T00:00:00"), "Monday midnight");
  }

  @Test
  void theCutoffIsAmsterdamWallTimeInSummer() {
    // The Monday after the clocks went forward: 12:00 CEST is 10:00 UTC.
    assertEquals(
        LocalDate.of(2026, 3, 31), triageUtc(TriageCutoff.DEFAULT, "2026-03-30T09:59:59Z"));
    assertEquals(LocalDate.of(2026, 4, 7), triageUtc(TriageCutoff.DEFAULT, "2026-03-30T10:00:00Z"));
    assertEquals(
        LocalDate.of(2026, 3, 31), triageUtc(TriageCutoff.DEFAULT, "2026-03-29T01:30:00Z"));
  }

  @Test
  void theCutoffIsAmsterdamWallTimeInWinter() {
    // The Monday after the clocks went back: 12:00 CET is 11:00 UTC.
    assertEquals(
        LocalDate.of(2026, 10, 27), triageUtc(TriageCutoff.DEFAULT, "2026-10-26T10:59:59Z"));
    assertEquals(
        LocalDate.of(2026, 11, 3), triageUtc(TriageCutoff.DEFAULT, "2026-10-26T11:00:00Z"));
    assertEquals(
        LocalDate.of(2026, 10, 27), triageUtc(TriageCutoff.DEFAULT, "2026-10-25T01:30:00Z"));
  }

  /** A cut-off at Sunday 02:30: missing on 29 March 2026, twice on 25 October 2026. */
  @Test
  void aCutoffInsideTheHourThatTheClocksChangeIsOneInstant() {
    TriageCutoff night = new TriageCutoff(DayOfWeek.SUNDAY, LocalTime.of(2, 30), DayOfWeek.MONDAY);
    // Spring: 02:30 does not exist, the cut-off is 03:30 CEST = 01:30 UTC.
    assertEquals(LocalDate.of(2026, 3, 30), triageUtc(night, "2026-03-29T01:29:59Z"));
    assertEquals(LocalDate.of(2026, 4, 6), triageUtc(night, "2026-03-29T01:30:00Z"));
    // Autumn: the first 02:30 (CEST, 00:30 UTC) is the cut-off; the second 02:15 (CET) is after it.
    assertEquals(LocalDate.of(2026, 10, 26), triageUtc(night, "2026-10-25T00:29:59Z"));
    assertEquals(LocalDate.of(2026, 11, 2), triageUtc(night, "2026-10-25T00:30:00Z"));
    assertEquals(LocalDate.of(2026, 11, 2), triageUtc(night, "2026-10-25T01:15:00Z"));
  }

  @Test
  void aTriageOnTheCutoffDayMeetsAfterTheCutoffThatDay() {
    TriageCutoff sameDay =
        new TriageCutoff(DayOfWeek.TUESDAY, LocalTime.of(9, 0), DayOfWeek.TUESDAY);
    assertEquals(LocalDate.of(2026, 1, 13), triageUtc(sameDay, "2026-01-13T07:59:00Z"));
    assertEquals(LocalDate.of(2026, 1, 20), triageUtc(sameDay, "2026-01-13T08:00:00Z"));
  }

  @Test
  void everyPartIsRequired() {
    assertThrows(
        NullPointerException.class,
        () -> new TriageCutoff(null, LocalTime.NOON, DayOfWeek.TUESDAY));
    assertThrows(NullPointerException.class, () -> TriageCutoff.DEFAULT.triageDateFor(null));
  }

  /**
   * Always a Tuesday, after the day received, within 8 days; never earlier for a later referral.
   */
  @Property
  void theTriageIsTheComingTuesdayOrTheOneAfter(
      @ForAll @LongRange(min = 1_577_836_800L, max = 1_924_992_000L) long receivedEpochSecond,
      @ForAll @LongRange(min = 0, max = 14 * 86_400L) long laterSeconds) {
    Instant received = Instant.ofEpochSecond(receivedEpochSecond);
    LocalDate triage = TriageCutoff.DEFAULT.triageDateFor(received);
    long days = ChronoUnit.DAYS.between(AmsterdamTime.dayOf(received), triage);
    assertEquals(DayOfWeek.TUESDAY, triage.getDayOfWeek());
    assertTrue(days >= 1 && days <= 8, "days " + days);
    LocalDate later = TriageCutoff.DEFAULT.triageDateFor(received.plusSeconds(laterSeconds));
    assertTrue(!later.isBefore(triage));
  }
}
