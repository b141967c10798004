package nl.casustafel.web.conference;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.casustafel.conference.Venue;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;

/** Conference times and places as the pages show and read them: Europe/Amsterdam wall clock. */
final class ConferenceTimes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ConferenceTimes() {}

  /** "dinsdag 8 december 2026, 10:00–12:00" (Amsterdam). */
  static String span(Instant start, Instant end) {
    var from = start.atZone(AmsterdamTime.ZONE);
    var to = end.atZone(AmsterdamTime.ZONE);
    return DAY.format(from) + ", " + TIME.format(from) + "–" + TIME.format(to);
  }

  static String time(Instant at) {
    return TIME.format(at.atZone(AmsterdamTime.ZONE));
  }

  static String venue(Venue v) {
    return String.join(
        " · ",
        java.util.stream.Stream.concat(
                v.place().stream(), v.videoLink().stream().map(Object::toString))
            .toList());
  }

  /**
   * A native {@code datetime-local} value ("2026-12-08T10:00") on the Amsterdam clock.
   *
   * @throws IllegalArgumentException naming the field when blank or not such a value
   */
  static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required.");
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(AmsterdamTime.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a date and time.");
    }
  }

  /** A native {@code date} value ("2026-12-08"). */
  static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required.");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a date.");
    }
  }

  /** The value a {@code datetime-local} input shows for an instant. */
  static String local(Instant at) {
    return LocalDateTime.ofInstant(at, AmsterdamTime.ZONE).withSecond(0).withNano(0).toString();
  }

  /** A redirect that keeps the messages of this request for the next page. */
  static String keep(String outcome) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  /** The Dutch (or English) message for a rule a form broke, by the field the rule names. */
  static String explain(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (String field :
        List.of(
            "title",
            "start",
            "end",
            "place",
            "videoLink",
            "weekday",
            "length",
            "intervalWeeks",
            "firstDay",
            "lastDay",
            "timebox",
            "person",
            "presence",
            "partner",
            "text",
            "what",
            "owner",
            "dueOn",
            "reason",
            "case",
            "position",
            "category")) {
      if (message.startsWith(field)) {
        return Texts.get("conference.bad." + field);
      }
    }
    return Texts.get("conference.bad");
  }
}
