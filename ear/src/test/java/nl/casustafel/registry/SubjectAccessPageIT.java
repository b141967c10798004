package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.casustafel.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's Inzage page: a case reference finds the person, shown by internal number and case
 * references only (never the name), with the download of the report; a query that is neither a
 * reference nor a BSN gets its message; a case director is told the page is not theirs. Every page
 * is checked with axe-core (BrowserTest).
 */
class SubjectAccessPageIT extends BrowserTest {

  @Test
  void theManagerFindsThePersonByCaseReferenceWithoutSeeingTheName() {
    browser.openAs("/subject-access.xhtml", "manager.gv");
    driver().findElement(By.id("find:query")).sendKeys("mh-2026-001");
    driver().findElement(By.id("find:search")).click();
    await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ct-download-1")));
    String found = driver().findElement(By.id("found")).getText();
    assertTrue(found.contains("MH-2026-001"), found);
    assertFalse(driver().getPageSource().contains("Daria Petrova"), "no name on the page");
    browser.assertAccessible();

    driver().findElement(By.id("find:query")).clear();
    driver().findElement(By.id("find:query")).sendKeys("Petrova");
    driver().findElement(By.id("find:search")).click();
    await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "casusnummer (bijv. MH-2026-001) of een BSN"));
    assertTrue(driver().findElements(By.cssSelector(".ct-download-1")).isEmpty());
  }

  @Test
  void aCaseDirectorIsToldThePageIsTheManagers() {
    browser.openAs("/subject-access.xhtml", "regisseur.gv");
    assertTrue(driver().findElement(By.id("not-allowed")).getText().contains("manager"));
    assertTrue(driver().findElements(By.id("find:query")).isEmpty());
  }
}
