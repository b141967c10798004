package nl.casustafel.conference;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time between two UTC instants: when a conference (casusoverleg) or one of its agenda
 * items takes place. The start is inclusive, the end exclusive.
 *
 * @param start the first instant (UTC), inclusive
 * @param end the instant it is over (UTC), strictly after {@code start}
 * @throws IllegalArgumentException naming the field, when one is missing or the end is not after
 *     the start
 */
public record Slot(Instant start, Instant end) {

  public Slot {
    if (start == null) {
      throw new IllegalArgumentException("start is required.");
    }
    if (end == null) {
      throw new IllegalArgumentException("end is required.");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start: " + start + " to " + end);
    }
  }

  /** The slot of the given length from the start. */
  public static Slot of(Instant start, Duration length) {
    if (start == null) {
      throw new IllegalArgumentException("start is required.");
    }
    if (length == null) {
      throw new IllegalArgumentException("length is required.");
    }
    return new Slot(start, start.plus(length));
  }

  /** Elapsed time from start to end (on clock-change days not the wall-clock difference). */
  public Duration length() {
    return Duration.between(start, end);
  }
}
