package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.CookieHttp;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Session fixation and sign-out: a session id known before the sign-in (planted by an attacker) is
 * not the id after it, an attacker's own session planted in a victim's browser passes nothing
 * between them, and the cookies of a session that signed out are refused when replayed.
 */
class SessionFixationIT extends BrowserTest {

  /** A case reference link of the case list: the page was opened with the user's rights. */
  private static final String CASE_LINK = "ct-case-ref";

  private static String cookie(WebDriver driver, String name) {
    Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /**
   * Puts a session cookie into the browser while it shows Keycloak's login page (the same host:
   * cookies do not tell ports apart), as an attacker who can set cookies for the site would.
   */
  private static void plant(WebDriver driver, String sessionId) {
    driver.manage().deleteCookieNamed(CookieHttp.SESSION);
    driver.manage().addCookie(new Cookie.Builder(CookieHttp.SESSION, sessionId).path("/").build());
    assertEquals(sessionId, cookie(driver, CookieHttp.SESSION));
  }

  /** A session id that Liberty handed out to someone who has not signed in. */
  private static String anonymousSessionId() {
    HttpResponse<String> response = CookieHttp.get("/partners.xhtml", null);
    assertEquals(302, response.statusCode());
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(CookieHttp.SESSION + "="))
        .map(c -> c.substring(CookieHttp.SESSION.length() + 1).split(";", 2)[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("Liberty gave no session before sign-in"));
  }

  @Test
  void aSessionIdFromBeforeTheSignInIsNotTheIdAfterIt() {
    browser.open("/cases.xhtml"); // Now at Keycloak's login page.
    String own = cookie(browser.driver(), CookieHttp.SESSION);
    String planted = anonymousSessionId();
    plant(browser.driver(), planted);

    browser.signIn("regisseur.gv", "demo");
    assertTrue(browser.driver().getCurrentUrl().endsWith("/cases.xhtml"));
    String after = cookie(browser.driver(), CookieHttp.SESSION);
    assertTrue(after != null && !after.isEmpty(), "no session after sign-in");
    assertNotEquals(planted, after, "the planted session id survived the sign-in");
    assertNotEquals(own, after, "the session id from before the sign-in survived it");

    // The planted id gives the attacker nothing: without the victim's sign-in it is sent to
    // Keycloak.
    HttpResponse<String> attacker =
        CookieHttp.get("/cases.xhtml", CookieHttp.SESSION + "=" + planted);
    assertEquals(302, attacker.statusCode());
    assertFalse(attacker.body().contains(CASE_LINK));
  }

  @Test
  void anAttackersSessionPlantedInAVictimsBrowserPassesNothingBetweenThem() throws Exception {
    try (Browser attacker = new Browser()) {
      attacker.openAs("/partners.xhtml", "scharlakenkoord");
      String theirs = cookie(attacker.driver(), CookieHttp.SESSION);

      browser.open("/partners.xhtml");
      plant(browser.driver(), theirs);
      browser.signIn("regisseur.gv", "demo");
      assertEquals("Ruben Bakker", browser.driver().findElement(By.id("user-name")).getText());
      assertNotEquals(theirs, cookie(browser.driver(), CookieHttp.SESSION));

      attacker.driver().navigate().refresh();
      attacker.assertAccessibleIfOurs();
      // The attacker is still (only) themselves, wherever their session went.
      assertEquals("Sanne Koster", attacker.driver().findElement(By.id("user-name")).getText());
    }
  }

  @Test
  void theCookiesOfASessionThatSignedOutAreRefusedWhenReplayed() {
    browser.openAs("/cases.xhtml", "regisseur.gv");
    String session = CookieHttp.cookies(browser.driver(), CookieHttp.SESSION);
    String signIn = CookieHttp.cookies(browser.driver(), CookieHttp.SIGN_IN);
    String both = session + "; " + signIn;
    // Before signing out they open the page: the replay below is refused for the sign-out only.
    HttpResponse<String> before = CookieHttp.get("/cases.xhtml", both);
    assertEquals(200, before.statusCode());
    assertTrue(before.body().contains(CASE_LINK), "the cookies did not open the page");

    browser.driver().findElement(By.id("user:logout")).click();
    new PageWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    for (String replayed : new String[] {both, signIn, session}) {
      HttpResponse<String> response = CookieHttp.get("/cases.xhtml", replayed);
      assertEquals(302, response.statusCode(), "replayed after sign-out: " + replayed);
      String location = response.headers().firstValue("Location").orElse("");
      assertTrue(
          location.startsWith(KeycloakAdmin.ISSUER) || location.startsWith(Stack.baseUrl() + "/"),
          location);
      assertFalse(response.body().contains(CASE_LINK), "case data after sign-out");
    }
  }
}
