package nl.casustafel.conference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The timetable of a conference: each agenda item (agendapunt) in agenda order gets its timebox
 * right after the one before it, starting at the meeting's start. The plan shows where the agenda
 * runs past the meeting's end, so the chair can shorten or move items before the meeting.
 *
 * <p>Usage: {@code TimePlan plan = TimePlan.of(meeting, List.of(Duration.ofMinutes(15), ...));
 * plan.overrun().ifPresent(...)}; a page marks every item with {@link PlannedItem#overruns()}.
 *
 * <p>Design notice: all instants are UTC and the timeboxes elapsed time; a page shows them in
 * Amsterdam time ({@code AmsterdamTime.DATE_TIME}). There are no breaks between items.
 */
public final class TimePlan {

  /** The timebox of an agenda item nobody gave one. */
  public static final Duration DEFAULT_TIMEBOX = Duration.ofMinutes(15);

  /** The shortest timebox of an agenda item. */
  public static final Duration MIN_TIMEBOX = Duration.ofMinutes(1);

  /** The longest timebox of an agenda item. */
  public static final Duration MAX_TIMEBOX = Duration.ofMinutes(120);

  /**
   * One agenda item in the plan.
   *
   * @param slot when it is planned (UTC)
   * @param overruns whether it ends after the meeting's end
   */
  public record PlannedItem(Slot slot, boolean overruns) {}

  private final Slot meeting;
  private final List<PlannedItem> items;

  private TimePlan(Slot meeting, List<PlannedItem> items) {
    this.meeting = meeting;
    this.items = List.copyOf(items);
  }

  /**
   * The plan of the timeboxes, in agenda order, from the meeting's start.
   *
   * @throws IllegalArgumentException naming the field, when the meeting or the list is missing, or
   *     a timebox is missing or outside {@link #MIN_TIMEBOX}..{@link #MAX_TIMEBOX}
   */
  public static TimePlan of(Slot meeting, List<Duration> timeboxes) {
    if (meeting == null) {
      throw new IllegalArgumentException("meeting is required.");
    }
    if (timeboxes == null) {
      throw new IllegalArgumentException("timeboxes is required.");
    }
    List<PlannedItem> items = new ArrayList<>();
    Instant next = meeting.start();
    for (int index = 0; index < timeboxes.size(); index++) {
      Slot slot = Slot.of(next, checkTimebox(timeboxes.get(index), index));
      items.add(new PlannedItem(slot, slot.end().isAfter(meeting.end())));
      next = slot.end();
    }
    return new TimePlan(meeting, items);
  }

  /**
   * The timebox when it is 1 to 120 minutes; the one rule for the entity, the API and the page.
   *
   * @throws IllegalArgumentException starting with "timebox", when it is missing or out of range
   */
  public static Duration checkTimebox(Duration timebox) {
    return checkTimebox(timebox, -1);
  }

  private static Duration checkTimebox(Duration timebox, int index) {
    String item = index < 0 ? "" : " (item " + (index + 1) + ")";
    if (timebox == null) {
      throw new IllegalArgumentException("timebox is required" + item + ".");
    }
    if (timebox.compareTo(MIN_TIMEBOX) < 0 || timebox.compareTo(MAX_TIMEBOX) > 0) {
      throw new IllegalArgumentException(
          "timebox must be 1 to 120 minutes" + item + ": " + timebox);
    }
    return timebox;
  }

  /** The conference's slot. */
  public Slot meeting() {
    return meeting;
  }

  /** One planned item per timebox, in agenda order; unmodifiable. */
  public List<PlannedItem> items() {
    return items;
  }

  /** The sum of all timeboxes; zero for an empty agenda. */
  public Duration total() {
    return items.stream().map(item -> item.slot().length()).reduce(Duration.ZERO, Duration::plus);
  }

  /** When the last item is planned to end: the meeting's start plus {@link #total()}. */
  public Instant plannedEnd() {
    return meeting.start().plus(total());
  }

  /** How much the items run past the meeting's end; empty when they fit (exactly or with room). */
  public Optional<Duration> overrun() {
    Duration over = Duration.between(meeting.end(), plannedEnd());
    return over.isNegative() || over.isZero() ? Optional.empty() : Optional.of(over);
  }

  /** Index (from 0, agenda order) of the first item that ends after the meeting; empty if none. */
  public OptionalInt firstItemOverrunning() {
    for (int index = 0; index < items.size(); index++) {
      if (items.get(index).overruns()) {
        return OptionalInt.of(index);
      }
    }
    return OptionalInt.empty();
  }
}
