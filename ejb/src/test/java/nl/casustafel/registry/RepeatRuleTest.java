package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A repeat: a signal within 12 Amsterdam calendar months after one of the person's closures. */
class RepeatRuleTest {

  private static boolean repeat(String signalAt, String... closedAt) {
    List<Optional<Instant>> closures =
        List.of(closedAt).stream().map(at -> Optional.of(Instant.parse(at))).toList();
    return RepeatRule.isRepeat(Instant.parse(signalAt), closures);
  }

  @Test
  void theDayBeforeTheSameDateAYearLaterIsStillARepeat() {
    assertTrue(repeat("2026-06-09T10:00:00Z", "2025-06-10T10:00:00Z"));
  }

  @Test
  void exactlyTwelveMonthsLaterIsNoRepeatAnyMore() {
    assertFalse(repeat("2026-06-10T08:00:00Z", "2025-06-10T10:00:00Z"));
  }

  @Test
  void theCalendarIsAmsterdams() {
    // Closed on 11 June 00:30 in Amsterdam (10 June in UTC).
    String closedAt = "2025-06-10T22:30:00Z";
    assertTrue(repeat("2026-06-10T21:00:00Z", closedAt), "10 June 23:00 in Amsterdam");
    assertFalse(repeat("2026-06-10T23:00:00Z", closedAt), "11 June 01:00 in Amsterdam");
  }

  @Test
  void aCaseClosedOnLeapDayEndsItsWindowOnTheTwentyEighth() {
    assertTrue(repeat("2025-02-27T12:00:00Z", "2024-02-29T12:00:00Z"));
    assertFalse(repeat("2025-02-28T12:00:00Z", "2024-02-29T12:00:00Z"));
  }

  @Test
  void openCasesMakeNoRepeat() {
    Instant signal = Instant.parse("2026-06-01T10:00:00Z");
    assertFalse(RepeatRule.isRepeat(signal, List.of(Optional.empty(), Optional.empty())));
    assertFalse(RepeatRule.isRepeat(signal, List.of()));
  }

  @Test
  void aCaseClosedAfterTheSignalWasOpenWhenItCame() {
    assertFalse(repeat("2026-06-01T10:00:00Z", "2026-06-01T10:00:01Z"));
    assertTrue(repeat("2026-06-01T10:00:00Z", "2026-06-01T10:00:00Z"), "closed at that instant");
  }

  @Test
  void oneRecentClosureAmongOldAndOpenCasesIsEnough() {
    Instant signal = Instant.parse("2026-06-01T10:00:00Z");
    List<Optional<Instant>> closures =
        List.of(
            Optional.of(Instant.parse("2019-01-01T10:00:00Z")),
            Optional.empty(),
            Optional.of(Instant.parse("2026-01-15T10:00:00Z")));
    assertTrue(RepeatRule.isRepeat(signal, closures));
    assertFalse(RepeatRule.isRepeat(signal, closures.subList(0, 2)));
  }

  /** Under 364 days is always within 12 months, 367 days or more never, whatever the zone does. */
  @Property
  void daysCountedAsDaysAgreeWithMonths(
      @ForAll @LongRange(min = 1_577_836_800L, max = 1_924_992_000L) long closedEpochSecond,
      @ForAll @LongRange(min = 0, max = 800 * 86_400L) long secondsLater) {
    Instant closed = Instant.ofEpochSecond(closedEpochSecond);
    Instant signal = closed.plusSeconds(secondsLater);
    boolean repeat = RepeatRule.isRepeat(signal, List.of(Optional.of(closed)));
    if (secondsLater < Duration.ofDays(364).toSeconds()) {
      assertTrue(repeat);
    } else if (secondsLater >= Duration.ofDays(367).toSeconds()) {
      assertFalse(repeat);
    }
  }
}
