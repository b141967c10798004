package nl.casustafel.web.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text a user typed (a client's name, case information, a reason, a name from the identity
 * provider) and every name an administrator typed is shown in its own {@code <bdi>}: a
 * right-to-left override or an isolate in it cannot reorder the text around it, and an isolate it
 * leaves open ends with the element. Faces escapes the markup; this test guards the isolation.
 */
class UserTextIsolationTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** Attributes that use a value without showing it (a filter, a condition, an action). */
  private static final String NOT_SHOWN_BY =
      "(?<!(?:filterBy|sortBy|field|rendered|action|listener)=\")";

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource({
    "case.xhtml, caseFileView.header.client",
    "case.xhtml, caseFileView.header.lead",
    "case.xhtml, item.text",
    "case.xhtml, caseFileView.emergencyReason",
    "case.xhtml, p.partner",
    "cases.xhtml, row.client",
    "cases.xhtml, row.lead",
    "audit.xhtml, e.actor",
    "audit.xhtml, e.partner",
    "audit.xhtml, e.reason",
    "partners.xhtml, partner.name",
    "covenant.xhtml, row.partnerName",
    "covenant.xhtml, article.value",
    "WEB-INF/templates/layout.xhtml, userHeader.name",
    "WEB-INF/templates/layout.xhtml, userHeader.partnerName",
  })
  void isShownOnlyInsideItsOwnBdi(String view, String expression) throws IOException {
    String page = Files.readString(WEBAPP.resolve(view));
    String el = "#{" + expression + "}";
    int shown = count(page, NOT_SHOWN_BY + Pattern.quote(el));
    int isolated = count(page, "<bdi\\b[^>]*>\\s*" + Pattern.quote(el) + "\\s*</bdi>");
    assertTrue(shown > 0, el + " is not in " + view + " any more: update this test");
    assertEquals(shown, isolated, el + " shown outside a <bdi> in " + view);
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
