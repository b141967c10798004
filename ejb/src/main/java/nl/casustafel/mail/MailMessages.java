package nl.casustafel.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME message of a {@link Mail}. Without a calendar: one {@code text/plain;
 * charset=UTF-8} body. With one: {@code multipart/alternative} of that text and the iCalendar
 * object as {@code text/calendar; method=…; charset=UTF-8}, the iMIP form of RFC 6047 (section 2.4)
 * that Outlook, Thunderbird, Apple Mail and Gmail all show as an invitation with accept/decline.
 * Outlook treats a calendar only as a meeting request in that inline part with its {@code method};
 * the same object again as an {@code invite.ics} attachment adds nothing for these clients and
 * makes some show (or import) it twice, so there is none.
 *
 * <p>The sender is the session's {@code mail.from} (Liberty's mailSession {@code from}); {@code
 * Auto-Submitted: auto-generated} (RFC 3834) keeps out-of-office replies away.
 */
public final class MailMessages {

  private MailMessages() {}

  /**
   * @param session Liberty's {@code mail/casustafel}, or any session with {@code mail.from}
   * @param mail what to send
   * @param sentAt the Date header (UTC instant)
   * @throws MessagingException when the session has no valid {@code mail.from} or the recipient is
   *     not a valid address
   */
  public static MimeMessage build(Session session, Mail mail, Instant sentAt)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    if (message.getFrom() == null) {
      throw new MessagingException("the mail session has no mail.from");
    }
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(sentAt));
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.calendar().isEmpty()) {
      message.setText(mail.body(), "UTF-8", "plain");
    } else {
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text(mail.body()));
      alternative.addBodyPart(calendar(mail.calendar().get()));
      message.setContent(alternative);
    }
    message.saveChanges();
    return message;
  }

  private static MimeBodyPart text(String body) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(body, "UTF-8", "plain");
    return part;
  }

  /**
   * The calendar as bytes with their own type: Jakarta Mail has no content handler for
   * text/calendar, so a String content would fail when written.
   */
  private static MimeBodyPart calendar(CalendarPart calendar) throws MessagingException {
    String type = "text/calendar; method=" + calendar.method() + "; charset=UTF-8";
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8), type)));
    part.setHeader("Content-Type", type);
    return part;
  }
}
