package nl.casustafel.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ParseException;

/**
 * Why one mail was not sent, as the outbox records it.
 *
 * @param countsAsAttempt whether it was the mail's fault: the server refused it or its address
 *     ({@link SendFailedException}, e.g. 550 or 552), or the message could not be made ({@link
 *     ParseException}, {@link AddressException}). Any other failure is the way to the server
 *     (refused connection, time-out, a dropped connection) and does not count: the mail waits for
 *     the server.
 * @param text what {@code last_error} shows: the exception's class and message, at most 500
 *     characters, one line
 */
public record DeliveryFailure(boolean countsAsAttempt, String text) {

  /** The failure of a send that threw this exception. */
  public static DeliveryFailure of(Exception e) {
    boolean mails =
        e instanceof SendFailedException
            || e instanceof ParseException
            || e instanceof AddressException
            || e instanceof IllegalArgumentException;
    return new DeliveryFailure(mails, text(e));
  }

  static String text(Exception e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null) {
      text.append(": ").append(e.getMessage());
    }
    if (e instanceof MessagingException m && m.getNextException() != null) {
      text.append(" <- ").append(m.getNextException());
    }
    String line = text.toString().replaceAll("\\s+", " ").strip();
    return line.length() <= OutgoingMail.MAX_ERROR
        ? line
        : line.substring(0, OutgoingMail.MAX_ERROR - 1) + "…";
  }
}
