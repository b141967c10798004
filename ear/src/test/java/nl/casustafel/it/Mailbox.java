package nl.casustafel.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the application sent, as GreenMail (the local stack's SMTP server, started by {@code
 * ./casustafel test}) received it: read through GreenMail's REST API ({@code
 * CASUSTAFEL_MAIL_UI_URL}, default {@code http://127.0.0.1:8083}) and parsed with Jakarta Mail as a
 * mail client would. Sending is asynchronous (after the commit): {@link #await} waits for it.
 */
public final class Mailbox {

  /** One received mail: its subject, its text/plain body, and its text/calendar part if any. */
  public record Received(
      String subject, String text, Optional<String> ics, Optional<String> icsMethod) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Session SESSION = Session.getInstance(new Properties());

  private Mailbox() {}

  static URI api(String path) {
    String base = System.getenv().getOrDefault("CASUSTAFEL_MAIL_UI_URL", "http://127.0.0.1:8083");
    return URI.create(base + path);
  }

  /** The recipient's mails in GreenMail's INBOX, oldest first; empty when none arrived yet. */
  public static List<Received> of(String recipient) {
    String user = URLEncoder.encode(recipient, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(api("/api/user/" + user + "/messages/INBOX")).GET());
    if (response.statusCode() == 400 && response.body().contains("not found")) {
      return List.of(); // GreenMail makes the mailbox with the first mail to it
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GreenMail: " + response.statusCode() + " " + response.body());
    }
    List<Received> mails = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      for (JsonValue message : reader.readArray()) {
        mails.add(parse(((JsonObject) message).getString("mimeMessage")));
      }
    }
    return mails;
  }

  /**
   * Waits until the recipient has at least {@code count} mails (at most 90 s: the after-commit send
   * is immediate, the retry timer runs every minute) and returns them.
   */
  public static List<Received> await(String recipient, int count) {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    List<Received> mails = of(recipient);
    while (mails.size() < count && System.nanoTime() < end) {
      sleep();
      mails = of(recipient);
    }
    if (mails.size() < count) {
      throw new AssertionError(recipient + " received " + mails.size() + " mails, not " + count);
    }
    return mails;
  }

  /** Deletes every mail GreenMail holds (all recipients): call before a test that counts mails. */
  public static void purge() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(api("/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GreenMail purge: " + response.statusCode());
    }
  }

  static Received parse(String raw) {
    try {
      MimeMessage message =
          new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      String[] text = {null};
      String[] ics = {null, null};
      collect(message, text, ics);
      return new Received(
          message.getSubject(), text[0], Optional.ofNullable(ics[0]), Optional.ofNullable(ics[1]));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("GreenMail returned a mail Jakarta Mail cannot read", e);
    }
  }

  /**
   * The first text/plain part into text[0]; the first text/calendar into ics[0], its method ics[1].
   */
  private static void collect(Part part, String[] text, String[] ics)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart child = parts.getBodyPart(i);
        collect(child, text, ics);
      }
    } else if (part.isMimeType("text/calendar") && ics[0] == null) {
      try (InputStream in = part.getInputStream()) {
        ics[0] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      ics[1] = new ContentType(part.getContentType()).getParameter("method");
    } else if (part.isMimeType("text/plain") && text[0] == null) {
      text[0] = (String) part.getContent();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GreenMail does not answer at " + api("/"), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
