package nl.casustafel.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.casustafel.it.Api;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A frozen database in the browser (issue #12): an ajax action and a whole page both end within the
 * bound on the Dutch page "De database reageert niet", a full request with HTTP 503 and {@code
 * Retry-After}; once the database answers again, "Opnieuw proberen" brings the page back.
 */
class FrozenDatabasePageIT extends BrowserTest {

  private static final String TEXT =
      "De database reageert niet; probeer het over een halve minuut opnieuw.";
  private static final Duration BOUND = Duration.ofSeconds(15); // 10 s and the browser's own time

  @Test
  void theUserSeesTheDutchPageWithinTheBoundAndTheCasesAfterwards() throws Exception {
    browser.openAs("/cases.xhtml", "regisseur.gv");
    WebDriver driver = browser.driver();
    try (FrozenDatabase frozen = FrozenDatabase.freeze()) {
      searchByAjax(driver);
      assertOutagePage(driver);
      browser.screenshot("database-unavailable-ajax");

      String full = (String) statusOfAFullRequest(driver);
      assertTrue(full.startsWith("503 30"), full);

      long start = System.nanoTime();
      driver.get(Stack.url("/cases.xhtml").toString());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(BOUND) <= 0, "the page took " + took);
      assertOutagePage(driver);
      browser.screenshot("database-unavailable");
    }
    awaitReadiness();
    driver.findElement(By.id("retry")).click();
    new WebDriverWait(driver, BOUND)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct-case-ref")));
  }

  /** "Zoeken" on Mijn casussen: an ajax request that needs the database. */
  private static void searchByAjax(WebDriver driver) {
    driver.findElement(By.id("cases:search")).sendKeys("MH");
    driver.findElement(By.id("cases:find")).click();
    new WebDriverWait(driver, BOUND)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("database-unavailable")));
  }

  private void assertOutagePage(WebDriver driver) {
    assertEquals("De database reageert niet", driver.findElement(By.tagName("h1")).getText());
    assertEquals(TEXT, driver.findElement(By.id("outage-text")).getText());
    assertEquals(1, driver.findElements(By.tagName("main")).size(), "one <main> landmark");
    browser.assertAccessible();
  }

  /** What a signed-in browser gets for a whole page now: status and Retry-After. */
  private static Object statusOfAFullRequest(WebDriver driver) {
    driver.manage().timeouts().scriptTimeout(BOUND.plusSeconds(5));
    return ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch('/cases.xhtml', {credentials: 'same-origin'})"
                + ".then(function (r) { return r.text().then(function (t) {"
                + " done(r.status + ' ' + r.headers.get('Retry-After')"
                + " + (r.status === 503 ? '' : ' ' + r.url + ' ' + r.redirected + ' '"
                + " + t.replace(/<[^>]+>/g, ' ').replace(/\\s+/g, ' ').substring(0, 300))); }); },"
                + " function (e) { done('failed: ' + e); });");
  }

  private static void awaitReadiness() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (Api.get("/health/ready", null).statusCode() != 200) {
      assertTrue(System.nanoTime() < deadline, "readiness not back 10 s after SIGCONT");
      Thread.sleep(100); // A probe's pace; each answer comes within 3 s.
    }
  }
}
