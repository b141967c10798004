package nl.casustafel.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The MIME form of a mail, written to bytes and read back as a mail client would: what arrives is
 * what was enqueued, in UTF-8, and an invitation is the inline text/calendar part with its method.
 */
class MailMessagesTest {

  static final String ICS =
      String.join(
          "\r\n",
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//Casustafel//Casusoverleg//NL",
          "METHOD:REQUEST",
          "BEGIN:VEVENT",
          "UID:conference-7@casustafel.example",
          "DTSTAMP:20261201T090000Z",
          "DTSTART:20261208T090000Z",
          "DTEND:20261208T110000Z",
          "SUMMARY:Casusoverleg Gooi en Vechtstreek – dinsdag",
          "END:VEVENT",
          "END:VCALENDAR",
          "");
  static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

  private static Session session() {
    Properties properties = new Properties();
    properties.setProperty("mail.from", "casusoverleg@casustafel.example");
    return Session.getInstance(properties);
  }

  /** As the recipient's client reads it: the bytes on the wire, parsed again. */
  private static MimeMessage sentAndRead(Mail mail) throws MessagingException, IOException {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    MailMessages.build(session(), mail, AT).writeTo(wire);
    return new MimeMessage(session(), new ByteArrayInputStream(wire.toByteArray()));
  }

  @Test
  void aTextMailIsOnePlainUtf8Part() throws Exception {
    MimeMessage read =
        sentAndRead(Mail.text("a.jansen@gemeente.example", "Verslag één", "Zie de agenda ☺"));
    assertEquals("Verslag één", read.getSubject());
    assertEquals("Zie de agenda ☺", read.getContent());
    ContentType type = new ContentType(read.getContentType());
    assertTrue(type.match("text/plain"), type.toString());
    assertEquals("UTF-8", type.getParameter("charset").toUpperCase());
    Address[] to = read.getRecipients(Message.RecipientType.TO);
    assertEquals("a.jansen@gemeente.example", to[0].toString());
    assertEquals("casusoverleg@casustafel.example", read.getFrom()[0].toString());
    assertEquals(AT, read.getSentDate().toInstant());
    assertEquals("auto-generated", read.getHeader("Auto-Submitted", null));
  }

  @Test
  void anInvitationIsTextWithAnInlineCalendarOfItsMethod() throws Exception {
    Mail mail =
        new Mail(
            "a.jansen@gemeente.example",
            "Uitnodiging casusoverleg",
            "Agendapunten voor uw organisatie: 2",
            Optional.of(new CalendarPart("REQUEST", ICS)));
    MimeMessage read = sentAndRead(mail);
    Multipart parts = assertInstanceOf(Multipart.class, read.getContent());
    assertTrue(new ContentType(parts.getContentType()).match("multipart/alternative"));
    assertEquals(2, parts.getCount());
    BodyPart text = parts.getBodyPart(0);
    assertTrue(text.isMimeType("text/plain"));
    assertEquals("Agendapunten voor uw organisatie: 2", text.getContent());
    BodyPart calendar = parts.getBodyPart(1);
    ContentType type = new ContentType(calendar.getContentType());
    assertTrue(type.match("text/calendar"), type.toString());
    assertEquals("REQUEST", type.getParameter("method"));
    assertEquals("UTF-8", type.getParameter("charset").toUpperCase());
    assertFalse(BodyPart.ATTACHMENT.equalsIgnoreCase(calendar.getDisposition()));
    try (InputStream in = calendar.getInputStream()) {
      assertArrayEquals(ICS.getBytes(StandardCharsets.UTF_8), in.readAllBytes(), "byte for byte");
    }
  }

  @Test
  void aCancellationCarriesMethodCancel() throws Exception {
    String cancel = ICS.replace("METHOD:REQUEST", "METHOD:CANCEL");
    Mail mail =
        new Mail(
            "a.jansen@gemeente.example",
            "Afgelast: casusoverleg",
            "Het overleg gaat niet door.",
            Optional.of(new CalendarPart("CANCEL", cancel)));
    Multipart parts = (Multipart) sentAndRead(mail).getContent();
    assertEquals(
        "CANCEL", new ContentType(parts.getBodyPart(1).getContentType()).getParameter("method"));
  }
}
