package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in through Keycloak in a real Chromium, as each demo account, and signing out. */
class SignInIT extends BrowserTest {

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manager.gv         | Marieke de Vries | Zorg- en Veiligheidshuis Gooi en Vechtstreek | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "regisseur.gv       | Ruben Bakker     | Zorg- en Veiligheidshuis Gooi en Vechtstreek | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "zorgcoord.gv       | Zeynep Yilmaz    | Zorg- en Veiligheidshuis Gooi en Vechtstreek | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "veiligthuis.gv     | Vera Hendriks    | Veilig Thuis Gooi en Vechtstreek             | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "scharlakenkoord    | Sanne Koster     | Scharlaken Koord                             | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "kwintes.gv         | Kees Willems     | Kwintes                                      | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "gemeente.hilversum | Gert Visser      | Gemeente Hilversum                           | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "auditor.gv         | Anouk Smit       | Zorg- en Veiligheidshuis Gooi en Vechtstreek | Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        "manager.flevo      | Fleur Mulder     | Zorg- en Veiligheidshuis Flevoland           | Zorg- en Veiligheidshuis Flevoland",
      })
  void eachSingleTenantAccountSeesItsPartnerAndTenant(
      String username, String name, String partner, String tenant) {
    browser.openAs("/", username);
    assertEquals(name, text("user-name"));
    assertEquals(partner, text("user-partner"));
    assertEquals(tenant, text("user:tenant-name"));
    assertTrue(text("tenant").contains(tenant));
  }

  @Test
  void thePlatformAdministratorWorksInNoTenant() {
    browser.openAs("/", "beheer");
    assertEquals("Bram Beheer", text("user-name"));
    assertEquals("", text("user-partner"));
    assertFalse(browser.driver().findElements(By.id("no-tenant")).isEmpty());
    assertTrue(browser.driver().findElements(By.id("partners:table")).isEmpty());
  }

  @Test
  void thePoliceChoosesATenantSeesItInTheHeaderAndSignsOutForGood() throws Exception {
    browser.openAs("/", "politie.mnl");
    assertTrue(browser.driver().getCurrentUrl().endsWith("/choose-tenant.xhtml"));
    assertEquals("Politie Midden-Nederland", text("user-partner"));
    browser.driver().findElement(By.cssSelector("[data-tenant='zvh-flevoland']")).click();
    WebDriverWait wait = new PageWait(browser.driver(), Duration.ofSeconds(15));
    wait.until(ExpectedConditions.textToBe(By.id("title"), "Ketenpartners"));
    assertEquals("Zorg- en Veiligheidshuis Flevoland", text("user:tenant-switch_label"));
    assertTrue(text("tenant").contains("Zorg- en Veiligheidshuis Flevoland"));
    browser.screenshot("header-politie-flevoland");

    browser.driver().findElement(By.id("user:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(browser.driver().getCurrentUrl().startsWith(KeycloakAdmin.ISSUER));
    browser.driver().navigate().back();
    // The page is not shown from the cache, and the Keycloak session is gone: login again.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty());
  }
}
