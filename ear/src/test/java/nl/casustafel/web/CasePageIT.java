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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case screens in a real Chromium: "Mijn casussen" shows exactly the cases a partner takes part
 * in, a case file hides what the covenant does not grant with the reason, a revocation takes effect
 * on the next reload, and an ad-hoc partner sees nothing before its confidentiality statement.
 */
class CasePageIT extends BrowserTest {

  private static final String VEILIG_THUIS = "Veilig Thuis Gooi en Vechtstreek";

  private static List<String> references(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".ct-case-ref")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String section(Browser browser, String category) {
    return browser.driver().findElement(By.id("section-" + category)).getText();
  }

  @Test
  void aPartnerListsOnlyTheCasesItTakesPartIn() throws Exception {
    browser.openAs("/cases.xhtml", "scharlakenkoord");
    assertEquals(List.of("MH-2026-001"), references(browser));
    assertEquals(
        "Daria Petrova", browser.driver().findElement(By.cssSelector(".ct-client")).getText());
    browser.driver().findElement(By.id("cases:search")).sendKeys("Popescu");
    browser.driver().findElement(By.id("cases:find")).click();
    browser.awaitAjax();
    assertEquals(List.of(), references(browser), "found a case by a name it may not see");
  }

  @Test
  void theDirectorListsEveryCaseOfTheTenant() throws Exception {
    browser.openAs("/cases.xhtml", "regisseur.gv");
    // This year's: the 36 cases of the 2019 evaluation demo (MH-2019-…) fill the first page.
    browser.driver().findElement(By.id("cases:search")).sendKeys("MH-2026");
    browser.driver().findElement(By.id("cases:find")).click();
    browser.awaitAjax();
    assertEquals(
        List.of("MH-2026-001", "MH-2026-002", "MH-2026-003", "MH-2026-004", "MH-2026-005"),
        references(browser));
    browser.screenshot("cases-director");
  }

  @Test
  void veiligThuisSeesJusticeHiddenAndNoAccessOnceTheDirectorRevokesIt() throws Exception {
    browser.openAs("/case.xhtml?id=4", "veiligthuis.gv");
    assertTrue(
        section(browser, "JUSTICE")
            .contains("Verborgen — valt buiten convenant art. 5.3 voor " + VEILIG_THUIS),
        section(browser, "JUSTICE"));
    assertFalse(section(browser, "JUSTICE").contains("Aangifte"), "criminal-law data leaked");
    assertTrue(section(browser, "HEALTH").contains("SOA-poli"));
    browser.screenshot("case-file-veilig-thuis");

    try (Browser director = new Browser()) {
      director.openAs("/case.xhtml?id=4", "regisseur.gv");
      director
          .driver()
          .findElement(By.cssSelector(".ct-revoke-veilig-thuis-gooi-en-vechtstreek"))
          .click();
      await(director, "participations", "Ingetrokken op");

      browser.driver().navigate().refresh();
      assertTrue(browser.driver().findElement(By.id("no-access")).isDisplayed());
      assertTrue(browser.driver().getPageSource().contains("Geen toegang"));
      assertFalse(browser.driver().getPageSource().contains("Maria Santos"));

      // Invite Veilig Thuis again, as the demo data has it (and the access matrix expects).
      ((JavascriptExecutor) director.driver())
          .executeScript(
              "document.getElementById('participations:invitee_input').value = arguments[0];",
              "veilig-thuis-gooi-en-vechtstreek");
      director.driver().findElement(By.id("participations:invite")).click();
      new PageWait(director.driver(), Duration.ofSeconds(15))
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector(".ct-revoke-veilig-thuis-gooi-en-vechtstreek")));
    }
    browser.driver().navigate().refresh();
    assertTrue(section(browser, "HEALTH").contains("SOA-poli"));
  }

  @Test
  void anAdHocPartnerSeesNothingBeforeItsStatementAndItsGrantsAfter() throws Exception {
    browser.openAs("/case.xhtml?id=5", "kwintes.gv");
    assertEquals(
        "Verborgen — eerst de geheimhoudingsverklaring tekenen (convenant art. 7)",
        browser.driver().findElement(By.id("client")).getText());
    assertFalse(browser.driver().getPageSource().contains("Bereikbaar via"));
    browser.screenshot("case-file-statement");
    browser.driver().findElement(By.id("statement:accept")).click();
    await(browser, "case", "Bereikbaar via");
    assertTrue(section(browser, "CONTACT").contains("Bereikbaar via"));
    assertEquals(
        "Verborgen — valt buiten convenant art. 7 voor Kwintes",
        browser.driver().findElement(By.id("client")).getText());
    assertTrue(section(browser, "HEALTH").startsWith("Gezondheid\nVerborgen"));
  }

  @Test
  void aDirectorBreaksTheGlassOnACaseTheZvhIsNotOn() throws Exception {
    browser.openAs("/case.xhtml?id=8", "regisseur.gv");
    assertTrue(browser.driver().findElement(By.id("no-access")).isDisplayed());
    assertFalse(browser.driver().getPageSource().contains("Alina Ionescu"));
    browser.driver().findElement(By.id("breakglass:reason")).sendKeys("kort");
    browser.driver().findElement(By.id("breakglass:open")).click();
    await(browser, "no-access", "minstens 10 tekens");
    browser.driver().findElement(By.id("breakglass:reason")).clear();
    browser
        .driver()
        .findElement(By.id("breakglass:reason"))
        .sendKeys("Acute dreiging, politie niet bereikbaar; opvang regelen.");
    browser.driver().findElement(By.id("breakglass:open")).click();
    await(browser, "case", "Alina Ionescu");
    assertTrue(
        browser
            .driver()
            .findElement(By.id("break-glass-banner"))
            .getText()
            .contains("Acute dreiging"));
    browser.screenshot("case-break-glass");
  }

  private static void await(Browser browser, String id, String text) {
    new PageWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }
}
