package nl.casustafel.conference;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A conference as one reader sees it: the meeting, its agenda with the time plan (items that run
 * past the end are marked; {@code overrun} says by how much), the attendance register, and what the
 * reader may do here (the decision point decided each).
 */
public record ConferenceView(
    Conference conference,
    List<ItemView> items,
    Optional<Duration> overrun,
    List<Attendance> attendance,
    Rights rights) {

  /** What the reader may do with this conference. */
  public record Rights(boolean plan, boolean direct, boolean keepMinutes) {}
}
