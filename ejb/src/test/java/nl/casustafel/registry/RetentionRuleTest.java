package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import nl.casustafel.shared.AmsterdamTime;
import org.junit.jupiter.api.Test;

/** Kept through the Amsterdam day of closure plus N years, due from the day after. */
class RetentionRuleTest {

  private static final RetentionRule SEVEN_YEARS = new RetentionRule(RetentionPeriod.ofYears(7));

  @Test
  void keptThroughTheClosureDatePlusTheYearsInAmsterdam() {
    Instant closed = Instant.parse("2019-05-31T22:30:00Z"); // 1 June 00:30 in Amsterdam
    assertEquals(LocalDate.of(2026, 6, 1), SEVEN_YEARS.destroyAfter(closed));
    assertFalse(SEVEN_YEARS.due(closed, Instant.parse("2026-06-01T21:59:59Z")), "1 June 23:59");
    assertTrue(SEVEN_YEARS.due(closed, Instant.parse("2026-06-01T22:00:00Z")), "2 June 00:00");
  }

  @Test
  void aLeapDayClosureIsKeptThroughTheTwentyEighthInOtherYears() {
    Instant leapDay = Instant.parse("2024-02-29T12:00:00Z");
    assertEquals(
        LocalDate.of(2025, 2, 28),
        new RetentionRule(RetentionPeriod.ofYears(1)).destroyAfter(leapDay));
    assertEquals(
        LocalDate.of(2028, 2, 29),
        new RetentionRule(RetentionPeriod.ofYears(4)).destroyAfter(leapDay));
  }

  @Test
  void anOpenCaseIsNeverDue() {
    assertFalse(SEVEN_YEARS.due(Optional.empty(), Instant.parse("2099-01-01T00:00:00Z")));
    assertTrue(
        SEVEN_YEARS.due(
            Optional.of(Instant.parse("2001-01-01T00:00:00Z")),
            Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void zeroYearsIsDueTheDayAfterClosure() {
    RetentionRule none = new RetentionRule(RetentionPeriod.ofYears(0));
    Instant closed = Instant.parse("2026-03-28T23:30:00Z"); // 29 March 00:30, the clocks go forward
    assertFalse(none.due(closed, Instant.parse("2026-03-29T21:59:59Z")));
    assertTrue(none.due(closed, Instant.parse("2026-03-29T22:00:00Z")), "30 March 00:00 CEST");
  }

  @Test
  void aPeriodIsZeroToAHundredYears() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(-1));
    assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.ofYears(101));
    assertEquals(1200, RetentionPeriod.ofYears(100).monthsAfterClosure());
    assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.ofMonths(1201));
    assertEquals(RetentionPeriod.ofYears(7), RetentionPeriod.ofMonths(84));
  }

  @Test
  void monthsEndOnTheLastValidDayOfTheMonth() {
    RetentionRule six = new RetentionRule(RetentionPeriod.ofMonths(6));
    // 31 August 2027 12:00 Amsterdam → 29 February 2028 (a leap year), due 1 March.
    Instant closed = Instant.parse("2027-08-31T10:00:00Z");
    assertEquals(LocalDate.of(2028, 2, 29), six.destroyAfter(closed));
    assertFalse(six.due(closed, Instant.parse("2028-02-29T22:59:59Z")), "29 Feb 23:59 CET");
    assertTrue(six.due(closed, Instant.parse("2028-02-29T23:00:00Z")), "1 March 00:00 CET");
    // The same in a year without 29 February.
    assertEquals(
        LocalDate.of(2027, 2, 28), six.destroyAfter(Instant.parse("2026-08-31T10:00:00Z")));
  }

  @Test
  void theClosureDayIsAmsterdamsAcrossTheAutumnClockChange() {
    RetentionRule oneMonth = new RetentionRule(RetentionPeriod.ofMonths(1));
    // 25 October 2026 is 25 hours long: 23:30 UTC is 00:30 CET on 26 October.
    Instant closed = Instant.parse("2026-10-25T23:30:00Z");
    assertEquals(LocalDate.of(2026, 11, 26), oneMonth.destroyAfter(closed));
    // 22:30 UTC on 25 October is still 23:30 CET on the 25th.
    assertEquals(
        LocalDate.of(2026, 11, 25), oneMonth.destroyAfter(Instant.parse("2026-10-25T22:30:00Z")));
    assertFalse(oneMonth.due(closed, Instant.parse("2026-11-26T22:59:59Z")));
    assertTrue(oneMonth.due(closed, Instant.parse("2026-11-26T23:00:00Z")));
  }

  /**
   * Due from the first instant of the Amsterdam day after destroyAfter, not a nanosecond before.
   */
  @Property
  void dueStartsAtMidnightInAmsterdam(
      @ForAll @LongRange(min = 0, max = 2_000_000_000L) long closedEpochSecond,
      @ForAll @IntRange(min = 0, max = 30) int years) {
    RetentionRule rule = new RetentionRule(RetentionPeriod.ofYears(years));
    Instant closed = Instant.ofEpochSecond(closedEpochSecond);
    Instant firstDue = AmsterdamTime.startOf(rule.destroyAfter(closed).plusDays(1));
    assertTrue(rule.due(closed, firstDue));
    assertFalse(rule.due(closed, firstDue.minusNanos(1)));
    LocalDate closedDay = AmsterdamTime.dayOf(closed);
    assertEquals(closedDay.getYear() + years, rule.destroyAfter(closed).getYear());
    assertEquals(closedDay.getMonth(), rule.destroyAfter(closed).getMonth());
  }
}
