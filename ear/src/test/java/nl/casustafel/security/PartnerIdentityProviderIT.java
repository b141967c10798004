package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partner may bring its own identity provider: the police's (a second realm here) is linked to
 * the Politie organization, and an {@code @politie.example} address goes there to sign in.
 */
class PartnerIdentityProviderIT extends BrowserTest {

  @Test
  void aPoliceAddressSignsInAtThePolicesOwnProvider() throws Exception {
    browser.open("/");
    WebDriverWait wait = new PageWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .sendKeys("p.devries@politie.example");
    browser.driver().findElement(By.id("kc-login")).click();

    // Identity-first: no password here, the browser is sent to the police's provider.
    wait.until(ExpectedConditions.urlContains("/realms/politie-idp/"));
    assertTrue(
        browser.driver().getCurrentUrl().startsWith(KeycloakAdmin.BASE + "/realms/politie-idp/"));
    var username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    username.clear();
    username.sendKeys("p.devries");
    browser.driver().findElement(By.id("password")).sendKeys("demo");
    browser.driver().findElement(By.id("kc-login")).click();

    wait.until(d -> d.getCurrentUrl().startsWith(Stack.baseUrl().toString()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    assertEquals("Pim de Vries", browser.driver().findElement(By.id("user-name")).getText());
    assertEquals(
        "Politie Midden-Nederland", browser.driver().findElement(By.id("user-partner")).getText());
    assertEquals(
        "Zorg- en Veiligheidshuis Gooi en Vechtstreek",
        browser.driver().findElement(By.id("user:tenant-name")).getText());
    browser.screenshot("politie-own-idp");
  }
}
