package nl.casustafel.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A mail the server refuses uses up its attempts; an SMTP server that is down never does, so an
 * outage does not make the retry timer give mail up.
 */
class DeliveryFailureTest {

  @Test
  void aRefusedMailCountsAnUnreachableServerDoesNot() {
    assertTrue(DeliveryFailure.of(new SendFailedException("550 no such user")).countsAsAttempt());
    assertTrue(DeliveryFailure.of(new AddressException("bad", "x@")).countsAsAttempt());
    MessagingException down =
        new MessagingException("Couldn't connect to host", new ConnectException("refused"));
    assertFalse(DeliveryFailure.of(down).countsAsAttempt());
    assertTrue(DeliveryFailure.of(down).text().contains("ConnectException"));
  }

  @Test
  void theErrorIsOneLineOfAtMost500Characters() {
    String text = DeliveryFailure.of(new MessagingException("a\r\nb " + "x".repeat(600))).text();
    assertEquals(500, text.length());
    assertFalse(text.contains("\n"));
    assertTrue(text.startsWith("MessagingException: a b x"), text);
  }

  @Test
  void anOutageLeavesTheAttemptsAndRecordsTheError() {
    OutgoingMail mail =
        new OutgoingMail(Mail.text("a@b.example", "Onderwerp", "tekst"), Instant.EPOCH);
    for (int i = 0; i < 20; i++) {
      mail.failed(DeliveryFailure.of(new MessagingException("Couldn't connect to host")));
    }
    assertEquals(0, mail.attempts());
    mail.failed(DeliveryFailure.of(new SendFailedException("552 too large")));
    assertEquals(1, mail.attempts());
    assertEquals("SendFailedException: 552 too large", mail.lastError().orElseThrow());
    assertTrue(mail.sentAt().isEmpty());
  }
}
