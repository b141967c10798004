package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The progress report in Chromium (issue #13): the ZVH manager reads the 2019 figures of the
 * evaluation from the rendered report — 36 situations, 25 / 7 / 3 / 1, 433 advertisement reviews —
 * and Hilversum's aandachtfunctionaris reads their own municipality suppressed, without a person.
 * Every page passes axe-core.
 */
class ProgressReportPageIT extends BrowserTest {

  @Test
  void theManagerReadsTheEvaluationFromTheRenderedReport() throws Exception {
    browser.openAs("/report.xhtml", "manager.gv");
    type(browser, "choice:from_input", "01-01-2019");
    type(browser, "choice:to_input", "31-12-2019");
    post(browser, "choice:show");
    browser.screenshot("report-2019");
    assertFalse(
        browser.driver().findElements(By.cssSelector(".ct-total")).isEmpty(),
        () -> "no report shown: " + browser.driver().findElement(By.tagName("body")).getText());
    assertEquals("36", total("situations"));
    assertEquals("25", figure("situations.form", "SEXUAL"));
    assertEquals("7", figure("situations.form", "LABOUR"));
    assertEquals("3", figure("situations.form", "CRIMINAL"));
    assertEquals("1", figure("situations.form", "OTHER"));
    assertEquals("433", total("advertisements"));
    int risky = Integer.parseInt(figure("advertisements.verdict", "RISKY"));
    assertTrue(risky * 100 > 40 * 433, "risky: " + risky);
    browser.assertAccessible();
  }

  @Test
  void theLiaisonSeesItsMunicipalitySuppressed() throws Exception {
    browser.openAs("/municipality.xhtml", "gemeente.hilversum");
    WebElement year = browser.driver().findElement(By.id("choice:year"));
    year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2019");
    post(browser, "choice:show");
    assertEquals("Hilversum", browser.driver().findElement(By.id("municipality-name")).getText());
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertTrue(page.contains("< 5"), page);
    assertFalse(page.contains("MH-2019"), page);
    for (WebElement cell : browser.driver().findElements(By.cssSelector("td.ct-figure"))) {
      String shown = cell.getText();
      if (shown.matches("[0-9]+")) {
        assertTrue(Integer.parseInt(shown) >= 5, "a count below 5: " + shown);
      }
    }
    browser.assertAccessible();
    browser.screenshot("municipality-hilversum");
  }

  @Test
  void theAdvertisementAndCrisisPagesOpenForTheirUsers() {
    browser.openAs("/advertisements.xhtml", "regisseur.gv");
    assertFalse(
        browser.driver().findElements(By.cssSelector("[id$='reviews'] tbody tr")).isEmpty());
    browser.open("/crisis.xhtml");
    assertTrue(browser.driver().findElement(By.id("office-hours")).getText().contains("09:00"));
  }

  private String total(String group) {
    return browser
        .driver()
        .findElement(By.cssSelector(".ct-total[data-group='" + group + "']"))
        .getText();
  }

  private String figure(String table, String code) {
    return browser
        .driver()
        .findElement(
            By.cssSelector("table[data-table='" + table + "'] td[data-code='" + code + "']"))
        .getText();
  }

  private static void type(Browser b, String id, String text) {
    b.awaitAjax();
    WebElement field = b.driver().findElement(By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text); // replaces the default day
    field.sendKeys(Keys.TAB); // closes the picker
  }

  /** Clicks a button that posts the whole page and waits until the new page replaced the old. */
  private static void post(Browser b, String id) {
    WebElement old = b.driver().findElement(By.tagName("html"));
    b.awaitAjax();
    b.driver().findElement(By.id(id)).click();
    new PageWait(b.driver(), Duration.ofSeconds(30)).until(PageWait.gone(old));
    new PageWait(b.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
  }
}
