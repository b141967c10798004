package nl.casustafel.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The headers of every response: one page policy with PrimeFaces' nonce, the API's, HSTS. */
class SecurityHeadersTest {

  private static final String ISSUER = "https://sso.example:8443/realms/casustafel";
  private static final String NONCE = "YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1";

  private final SecurityHeaders production = new SecurityHeaders(Optional.of(ISSUER), true);
  private final SecurityHeaders demo =
      new SecurityHeaders(Optional.of("http://localhost:8180/realms/casustafel"), false);

  /**
   * Runs the filter on a request for {@code uri}; the "page" may add headers as PrimeFaces does.
   */
  private static Fakes.Response filter(
      SecurityHeaders headers, String uri, List<String[]> pageAddsHeaders) throws Exception {
    Fakes.Response response = new Fakes.Response();
    FilterChain page =
        (req, res) -> {
          for (String[] header : pageAddsHeaders) {
            ((HttpServletResponse) res).addHeader(header[0], header[1]);
          }
        };
    new SecurityHeadersFilter(headers)
        .doFilter(new Fakes.Request(uri, "regisseur.gv", null).proxy, response.proxy, page);
    return response;
  }

  @Test
  void aPageRenderedByPrimeFacesHasOnePolicyWithItsNonce() throws Exception {
    List<String[]> primeFaces = new ArrayList<>();
    primeFaces.add(
        new String[] {"Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "';"});
    primeFaces.add(new String[] {"X-Test", "kept"});
    Fakes.Response response = filter(production, "/case.xhtml", primeFaces);

    String policy = response.one("Content-Security-Policy");
    assertTrue(policy.endsWith("script-src 'self' 'nonce-" + NONCE + "'"), policy);
    for (String directive :
        new String[] {
          "default-src 'self'",
          "frame-ancestors 'none'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self' https://sso.example:8443;"
        }) {
      assertTrue(policy.contains(directive), directive + " in " + policy);
    }
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertFalse(policy.substring(policy.indexOf("script-src")).contains("unsafe-inline"), policy);
    assertEquals("kept", response.one("X-Test"));
  }

  @Test
  void aResponseWithoutPrimeFacesAllowsNoInlineScript() throws Exception {
    Fakes.Response response = filter(production, "/cases.xhtml", List.of());
    assertTrue(
        response.one("Content-Security-Policy").endsWith("script-src 'self'"),
        response.one("Content-Security-Policy"));
  }

  @Test
  void aPolicyWithoutNonceCannotWeakenOurs() throws Exception {
    List<String[]> other = new ArrayList<>();
    other.add(new String[] {"Content-Security-Policy", "script-src * 'unsafe-inline'"});
    Fakes.Response response = filter(production, "/cases.xhtml", other);
    assertTrue(response.one("Content-Security-Policy").endsWith("script-src 'self'"));
  }

  @Test
  void everyResponseCarriesTheOtherHeaders() throws Exception {
    for (String uri : new String[] {"/partners.xhtml", "/api/v1/me"}) {
      Fakes.Response response = filter(production, uri, List.of());
      assertEquals("nosniff", response.one("X-Content-Type-Options"), uri);
      assertEquals("DENY", response.one("X-Frame-Options"), uri);
      assertEquals("same-origin", response.one("Referrer-Policy"), uri);
      assertTrue(response.one("Permissions-Policy").contains("camera=()"), uri);
      assertEquals(SecurityHeaders.HSTS, response.one("Strict-Transport-Security"), uri);
    }
  }

  @Test
  void theApiAllowsNothingToRender() throws Exception {
    assertEquals(
        SecurityHeaders.API_POLICY,
        filter(production, "/api/v1/tenants/zvh-gv/cases", List.of())
            .one("Content-Security-Policy"));
  }

  @Test
  void noHstsOnThePlainHttpDemo() throws Exception {
    Fakes.Response response = filter(demo, "/partners.xhtml", List.of());
    assertTrue(response.all("Strict-Transport-Security").isEmpty());
    assertTrue(
        response
            .one("Content-Security-Policy")
            .contains("form-action 'self' http://localhost:8180;"));
  }

  @Test
  void withoutAnIssuerFormsGoToThisOriginOnly() {
    assertTrue(
        new SecurityHeaders(Optional.empty(), true)
            .pagePolicy(null)
            .contains("form-action 'self';"));
    assertTrue(
        new SecurityHeaders(Optional.of("not a url"), true)
            .pagePolicy(null)
            .contains("form-action 'self';"));
  }

  @Test
  void findsTheNonceOnlyWherePrimeFacesPutsIt() {
    assertEquals(
        Optional.of(NONCE), SecurityHeaders.nonceIn("script-src 'self' 'nonce-" + NONCE + "';"));
    assertEquals(Optional.empty(), SecurityHeaders.nonceIn("script-src 'self'"));
    assertEquals(Optional.empty(), SecurityHeaders.nonceIn("script-src 'nonce-a\"b'"));
    assertEquals(Optional.empty(), SecurityHeaders.nonceIn(null));
  }
}
