package nl.casustafel.api.conference;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.conference.Venue;
import nl.casustafel.shared.AmsterdamTime;

/** The parts of conference bodies that {@link Bodies} does not know: wall-clock times and ids. */
final class ConferenceBodies {

  private ConferenceBodies() {}

  /**
   * A required Amsterdam wall-clock time {@code "2026-12-08T10:00"} as an instant (in the autumn's
   * repeated hour the earlier one; in the spring gap the hour after).
   */
  static Instant amsterdam(JsonObject body, String field) {
    String text = Bodies.text(body, field);
    try {
      return LocalDateTime.parse(text).atZone(AmsterdamTime.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " must be an Amsterdam date and time like 2026-12-08T10:00.");
    }
  }

  /** A required time of day {@code "10:00"}. */
  static LocalTime time(JsonObject body, String field) {
    String text = Bodies.text(body, field);
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a time of day like 10:00.");
    }
  }

  static Venue venue(JsonObject body) {
    return Venue.of(Bodies.text(body, "place", null), Bodies.text(body, "videoLink", null));
  }

  /** A path id that is no id answers like an unknown conference (404). */
  static long id(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below, like an id that does not exist
    }
    throw new CaseUnknown();
  }

  static Optional<Long> optionalId(JsonObject body, String field) {
    if (!body.containsKey(field)) {
      return Optional.empty();
    }
    return Optional.of((long) Bodies.wholeNumber(body, field, 0, 1, Integer.MAX_VALUE));
  }
}
