package nl.casustafel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The outbox's mail session (nl.casustafel.mail.OutboxSender looks up {@code mail/casustafel}):
 * Liberty has the feature for it, and no SMTP wait is unbounded, because a mail server that does
 * not answer must fail one attempt, not hang the sending thread.
 */
class MailSessionTest {

  private static LibertyConfig config;

  @BeforeAll
  static void read() throws IOException {
    config = new LibertyConfig();
  }

  @Test
  void theMailFeatureIsOn() {
    List<String> features = LibertyConfig.childTexts(config.one("featureManager"), "feature");
    assertTrue(features.contains("mail-2.1"), features.toString());
  }

  @Test
  void theSessionSendsByPlainSmtpToTheLocalStackByDefault() {
    Element session = config.one("mailSession");
    assertEquals("mail/casustafel", config.attribute(session, "jndiName").orElseThrow());
    assertEquals("smtp", config.attribute(session, "transportProtocol").orElseThrow());
    assertEquals("127.0.0.1", config.attribute(session, "host").orElseThrow());
    assertEquals(
        "casusoverleg@casustafel.example", config.attribute(session, "from").orElseThrow());
    assertEquals("3025", properties(session).get("mail.smtp.port"));
  }

  @Test
  void everySmtpWaitIsBounded() {
    Map<String, String> properties = properties(config.one("mailSession"));
    for (String timeout :
        List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
      int millis = Integer.parseInt(properties.getOrDefault(timeout, "0"));
      assertTrue(millis > 0 && millis <= 30_000, timeout + " = " + millis);
    }
  }

  private static Map<String, String> properties(Element session) {
    Map<String, String> properties = new HashMap<>();
    for (Node child = session.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals("property")) {
        properties.put(e.getAttribute("name"), config.attribute(e, "value").orElseThrow().strip());
      }
    }
    return properties;
  }
}
