package nl.casustafel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.Test;

/** The deployed EAR over plain HTTP: health of the database and production hardening. */
class HealthApiIT {

  // HTTP/1.1: the JDK client's h2c upgrade attempt is not what a browser sends.
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(Stack.url(path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void reportsTheDatabaseUp() throws Exception {
    HttpResponse<String> response = get("/api/v1/health/db");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"up\":true"), response.body());
    assertTrue(response.body().contains("\"schemaVersion\":\"1\""), response.body());
  }

  @Test
  void doesNotTellWhichServerRuns() throws Exception {
    HttpResponse<String> response = get("/api/v1/health/db");
    assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
  }

  @Test
  void anUnknownPageIsOurErrorPageNotLibertysWelcome() throws Exception {
    HttpResponse<String> response = get("/nergens.xhtml");
    assertEquals(404, response.statusCode());
    assertFalse(response.body().contains("Open Liberty"), response.body());
  }

  @Test
  void theSessionCookieIsSecureAndHttpOnly() throws Exception {
    HttpResponse<String> response = get("/partners.xhtml");
    assertEquals(200, response.statusCode());
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CASUSTAFEL_SESSION="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
  }
}
