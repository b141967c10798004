package nl.casustafel.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import nl.casustafel.it.Api;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.CookieHttp;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.PageWait;
import nl.casustafel.it.Stack;
import nl.casustafel.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keycloak stops answering (issue #12), frozen with SIGSTOP so that it looks like a hung server
 * (connections accepted, no answer) and resumes with SIGCONT without any restart:
 *
 * <ul>
 *   <li>a user who is signed in keeps working (Liberty's own sign-in cookie needs no Keycloak), and
 *       so does an API token Liberty has the realm's key for;
 *   <li>a new sign-in gets the application's Dutch page that says what is wrong, with HTTP 503,
 *       instead of a browser stuck on Keycloak's host;
 *   <li>once Keycloak answers again, the same browser signs in, without restarting Liberty.
 * </ul>
 */
class KeycloakDownIT extends BrowserTest {

  static final String UNAVAILABLE =
      "Inloggen lukt nu niet: de inlogdienst (Keycloak) is niet bereikbaar. Wie al is ingelogd kan"
          + " doorwerken; probeer het over enkele minuten opnieuw.";
  private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  @Test
  void signedInUsersWorkOnANewSignInSeesWhyAndSignsInOnceKeycloakIsBack() throws Exception {
    // A page that waited for the frozen Keycloak would otherwise hang the test for five minutes.
    browser.driver().manage().timeouts().pageLoadTimeout(PAGE_LOAD);
    browser.openAs("/cases.xhtml", "regisseur.gv");
    awaitCases(browser);
    String token = apiToken("regisseur.gv");
    assertEquals(200, Api.get("/api/v1/me", token).statusCode(), "Liberty now holds the key");

    try (Browser newcomer = new Browser()) {
      newcomer.driver().manage().timeouts().pageLoadTimeout(PAGE_LOAD);
      URI gateway;
      try (FrozenKeycloak frozen = FrozenKeycloak.freeze()) {
        assertKeycloakDoesNotAnswer(frozen);

        browser.open("/cases.xhtml");
        awaitCases(browser);
        assertEquals(200, Api.get("/api/v1/me", token).statusCode(), "API token, cached key");

        gateway = theWayToKeycloak();
        assertTheUnavailablePage(CookieHttp.get(pathAndQuery(gateway), null));
        newcomer.open("/cases.xhtml"); // axe-core checks the page too
        assertTrue(
            newcomer.driver().getCurrentUrl().startsWith(Stack.baseUrl().toString()),
            "a page of ours, not Keycloak's host: " + newcomer.driver().getCurrentUrl());
        assertEquals(UNAVAILABLE, text(newcomer, "sign-in-unavailable-text"));
        newcomer.screenshot("sign-in-keycloak-down");
      }

      awaitKeycloakAnswers();
      awaitTheGatewayPassesOn(gateway);
      newcomer.open("/cases.xhtml");
      newcomer.signIn("regisseur.gv", "demo");
      awaitCases(newcomer);
    }
    browser.open("/cases.xhtml");
    awaitCases(browser); // The first user never noticed.
  }

  /** A bearer token from a short-lived client, which is removed again at once (the token stays). */
  private static String apiToken(String account) {
    try (Tokens tokens = new Tokens()) {
      return tokens.of(account);
    }
  }

  private static void awaitCases(Browser in) {
    new PageWait(in.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct-case-ref")));
  }

  private static String text(Browser in, String id) {
    return in.driver().findElement(By.id(id)).getText();
  }

  private static void assertKeycloakDoesNotAnswer(FrozenKeycloak frozen) throws Exception {
    assertTrue(frozen.isStopped(), "pid " + frozen.pid());
    HttpRequest discovery = discovery();
    assertThrows(
        HttpTimeoutException.class,
        () -> HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()),
        "the frozen Keycloak still answered");
  }

  /** Liberty sends a browser that is not signed in to the application's gateway first. */
  private static URI theWayToKeycloak() {
    HttpResponse<String> page = CookieHttp.get("/cases.xhtml", null);
    assertEquals(302, page.statusCode());
    URI gateway = URI.create(page.headers().firstValue("Location").orElseThrow());
    assertTrue(
        gateway.toString().startsWith(Stack.url("/sign-in/keycloak?").toString()),
        gateway.toString());
    return gateway;
  }

  private static void assertTheUnavailablePage(HttpResponse<String> page) {
    assertEquals(503, page.statusCode(), page.body());
    assertEquals("60", page.headers().firstValue("Retry-After").orElse(""));
    assertTrue(page.body().contains(UNAVAILABLE), page.body());
    assertFalse(page.body().contains("CWWK"), "Liberty's own message leaked: " + page.body());
    assertFalse(page.body().contains("Exception"), page.body());
  }

  private static void awaitKeycloakAnswers() throws Exception {
    Instant end = Instant.now().plusSeconds(60);
    while (true) {
      try {
        if (HTTP.send(discovery(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Still catching up after SIGCONT.
      }
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Keycloak does not answer 60 s after SIGCONT");
      }
      Thread.sleep(500);
    }
  }

  /** Within the gateway's 10 s memory of "down" (plus a probe), it sends browsers on again. */
  private static void awaitTheGatewayPassesOn(URI gateway) throws InterruptedException {
    Instant end = Instant.now().plusSeconds(30);
    HttpResponse<String> answer;
    do {
      answer = CookieHttp.get(pathAndQuery(gateway), null);
      if (answer.statusCode() == 302
          && answer.headers().firstValue("Location").orElse("").startsWith(KeycloakAdmin.ISSUER)) {
        return;
      }
      Thread.sleep(1000);
    } while (Instant.now().isBefore(end));
    throw new AssertionError(
        "the gateway still refuses 30 s after Keycloak came back: HTTP " + answer.statusCode());
  }

  private static HttpRequest discovery() {
    return HttpRequest.newBuilder(
            URI.create(KeycloakAdmin.ISSUER + "/.well-known/openid-configuration"))
        .timeout(Duration.ofSeconds(2))
        .build();
  }

  private static String pathAndQuery(URI uri) {
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }
}
