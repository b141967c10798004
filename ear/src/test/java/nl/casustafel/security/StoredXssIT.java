package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.casustafel.it.Api;
import nl.casustafel.it.BrowserApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Stored cross-site scripting and text direction: case information with markup, a script and a
 * right-to-left override, stored through the API, is shown on the case page as the literal text,
 * runs nothing, and sits in its own isolate ({@code <bdi>}) so that the override cannot reverse the
 * text after it.
 */
class StoredXssIT extends BrowserApiTest {

  private static final String RLO = "\u202E";

  @Test
  void scriptAndBidiControlsInCaseInformationAreShownLiterallyAndIsolated() {
    String marker = "xss-" + System.nanoTime();
    String text = marker + " <script>window.__xss=1</script>" + RLO + "evil";
    HttpResponse<String> stored =
        Api.send(
            "POST",
            "/api/v1/tenants/zvh-gv/cases/1/information",
            token("regisseur.gv"),
            Json.createObjectBuilder()
                .add("category", "SOCIAL")
                .add("text", text)
                .build()
                .toString());
    assertEquals(201, stored.statusCode(), stored.body());

    browser.openAs("/case.xhtml?id=1", "regisseur.gv");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    assertEquals("undefined", js.executeScript("return typeof window.__xss;"), "the script ran");

    List<WebElement> holders =
        browser
            .driver()
            .findElements(
                By.xpath("//section[@id='section-SOCIAL']//*[contains(text(), '" + marker + "')]"));
    assertEquals(1, holders.size(), "the text is shown once, in one element");
    WebElement holder = holders.get(0);
    assertEquals(text, js.executeScript("return arguments[0].textContent;", holder));
    assertEquals("bdi", holder.getTagName().toLowerCase(), "not isolated");
    assertEquals(
        "isolate", js.executeScript("return getComputedStyle(arguments[0]).unicodeBidi;", holder));
    assertEquals(
        0L,
        js.executeScript("return arguments[0].getElementsByTagName('script').length;", holder),
        "the markup became elements");

    // The provider and date after the text stay to its right, in reading order (an override
    // that leaked out of the element would pull them into its right-to-left run).
    @SuppressWarnings("unchecked")
    Map<String, Object> layout =
        (Map<String, Object>)
            js.executeScript(
                "var text = arguments[0], meta = text.parentElement.querySelector('.ct-item-meta');"
                    + "var t = text.getBoundingClientRect(), m = meta.getBoundingClientRect();"
                    + "return {textRight: t.right, metaLeft: m.left, sameLine:"
                    + " t.top < m.bottom && m.top < t.bottom};",
                holder);
    assertEquals(Boolean.TRUE, layout.get("sameLine"), "text and meta wrapped: " + layout);
    assertTrue(
        ((Number) layout.get("metaLeft")).doubleValue()
            >= ((Number) layout.get("textRight")).doubleValue() - 1,
        "the text after the override was reordered: " + layout);
  }
}
