package nl.casustafel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import nl.casustafel.it.Api;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.Test;

/** The deployed EAR over plain HTTP without signing in: health, hardening, the way to Keycloak. */
class PublicHttpIT {

  private static HttpResponse<String> get(String path) {
    return Api.get(path, null);
  }

  @Test
  void reportsTheDatabaseUpWithoutSignIn() {
    HttpResponse<String> response = get("/api/v1/health/db");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"up\":true"), response.body());
    assertTrue(response.body().matches(".*\"schemaVersion\":\"[0-9]+\".*"), response.body());
  }

  @Test
  void doesNotTellWhichServerRuns() {
    HttpResponse<String> response = get("/api/v1/health/db");
    assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
  }

  /** By way of the application's gateway, which passes the request on unchanged (issue #12). */
  @Test
  void aPageSendsTheBrowserToKeycloakWithPkce() {
    HttpResponse<String> response = get("/partners.xhtml");
    assertEquals(302, response.statusCode());
    URI gateway = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertTrue(
        gateway.toString().startsWith(Stack.url("/sign-in/keycloak?").toString()),
        gateway.toString());
    HttpResponse<String> passedOn = get(gateway.getRawPath() + "?" + gateway.getRawQuery());
    assertEquals(302, passedOn.statusCode(), passedOn.body());
    URI location = URI.create(passedOn.headers().firstValue("Location").orElseThrow());
    String query = location.getRawQuery();
    assertEquals(
        KeycloakAdmin.ISSUER + "/protocol/openid-connect/auth?" + gateway.getRawQuery(),
        location.toString());
    assertTrue(query.contains("code_challenge_method=S256"), query);
    assertTrue(query.contains("code_challenge="), query);
    assertTrue(query.contains("client_id=casustafel-web"), query);
    assertTrue(
        query.contains(
            "redirect_uri="
                + java.net.URLEncoder.encode(
                    Stack.url("/oidcclient/redirect/casustafel").toString(),
                    java.nio.charset.StandardCharsets.UTF_8)),
        query);
  }

  @Test
  void theApiWithoutTokenIsUnauthorized() {
    assertEquals(401, get("/api/v1/me").statusCode());
    assertEquals(401, get("/api/v1/tenants/zvh-gv/partners").statusCode());
  }

  @Test
  void theSessionCookieIsSecureAndHttpOnly() {
    HttpResponse<String> response = get("/partners.xhtml");
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CASUSTAFEL_SESSION="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
  }
}
