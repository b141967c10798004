package nl.casustafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The partner page in a real Chromium, signed in: Dutch by default, lazy paging and filtering. */
class PartnerPageIT extends BrowserTest {

  private List<String> partnerNames() {
    return browser.driver().findElements(By.cssSelector(".ct-partner-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String pageReport() {
    return browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
  }

  @Test
  void listsThePartnersOfTheDemoTenantInDutch() throws Exception {
    browser.openAs("/", "regisseur.gv");
    assertEquals("Ketenpartners", browser.driver().findElement(By.id("title")).getText());
    assertTrue(
        browser
            .driver()
            .findElement(By.id("tenant"))
            .getText()
            .contains("Zorg- en Veiligheidshuis Gooi en Vechtstreek"));
    List<String> names = partnerNames();
    assertEquals(10, names.size());
    assertEquals("Actiecentrum mensenhandel Amsterdam", names.get(0));
    assertTrue(names.contains("Comensha"), names.toString());
    assertEquals("1-10 van 28", pageReport());
    browser.screenshot("partners-nl");
  }

  @Test
  void pagesLazilyAndFiltersOnName() {
    browser.openAs("/partners.xhtml", "regisseur.gv");
    browser.driver().findElement(By.cssSelector(".ui-paginator-next")).click();
    browser.awaitAjax();
    assertEquals("11-20 van 28", pageReport());
    assertTrue(partnerNames().contains("Inspectie SZW"), partnerNames().toString());

    WebElement filter = browser.driver().findElement(By.cssSelector("input.ui-column-filter"));
    filter.sendKeys("veilig");
    new PageWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBe(By.cssSelector(".ui-paginator-current"), "1-3 van 3"));
    browser.awaitAjax();
    assertEquals(
        List.of(
            "Ministerie van Justitie en Veiligheid",
            "Veilig Thuis Gooi en Vechtstreek",
            "Zorg- en Veiligheidshuis Gooi en Vechtstreek"),
        partnerNames());
  }

  @Test
  void speaksEnglishOnRequest() {
    browser.openAs("/partners.xhtml", "regisseur.gv");
    browser.driver().findElement(By.id("language:en")).click();
    new PageWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBe(By.id("title"), "Chain partners"));
    assertEquals("1-10 of 28", pageReport());
  }
}
