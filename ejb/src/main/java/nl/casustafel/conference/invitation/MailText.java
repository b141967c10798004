package nl.casustafel.conference.invitation;

import java.util.Objects;

/**
 * An e-mail's subject and plain-text body.
 *
 * @param subject one line, no line breaks (safe as a mail header)
 * @param body lines separated by "\n"; the mail library turns them into CRLF
 */
public record MailText(String subject, String body) {

  public MailText {
    Objects.requireNonNull(body, "body");
    if (subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("subject must be one line");
    }
  }
}
