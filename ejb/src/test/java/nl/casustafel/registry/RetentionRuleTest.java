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

  private static final RetentionRule SEVEN_YEARS = new RetentionRule(new RetentionPeriod(7));

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
        LocalDate.of(2025, 2, 28), new RetentionRule(new RetentionPeriod(1)).destroyAfter(leapDay));
    assertEquals(
        LocalDate.of(2028, 2, 29), new RetentionRule(new RetentionPeriod(4)).destroyAfter(leapDay));
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
    RetentionRule none = new RetentionRule(new RetentionPeriod(0));
    Instant closed = Instant.parse("2026-03-28T23:30:00Z"); // 29 March 00:30, the clocks go forward
    assertFalse(none.due(closed, Instant.parse("2026-03-29T21:59:59Z")));
    assertTrue(none.due(closed, Instant.parse("2026-03-29T22:00:00Z")), "30 March 00:00 CEST");
  }

  @Test
  void aPeriodIsZeroToAHundredYears() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(-1));
    assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(101));
    assertEquals(100, new RetentionPeriod(100).yearsAfterClosure());
  }

  /**
   * Due from the first instant of the Amsterdam day after destroyAfter, not a nanosecond before.
   */
  @Property
  void dueStartsAtMidnightInAmsterdam(
      @ForAll @LongRange(min = 0, max = 2_000_000_000L) long closedEpochSecond,
      @ForAll @IntRange(min = 0, max = 30) int years) {
    RetentionRule rule = new RetentionRule(new RetentionPeriod(years));
    Instant closed = Instant.ofEpochSecond(closedEpochSecond);
    Instant firstDue = AmsterdamTime.startOf(rule.destroyAfter(closed).plusDays(1));
    assertTrue(rule.due(closed, firstDue));
    assertFalse(rule.due(closed, firstDue.minusNanos(1)));
    LocalDate closedDay = AmsterdamTime.dayOf(closed);
    assertEquals(closedDay.getYear() + years, rule.destroyAfter(closed).getYear());
    assertEquals(closedDay.getMonth(), rule.destroyAfter(closed).getMonth());
  }
}
