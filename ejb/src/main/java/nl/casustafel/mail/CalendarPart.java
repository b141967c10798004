package nl.casustafel.mail;

import java.util.Objects;
import java.util.Set;

/**
 * An iCalendar object (RFC 5545) sent with a mail as an iMIP message (RFC 6047): a meeting request
 * or its cancellation.
 *
 * @param method the iTIP method, {@code REQUEST} or {@code CANCEL}; it must equal the object's own
 *     {@code METHOD} property, which calendar clients check
 * @param ics the whole {@code VCALENDAR} text, lines ending in CRLF
 */
public record CalendarPart(String method, String ics) {

  /** The iTIP methods Casustafel sends. */
  public static final Set<String> METHODS = Set.of("REQUEST", "CANCEL");

  /** At most MEDIUMTEXT's 16 MiB; a conference's invitation is a few kilobytes. */
  static final int MAX_ICS_CHARS = 1_000_000;

  /**
   * @throws IllegalArgumentException when the method is not REQUEST or CANCEL, or the text is
   *     blank, too long, or not a VCALENDAR of that method
   */
  public CalendarPart {
    Objects.requireNonNull(method, "method is required.");
    Objects.requireNonNull(ics, "ics is required.");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be REQUEST or CANCEL: " + method);
    }
    if (ics.length() > MAX_ICS_CHARS || !ics.startsWith("BEGIN:VCALENDAR")) {
      throw new IllegalArgumentException("ics must be one VCALENDAR object.");
    }
    if (!ics.contains("\nMETHOD:" + method + "\r")) {
      throw new IllegalArgumentException(
          "ics must carry METHOD:" + method + " on a line of its own.");
    }
  }
}
