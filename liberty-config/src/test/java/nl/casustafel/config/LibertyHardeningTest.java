package nl.casustafel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The Liberty configuration as it runs in production (every variable at its default): it does not
 * tell which server runs, its cookies are for HTTPS and not for scripts, a session belongs to its
 * user, and a sign-in cookie that signed out stays out. The running server is tested by {@code
 * SecurityHeadersIT} and {@code SessionFixationIT} in the ear module.
 */
class LibertyHardeningTest {

  private static LibertyConfig config;

  @BeforeAll
  static void read() throws IOException {
    config = new LibertyConfig();
  }

  private static String attribute(Element element, String name) {
    return config
        .attribute(element, name)
        .orElseThrow(() -> new AssertionError(element.getTagName() + " has no " + name));
  }

  @Test
  void doesNotTellWhichServerRunsNorShowAWelcomePage() {
    Element endpoint = config.one("httpEndpoint");
    assertEquals(
        "true", attribute(LibertyConfig.child(endpoint, "httpOptions"), "removeServerHeader"));
    assertEquals("true", attribute(config.one("webContainer"), "disableXPoweredBy"));
    assertEquals("false", attribute(config.one("httpDispatcher"), "enableWelcomePage"));
  }

  @Test
  void libertysOwnResponsesCarryTheSecurityHeaders() {
    Element headers = LibertyConfig.child(config.one("httpEndpoint"), "headers");
    List<String> ifMissing = LibertyConfig.childTexts(headers, "setIfMissing");
    assertTrue(ifMissing.contains("X-Content-Type-Options:nosniff"), ifMissing.toString());
    assertTrue(ifMissing.contains("X-Frame-Options:DENY"), ifMissing.toString());
    assertTrue(ifMissing.contains("Referrer-Policy:same-origin"), ifMissing.toString());
    for (String tag : new String[] {"add", "set", "setIfMissing"}) {
      for (String header : LibertyConfig.childTexts(headers, tag)) {
        assertFalse(header.toLowerCase().startsWith("server"), header);
        assertFalse(header.toLowerCase().startsWith("x-powered-by"), header);
      }
    }
  }

  @Test
  void theSessionCookieIsForHttpsOnlyAndNotForScripts() {
    Element session = config.one("httpSession");
    assertEquals("true", attribute(session, "cookieSecure"));
    assertEquals("true", attribute(session, "cookieHttpOnly"));
    assertTrue(
        List.of("Lax", "Strict").contains(attribute(session, "cookieSameSite")), "cookieSameSite");
    assertNotEquals("JSESSIONID", attribute(session, "cookieName"), "names the stack");
    assertEquals("30m", attribute(session, "invalidationTimeout"));
  }

  @Test
  void aSessionBelongsToItsUserAndAnUnknownIdIsNeverTakenOver() {
    Element session = config.one("httpSession");
    assertEquals("true", attribute(session, "securityIntegrationEnabled"));
    assertEquals("true", attribute(session, "invalidateOnUnauthorizedSessionRequestException"));
    assertEquals("false", attribute(session, "idReuse"));
  }

  @Test
  void theSignInCookieIsForHttpsOnlyAndRefusedOnceSignedOut() {
    Element security = config.one("webAppSecurity");
    assertEquals("true", attribute(security, "ssoRequiresSSL"), "in production");
    assertEquals("true", attribute(security, "httpOnlyCookies"));
    assertTrue(List.of("Lax", "Strict").contains(attribute(security, "sameSiteCookie")));
    assertEquals("true", attribute(security, "trackLoggedOutSSOCookies"));
    assertEquals("true", attribute(security, "logoutOnHttpSessionExpire"));
    assertEquals("true", attribute(security, "useOnlyCustomCookieName"));
    assertEquals("None", attribute(security, "postParamSaveMethod"));
    assertEquals(
        Optional.empty(),
        config.attribute(security, "allowLogoutPageRedirectToAnyHost").filter("true"::equals));
  }

  @Test
  void theSignInCookieDoesNotSignInToTheApi() {
    String ui = attribute(config.one("ltpa"), "authFilterRef");
    Element filter =
        config.all("authFilter").stream()
            .filter(f -> f.getAttribute("id").equals(ui))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no authFilter " + ui));
    Element url = LibertyConfig.child(filter, "requestUrl");
    assertEquals("/api/", attribute(url, "urlPattern"));
    assertEquals("notContain", attribute(url, "matchType"));
    assertEquals(ui, attribute(config.one("openidConnectClient"), "authFilterRef"));
  }

  @Test
  void theOidcClientSendsPkceAndNeedsHttpsInProduction() {
    Element client = config.one("openidConnectClient");
    assertEquals("S256", attribute(client, "pkceCodeChallengeMethod"));
    assertEquals("true", attribute(client, "httpsRequired"), "in production");
    // Liberty's client-side redirect is a page with an inline script: the CSP would refuse it.
    assertEquals("false", attribute(client, "isClientSideRedirectSupported"));
  }

  /**
   * The browser reaches Keycloak through the application's gateway, which shows a page of ours when
   * Keycloak does not answer (issue #12); Liberty's own calls go to Keycloak directly.
   */
  @Test
  void theBrowserGoesToKeycloakByWayOfTheApplication() {
    Element client = config.one("openidConnectClient");
    String app = config.defaults().get("casustafel.app.url");
    String issuer = config.defaults().get("casustafel.oidc.issuer");
    assertEquals(app + "/sign-in/keycloak", attribute(client, "authorizationEndpointUrl"));
    assertEquals(issuer + "/protocol/openid-connect/token", attribute(client, "tokenEndpointUrl"));
    assertEquals(issuer + "/protocol/openid-connect/certs", attribute(client, "jwkEndpointUrl"));
    assertEquals(app, attribute(client, "redirectToRPHostAndPort"));
  }

  @Test
  void theApiChecksIssuerSignatureAndAudience() {
    Element jwt = config.one("mpJwt");
    assertEquals("RS256", attribute(jwt, "signatureAlgorithm"));
    assertFalse(attribute(jwt, "issuer").isBlank());
    assertFalse(attribute(jwt, "audiences").isBlank());
  }

  @Test
  void noCredentialHasADefault() {
    config
        .defaults()
        .keySet()
        .forEach(
            name ->
                assertFalse(
                    name.contains("password") || name.contains("secret"),
                    name + " has a default value"));
  }
}
