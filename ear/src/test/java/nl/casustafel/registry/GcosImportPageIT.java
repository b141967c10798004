package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import nl.casustafel.it.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's GCOS import screen in Chromium: a broken file shows its rejected lines and offers
 * no import; the sample file shows its counts, and importing it stores it whole.
 */
class GcosImportPageIT extends BrowserTest {

  @Test
  void theManagerChecksAFileSeesEveryLineAndImportsItWhole() throws Exception {
    browser.openAs("/import.xhtml", "manager.gv");
    upload("../docs/gcos-voorbeeld-fouten.csv");
    String report = driver().findElement(By.id("report")).getText();
    assertTrue(report.contains("Regel 3: afgekeurd."), report);
    assertTrue(driver().findElements(By.id("commit:import")).isEmpty(), "a broken file offered");

    upload("../docs/gcos-voorbeeld.csv");
    await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("totals"), "nieuwe cliënten 9"));
    browser.screenshot("gcos-dry-run");
    driver().findElement(By.id("commit:import")).click();
    await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Geïmporteerd"));
    assertFalse(driver().getPageSource().contains("Zoë"), "the report shows no names");
  }

  @Test
  void aDirectorMayNotImport() {
    browser.openAs("/import.xhtml", "regisseur.gv");
    assertTrue(driver().findElement(By.id("not-allowed")).isDisplayed());
  }

  private void upload(String file) {
    driver()
        .findElement(By.id("upload:file"))
        .sendKeys(Path.of(file).toAbsolutePath().normalize().toString());
    driver().findElement(By.id("upload:check")).click();
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("totals")));
  }

  @AfterEach
  void removeTheImport() throws SQLException {
    ImportedCases.remove();
  }
}
