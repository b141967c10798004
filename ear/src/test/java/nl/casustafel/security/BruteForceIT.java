package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Guessing passwords locks the account for a while (issue #12), and the lockout reads exactly like
 * a wrong password: whoever guesses learns neither that the account exists nor that it is locked.
 * The right password is refused while it is locked and works again after an administrator's unlock.
 *
 * <p>On an account of its own, created and deleted through the admin API (a demo account that other
 * tests use must never be locked), and unlocked through the API instead of waiting for the realm's
 * wait time, which stays as production has it.
 */
class BruteForceIT extends BrowserTest {

  private static final String REALM = KeycloakAdmin.REALM;

  /** Words that would tell a guesser the account is locked (nl and en). */
  private static final List<String> TELLS =
      List.of("tijdelijk", "geblokkeerd", "vergrendeld", "temporarily", "disabled", "locked");

  private final String username = "bruteforce-" + UUID.randomUUID().toString().substring(0, 8);
  private final String password = "Juist-" + UUID.randomUUID();
  private String userId;

  @BeforeEach
  void createAccount() {
    KeycloakAdmin keycloak = new KeycloakAdmin();
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("email", username + "@casustafel.invalid")
            .add("emailVerified", true)
            .add("firstName", "Brute")
            .add("lastName", "Force")
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build();
    assertEquals(201, keycloak.post(REALM + "/users", user));
    userId =
        keycloak
            .getArray(REALM + "/users?exact=true&username=" + username)
            .getJsonObject(0)
            .getString("id");
  }

  @AfterEach
  void deleteAccount() {
    if (userId != null) {
      KeycloakAdmin keycloak = new KeycloakAdmin(); // A fresh admin token: the old may be expired.
      keycloak.delete(REALM + "/attack-detection/brute-force/users/" + userId);
      keycloak.delete(REALM + "/users/" + userId);
    }
  }

  @Test
  void aLockedAccountReadsLikeAWrongPasswordAndRefusesTheRightOneUntilUnlocked() {
    int failureFactor = new KeycloakAdmin().getObject(REALM).getInt("failureFactor");
    browser.open("/cases.xhtml");
    await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .sendKeys(username);
    driver().findElement(By.id("kc-login")).click();

    String wrongPassword = attempt("fout-wachtwoord-0");
    assertFalse(wrongPassword.isBlank(), "a wrong password is answered with a message");
    for (int i = 1; i <= failureFactor; i++) {
      assertEquals(wrongPassword, attempt("fout-wachtwoord-" + i), "wrong password " + i);
    }
    awaitLocked();

    assertEquals(wrongPassword, attempt(password), "the right password while locked");
    assertTrue(
        driver().getCurrentUrl().startsWith(KeycloakAdmin.ISSUER),
        "refused, still at Keycloak: " + driver().getCurrentUrl());
    String page = driver().findElement(By.tagName("body")).getText().toLowerCase(Locale.ROOT);
    for (String tell : TELLS) {
      assertFalse(page.contains(tell), "the page tells '" + tell + "': " + page);
    }

    assertEquals(204, new KeycloakAdmin().delete(attackDetection()), "an administrator unlocks");
    enterPassword(password);
    await().until(d -> d.getCurrentUrl().startsWith(Stack.baseUrl().toString()));
  }

  /** Sends a password on Keycloak's password page; the message the page answers with. */
  private String attempt(String secret) {
    WebElement field = enterPassword(secret);
    await().until(PageWait.gone(field));
    await().until(d -> !d.findElements(By.id("kc-login")).isEmpty());
    return message();
  }

  /** Types the password; a field replaced by a navigation meanwhile is found and typed anew. */
  private WebElement enterPassword(String secret) {
    WebElement field =
        await()
            .ignoring(org.openqa.selenium.WebDriverException.class)
            .until(
                d -> {
                  WebElement password = d.findElement(By.id("password"));
                  password.clear();
                  password.sendKeys(secret);
                  return secret.equals(password.getAttribute("value")) ? password : null;
                });
    driver().findElement(By.id("kc-login")).click();
    return field;
  }

  /** Every error text on Keycloak's page, wherever its theme puts it (a field or the alert). */
  private String message() {
    return driver()
        .findElements(
            By.cssSelector(
                "#input-error-password, #input-error-username, #input-error, .kc-feedback-text"))
        .stream()
        .map(WebElement::getText)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining(" | "));
  }

  private String attackDetection() {
    return REALM + "/attack-detection/brute-force/users/" + userId;
  }

  /** Keycloak records failures as they come; wait until it holds the account locked. */
  private void awaitLocked() {
    Instant end = Instant.now().plusSeconds(10);
    KeycloakAdmin keycloak = new KeycloakAdmin();
    while (!keycloak.getObject(attackDetection()).getBoolean("disabled", false)) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError(
            "not locked after the wrong passwords: " + keycloak.getObject(attackDetection()));
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
