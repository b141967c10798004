package nl.casustafel.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mail to one recipient, as a service hands it to the {@link Outbox}. Plain text only: no HTML,
 * no personal data (issue #11: a conference's title, time, place or link, and counts).
 *
 * @param recipient one address, at most 254 characters (RFC 5321's path limit)
 * @param subject one line, at most 300 characters
 * @param body the text, UTF-8 on the wire
 * @param calendar the invitation or cancellation sent with it, if any
 */
public record Mail(String recipient, String subject, String body, Optional<CalendarPart> calendar) {

  static final int MAX_RECIPIENT = 254;
  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 60_000;

  /** A plain address local@domain: no display name, no comment, no list (one mail, one person). */
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

  /**
   * @throws IllegalArgumentException naming the field that is missing, too long or malformed; a
   *     subject with a line break is refused (it would start a header of its own)
   */
  public Mail {
    Objects.requireNonNull(recipient, "recipient is required.");
    Objects.requireNonNull(subject, "subject is required.");
    Objects.requireNonNull(body, "body is required.");
    Objects.requireNonNull(calendar, "calendar is required (Optional.empty() for none).");
    if (recipient.length() > MAX_RECIPIENT || !ADDRESS.matcher(recipient).matches()) {
      throw new IllegalArgumentException("recipient must be one plain e-mail address.");
    }
    if (subject.isBlank()
        || subject.length() > MAX_SUBJECT
        || subject.matches("(?s).*[\\r\\n].*")) {
      throw new IllegalArgumentException("subject must be one line of 1 to 300 characters.");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("body must be at most 60000 characters.");
    }
  }

  /** A mail without a calendar part. */
  public static Mail text(String recipient, String subject, String body) {
    return new Mail(recipient, subject, body, Optional.empty());
  }
}
