package nl.casustafel.conference;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.casefile.CaseId;

/**
 * What a new conference is to be: title, time (UTC; entered and shown in Europe/Amsterdam), venue,
 * and either its series or its one case (an individual case conference).
 */
public record Planning(
    String title,
    Instant start,
    Instant end,
    Venue where,
    Optional<Long> series,
    Optional<CaseId> kase) {

  public Planning {
    Objects.requireNonNull(start, "start is required.");
    Objects.requireNonNull(end, "end is required.");
    Objects.requireNonNull(where, "place or videoLink is required.");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must lie after start.");
    }
    if (java.time.Duration.between(start, end).toHours() > 12) {
      throw new IllegalArgumentException("end must lie within 12 hours of start.");
    }
  }
}
