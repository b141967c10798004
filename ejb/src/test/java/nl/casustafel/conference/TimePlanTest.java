package nl.casustafel.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The timetable of an agenda: items back to back from the meeting's start. */
class TimePlanTest {

  private static final Instant TEN = Instant.parse("2026-03-31T08:00:00Z");
  private static final Slot TWO_HOURS = Slot.of(TEN, Duration.ofHours(2));

  private static TimePlan plan(int... minutes) {
    return TimePlan.of(TWO_HOURS, Arrays.stream(minutes).mapToObj(Duration::ofMinutes).toList());
  }

  @Test
  void itemsFollowEachOtherFromTheMeetingsStart() {
    TimePlan plan = plan(15, 30, 45);
    List<Slot> slots = plan.items().stream().map(TimePlan.PlannedItem::slot).toList();
    assertEquals(
        List.of(
            new Slot(TEN, TEN.plusSeconds(15 * 60)),
            new Slot(TEN.plusSeconds(15 * 60), TEN.plusSeconds(45 * 60)),
            new Slot(TEN.plusSeconds(45 * 60), TEN.plusSeconds(90 * 60))),
        slots);
    assertEquals(Duration.ofMinutes(90), plan.total());
    assertEquals(TEN.plusSeconds(90 * 60), plan.plannedEnd());
    assertEquals(Optional.empty(), plan.overrun());
    assertEquals(OptionalInt.empty(), plan.firstItemOverrunning());
  }

  @Test
  void anExactFitDoesNotOverrun() {
    TimePlan plan = plan(60, 45, 15);
    assertEquals(Duration.ofHours(2), plan.total());
    assertEquals(TWO_HOURS.end(), plan.plannedEnd());
    assertEquals(Optional.empty(), plan.overrun());
    assertEquals(OptionalInt.empty(), plan.firstItemOverrunning());
    assertTrue(plan.items().stream().noneMatch(TimePlan.PlannedItem::overruns));
  }

  @Test
  void oneMinuteTooManyOverrunsByOneMinuteFromTheLastItem() {
    TimePlan plan = plan(60, 45, 16);
    assertEquals(Optional.of(Duration.ofMinutes(1)), plan.overrun());
    assertEquals(OptionalInt.of(2), plan.firstItemOverrunning());
    assertFalse(plan.items().get(1).overruns());
    assertTrue(plan.items().get(2).overruns());
  }

  @Test
  void everyItemAfterTheEndIsMarked() {
    TimePlan plan = plan(100, 30, 10, 5);
    assertEquals(OptionalInt.of(1), plan.firstItemOverrunning());
    assertEquals(
        List.of(false, true, true, true),
        plan.items().stream().map(TimePlan.PlannedItem::overruns).toList());
    assertEquals(Optional.of(Duration.ofMinutes(25)), plan.overrun());
  }

  @Test
  void anEmptyAgendaFitsWithNothingPlanned() {
    TimePlan plan = plan();
    assertEquals(List.of(), plan.items());
    assertEquals(Duration.ZERO, plan.total());
    assertEquals(TEN, plan.plannedEnd());
    assertEquals(Optional.empty(), plan.overrun());
    assertEquals(OptionalInt.empty(), plan.firstItemOverrunning());
  }

  @Test
  void theDefaultTimeboxIsAQuarterOfAnHour() {
    assertEquals(Duration.ofMinutes(15), TimePlan.DEFAULT_TIMEBOX);
    assertEquals(TimePlan.DEFAULT_TIMEBOX, TimePlan.checkTimebox(TimePlan.DEFAULT_TIMEBOX));
  }

  @Test
  void aTimeboxIsOneToOneHundredTwentyMinutes() {
    assertEquals(Duration.ofMinutes(1), TimePlan.checkTimebox(Duration.ofMinutes(1)));
    assertEquals(Duration.ofMinutes(120), TimePlan.checkTimebox(Duration.ofMinutes(120)));
    assertTimebox("timebox must be 1 to 120 minutes", () -> plan(0));
    assertTimebox("timebox must be 1 to 120 minutes (item 2)", () -> plan(15, 121));
    assertTimebox(
        "timebox must be 1 to 120 minutes",
        () -> TimePlan.checkTimebox(Duration.ofMinutes(1).minusNanos(1)));
    assertTimebox(
        "timebox must be 1 to 120 minutes", () -> TimePlan.checkTimebox(Duration.ofMinutes(-5)));
    assertTimebox("timebox is required", () -> TimePlan.checkTimebox(null));
    List<Duration> withGap = new ArrayList<>(List.of(Duration.ofMinutes(5)));
    withGap.add(null);
    assertTimebox("timebox is required (item 2)", () -> TimePlan.of(TWO_HOURS, withGap));
    assertTimebox("timeboxes is required", () -> TimePlan.of(TWO_HOURS, null));
    assertTimebox("meeting is required", () -> TimePlan.of(null, List.of()));
  }

  @Test
  void thePlanCannotBeChangedFromOutside() {
    List<Duration> timeboxes = new ArrayList<>(List.of(Duration.ofMinutes(5)));
    TimePlan plan = TimePlan.of(TWO_HOURS, timeboxes);
    timeboxes.add(Duration.ofMinutes(10));
    assertEquals(1, plan.items().size());
    assertThrows(UnsupportedOperationException.class, () -> plan.items().clear());
  }

  @Property
  void theOverrunIsTheTotalBeyondTheMeeting(
      @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 120) Integer> minutes) {
    TimePlan plan =
        TimePlan.of(TWO_HOURS, minutes.stream().map(m -> Duration.ofMinutes(m)).toList());
    Duration total = Duration.ofMinutes(minutes.stream().mapToInt(Integer::intValue).sum());
    assertEquals(total, plan.total());
    Duration beyond = total.minus(Duration.ofHours(2));
    assertEquals(
        beyond.isNegative() || beyond.isZero() ? Optional.empty() : Optional.of(beyond),
        plan.overrun());
    assertEquals(plan.overrun().isPresent(), plan.firstItemOverrunning().isPresent());
    plan.firstItemOverrunning()
        .ifPresent(
            first -> assertTrue(plan.items().get(first).slot().end().isAfter(TWO_HOURS.end())));
  }

  private static void assertTimebox(String messageStart, Executable call) {
    String message = assertThrows(IllegalArgumentException.class, call).getMessage();
    assertTrue(message.startsWith(messageStart), message);
  }
}
