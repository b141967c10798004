package nl.casustafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The auditor's screen in Chromium: auditor.gv finds the disclosures politie.mnl made moments
 * before, opens the per-subject view of that victim, verifies the chain, and sees no case content
 * anywhere; other roles do not get the log.
 */
class AuditPageIT extends BrowserTest {

  @Test
  void theAuditorSeesThePoliceDisclosuresPerSubjectAndNoCaseContent() throws Exception {
    try (Browser politie = new Browser()) {
      politie.openAs("/cases.xhtml", "politie.mnl");
      politie.driver().findElement(By.cssSelector("[data-tenant='zvh-gv']")).click();
      new PageWait(politie.driver(), Duration.ofSeconds(15))
          .until(ExpectedConditions.textToBe(By.id("title"), "Ketenpartners"));
      politie.open("/case.xhtml?id=4");
      assertTrue(politie.driver().getPageSource().contains("Maria Santos"));
    }
    browser.openAs("/audit.xhtml", "auditor.gv");
    browser.driver().findElement(By.id("audit:actor")).sendKeys("politie.mnl");
    browser.driver().findElement(By.id("audit:search")).click();
    browser.awaitAjax();
    WebElement read =
        rows().stream()
            .filter(r -> cell(r, 5).equals("READ") && cell(r, 6).equals("4"))
            .findFirst() // the newest comes first
            .orElseThrow(() -> new AssertionError("no READ of case 4 by politie.mnl in the log"));
    String pseudonym = read.findElement(By.cssSelector(".ct-subject")).getText();
    read.findElement(By.cssSelector(".ct-subject")).click();
    browser.awaitAjax();
    new PageWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.attributeToBe(By.id("audit:subject"), "value", pseudonym));
    // That person's history from the start; narrowed to the police (other tests read case 4 too).
    browser.driver().findElement(By.id("audit:actor")).sendKeys("politie.mnl");
    browser.driver().findElement(By.id("audit:search")).click();
    browser.awaitAjax();
    List<String> others =
        rows().stream().map(WebElement::getText).filter(t -> !t.contains(pseudonym)).toList();
    assertEquals(List.of(), others, "rows not about " + pseudonym);
    assertTrue(
        rows().stream()
            .anyMatch(
                r ->
                    r.getText().contains("politie.mnl")
                        && r.getText().contains("READ")
                        && r.getText().contains("JUSTICE")
                        && r.getText().contains("art. 5.3")));
    browser.screenshot("audit-per-subject");

    browser.driver().findElement(By.id("audit:verify")).click();
    browser.awaitAjax();
    assertTrue(browser.driver().findElement(By.id("verification")).getText().contains("OK"));

    String page = browser.driver().getPageSource();
    for (String content : List.of("Maria Santos", "Aangifte", "SOA-poli", "Dreiging")) {
      assertFalse(page.contains(content), "case content on the auditor's screen: " + content);
    }
  }

  @Test
  void aBreakTheGlassIsListedForTheAuditor() throws Exception {
    try (Browser coordinator = new Browser()) {
      coordinator.openAs("/case.xhtml?id=8", "zorgcoord.gv");
      // Re-running against the same database: the opening of four hours may still hold.
      if (coordinator.driver().findElements(By.id("break-glass-banner")).isEmpty()) {
        coordinator
            .driver()
            .findElement(By.id("breakglass:reason"))
            .sendKeys("Crisis in de nacht: slachtoffer meldt zich bij de opvang.");
        coordinator.driver().findElement(By.id("breakglass:open")).click();
      }
      new PageWait(coordinator.driver(), Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("break-glass-banner")));
    }
    browser.openAs("/audit.xhtml", "auditor.gv");
    browser.choose("audit:exception", "Doorbraak (break-the-glass)");
    browser.driver().findElement(By.id("audit:search")).click();
    browser.awaitAjax();
    browser.screenshot("audit-break-glass");
    List<WebElement> rows = rows();
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    cell(r, 2).equals("zorgcoord.gv")
                        && cell(r, 5).equals("BREAK_GLASS")
                        && r.getText().contains("Crisis in de nacht")),
        "no break-the-glass by zorgcoord.gv among " + rows.size() + " rows");
    assertTrue(rows.stream().allMatch(r -> cell(r, 11).equals("ja")));
  }

  @Test
  void otherRolesDoNotGetTheLog() {
    browser.openAs("/audit.xhtml", "regisseur.gv");
    assertTrue(browser.driver().findElement(By.id("not-auditor")).isDisplayed());
    assertTrue(browser.driver().findElements(By.id("audit:events")).isEmpty());
  }

  private static String cell(WebElement row, int column) {
    return row.findElements(By.tagName("td")).get(column).getText();
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#audit\\:events tbody tr"));
  }
}
