package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.Duration;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * No surprise logouts: with access tokens that live 60 s, ajax keeps working after they expire, and
 * when the sign-in itself must be renewed an ajax action passes through a silent re-login with what
 * the user typed intact.
 */
class SessionRenewalIT extends BrowserTest {

  private static final String REALM = KeycloakAdmin.REALM;
  private static KeycloakAdmin keycloak;
  private static int originalLifespan;

  @BeforeAll
  static void shortAccessTokens() {
    keycloak = new KeycloakAdmin();
    originalLifespan = keycloak.getObject(REALM).getInt("accessTokenLifespan");
    keycloak.put(REALM, Json.createObjectBuilder().add("accessTokenLifespan", 60).build());
  }

  @AfterAll
  static void restoreLifespan() {
    keycloak.put(
        REALM, Json.createObjectBuilder().add("accessTokenLifespan", originalLifespan).build());
  }

  @BeforeEach
  void signIn() {
    browser.openAs("/partners.xhtml", "regisseur.gv");
  }

  private String pageReport() {
    return browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
  }

  @Test
  void ajaxStillWorksAfterTheAccessTokenExpired() throws Exception {
    Thread.sleep(Duration.ofSeconds(65).toMillis()); // Let the 60 s access token expire.
    browser.driver().findElement(By.cssSelector(".ui-paginator-next")).click();
    browser.awaitAjax();
    assertEquals("11-20 van 28", pageReport());
  }

  @Test
  void aNeededReLoginKeepsWhatTheUserTyped() {
    // The end of Liberty's sign-in, as after casustafel.session.max; Keycloak's session lives on.
    browser.driver().manage().deleteCookieNamed("CASUSTAFEL_SSO");
    browser.driver().findElement(By.cssSelector("input.ui-column-filter")).sendKeys("veilig");
    WebDriverWait wait = new PageWait(browser.driver(), Duration.ofSeconds(30));
    wait.until(ExpectedConditions.textToBe(By.cssSelector(".ui-paginator-current"), "1-3 van 3"));
    assertEquals(
        "veilig",
        browser
            .driver()
            .findElement(By.cssSelector("input.ui-column-filter"))
            .getAttribute("value"));
  }
}
