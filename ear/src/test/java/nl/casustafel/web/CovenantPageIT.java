package nl.casustafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.casustafel.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The covenant page: every member of a tenant reads its covenant matrix, and only its own. */
class CovenantPageIT extends BrowserTest {

  private WebElement row(String partner) {
    return browser.driver().findElements(By.cssSelector("#matrix tbody tr")).stream()
        .filter(r -> r.findElement(By.cssSelector(".ct-matrix-partner")).getText().equals(partner))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + partner));
  }

  private static String cell(WebElement row, String category) {
    return row.findElement(By.cssSelector(".ct-cell-" + category)).getText();
  }

  @Test
  void aPartnerReadsTheMatrixOfItsTenant() throws Exception {
    browser.openAs("/covenant.xhtml", "veiligthuis.gv");
    assertEquals("Convenant", browser.driver().findElement(By.id("title")).getText());
    assertTrue(
        browser
            .driver()
            .findElement(By.id("covenant-name"))
            .getText()
            .contains("Gooi en Vechtstreek"));
    WebElement veiligThuis = row("Veilig Thuis Gooi en Vechtstreek");
    assertEquals("—", cell(veiligThuis, "JUSTICE"));
    assertEquals("O V · art. 5.3", cell(veiligThuis, "HEALTH"));
    assertEquals("O V · art. 5.3", cell(row("Politie Midden-Nederland"), "JUSTICE"));
    assertEquals("O V · art. 7", cell(row("Kwintes"), "CONTACT"));
    assertEquals(6, browser.driver().findElements(By.cssSelector("#matrix tbody tr")).size());
    browser.screenshot("covenant-zvh-gv");
  }

  @Test
  void anotherTenantHasItsOwnCovenant() {
    browser.openAs("/covenant.xhtml", "manager.flevo");
    assertTrue(
        browser.driver().findElement(By.id("covenant-name")).getText().contains("Flevoland"));
    List<String> partners =
        browser.driver().findElements(By.cssSelector(".ct-matrix-partner")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of("Politie Midden-Nederland", "Zorg- en Veiligheidshuis Flevoland"), partners);
  }
}
