package nl.casustafel.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.casustafel.it.Api;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A frozen database in the browser (issue #12): an ajax action ends within the bound on the Dutch
 * page "De database reageert niet"; once the database answers again, "Opnieuw proberen" brings the
 * page back; a whole page loaded while the database is frozen is that page as well.
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
    }
    awaitReadiness();
    driver.findElement(By.id("retry")).click();
    new PageWait(driver, BOUND)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct-case-ref")));
  }

  @Test
  void aWholePageLoadedWhileTheDatabaseIsFrozenIsTheDutchPage() throws Exception {
    browser.openAs("/cases.xhtml", "regisseur.gv");
    WebDriver driver = browser.driver();
    try (FrozenDatabase frozen = FrozenDatabase.freeze()) {
      long start = System.nanoTime();
      driver.navigate().to(driver.getCurrentUrl()); // a full GET of the page, not ajax
      new PageWait(driver, BOUND)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("database-unavailable")));
      assertTrue(
          Duration.ofNanos(System.nanoTime() - start).compareTo(BOUND) < 0, "within the bound");
      assertOutagePage(driver);
      assertTrue(
          driver.findElements(By.cssSelector(".ct-case-ref")).isEmpty(), "no case of the page");
      browser.screenshot("database-unavailable-page");
    }
    awaitReadiness();
    driver.findElement(By.id("retry")).click();
    new PageWait(driver, BOUND)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct-case-ref")));
  }

  /** "Zoeken" on Mijn casussen: an ajax request that needs the database. */
  private static void searchByAjax(WebDriver driver) {
    driver.findElement(By.id("cases:search")).sendKeys("MH");
    driver.findElement(By.id("cases:find")).click();
    new PageWait(driver, BOUND)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("database-unavailable")));
  }

  private void assertOutagePage(WebDriver driver) {
    assertEquals("De database reageert niet", driver.findElement(By.tagName("h1")).getText());
    assertEquals(TEXT, driver.findElement(By.id("outage-text")).getText());
    assertEquals(1, driver.findElements(By.tagName("main")).size(), "one <main> landmark");
    browser.assertAccessible();
  }

  private static void awaitReadiness() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (Api.get("/health/ready", null).statusCode() != 200) {
      assertTrue(System.nanoTime() < deadline, "readiness not back 10 s after SIGCONT");
      Thread.sleep(100); // A probe's pace; each answer comes within 3 s.
    }
  }
}
