package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a user typed does not outlive their session on a browser tab: session-guard.js keeps it only
 * across the one silent re-login it exists for, for the same user and the same URL, and neither the
 * next user who signs in on the tab nor sessionStorage gets any of it — whether the first user
 * signed out (Afmelden) or their Keycloak session simply ended.
 */
class TypedTextIT extends BrowserTest {

  private static final String NAME = "Alina Ionescu";
  private static final String FORM_TEXT = "Vertrouwelijk: verblijft tijdelijk bij haar zus";
  private static final String STORAGE_PREFIX = "casustafel.typed";

  @Test
  void theNextUserOnTheTabGetsNoneOfTheTypingTheGuardKept() {
    browser.openAs("/cases.xhtml", "regisseur.gv");
    endKeycloakSessionOf("regisseur.gv"); // As after the SSO idle time: no silent re-login.
    driver().manage().deleteCookieNamed("CASUSTAFEL_SSO"); // The end of Liberty's sign-in.
    driver().findElement(By.id("cases:search")).sendKeys(NAME);
    driver().findElement(By.id("cases:find")).click();

    // The guard kept the typing and reloaded; the reload ends at Keycloak's login page.
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).clear();
    browser.signIn("veiligthuis.gv", "demo");
    awaitPageOf("Vera Hendriks");

    assertTrue(
        driver().getCurrentUrl().endsWith("/cases.xhtml"),
        "the very page where the typing was kept: " + driver().getCurrentUrl());
    assertEquals("", driver().findElement(By.id("cases:search")).getDomProperty("value"));
    assertNoFieldHolds(NAME);
    assertStorageHoldsNothingOfOurs();
  }

  @Test
  void signingOutLeavesNoTypingForTheNextUser() {
    browser.openAs("/case.xhtml?id=3", "regisseur.gv");
    driver().findElement(By.id("add:text")).sendKeys(FORM_TEXT);
    browser.open("/cases.xhtml");
    assertTrue(
        driver()
            .findElement(By.cssSelector("meta[name='casustafel-typed-owner']"))
            .getDomAttribute("content")
            .matches("[0-9a-f]{64}"),
        "the page names its user by an opaque key only");

    // The one re-login the guard exists for: same user, same URL, the typing comes back once.
    driver().manage().deleteCookieNamed("CASUSTAFEL_SSO");
    WebElement search = driver().findElement(By.id("cases:search"));
    search.sendKeys(NAME);
    driver().findElement(By.id("cases:find")).click();
    await().until(PageWait.gone(search));
    await().until(d -> NAME.equals(d.findElement(By.id("cases:search")).getDomProperty("value")));
    assertFalse(storage().toString().contains(NAME), "given back once, then deleted");

    driver().findElement(By.id("user:logout")).click();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.open("/api/v1/health/db"); // Our origin without a sign-in: its sessionStorage.
    assertStorageHoldsNothingOfOurs();

    browser.open("/cases.xhtml");
    await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).clear();
    browser.signIn("veiligthuis.gv", "demo");
    awaitPageOf("Vera Hendriks");
    assertEquals("", driver().findElement(By.id("cases:search")).getDomProperty("value"));
    assertNoFieldHolds(NAME);
    browser.open("/case.xhtml?id=3");
    awaitPageOf("Vera Hendriks");
    assertNoFieldHolds(FORM_TEXT);
    assertStorageHoldsNothingOfOurs();
  }

  /** Ends the user's Keycloak sessions through the admin API (the browser keeps its cookies). */
  private static void endKeycloakSessionOf(String username) {
    KeycloakAdmin keycloak = new KeycloakAdmin();
    String id =
        keycloak
            .getArray(KeycloakAdmin.REALM + "/users?exact=true&username=" + username)
            .getJsonObject(0)
            .getString("id");
    assertEquals(
        204,
        keycloak.post(
            KeycloakAdmin.REALM + "/users/" + id + "/logout", JsonValue.EMPTY_JSON_OBJECT));
  }

  /** Waits for a page of ours, signed in as the user, fully loaded (session-guard.js has run). */
  private void awaitPageOf(String name) {
    try {
      await().until(ExpectedConditions.textToBe(By.id("user-name"), name));
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        browser.screenshot("typed-text-not-signed-in");
      } catch (java.io.IOException ignored) {
        // the assertion below says enough
      }
      throw new AssertionError(
          "not signed in as "
              + name
              + " at "
              + driver().getCurrentUrl()
              + ": "
              + driver().findElement(By.tagName("body")).getText(),
          e);
    }
    await()
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private void assertNoFieldHolds(String text) {
    List<String> values =
        driver().findElements(By.cssSelector("input, textarea")).stream()
            .map(field -> field.getDomProperty("value"))
            .filter(Objects::nonNull)
            .toList();
    assertFalse(values.stream().anyMatch(v -> v.contains(text)), "a field holds: " + text);
  }

  private void assertStorageHoldsNothingOfOurs() {
    Map<String, Object> storage = storage();
    assertFalse(storage.toString().contains(NAME), storage::toString);
    assertFalse(storage.toString().contains(FORM_TEXT), storage::toString);
    assertTrue(
        storage.keySet().stream().noneMatch(key -> key.startsWith(STORAGE_PREFIX)),
        storage::toString);
  }

  /** Every entry of the tab's sessionStorage for the current origin. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> storage() {
    return (Map<String, Object>)
        ((JavascriptExecutor) driver())
            .executeScript(
                "var all = {};"
                    + "for (var i = 0; i < sessionStorage.length; i++) {"
                    + "  var key = sessionStorage.key(i); all[key] = sessionStorage.getItem(key);"
                    + "}"
                    + "return all;");
  }
}
