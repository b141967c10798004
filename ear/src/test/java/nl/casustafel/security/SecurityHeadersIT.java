package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.casustafel.it.Api;
import nl.casustafel.it.BrowserApiTest;
import nl.casustafel.it.CookieHttp;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The security headers on every page (signed in) and every API endpoint of the running application,
 * and the pages still working in a real Chromium under their Content-Security-Policy: no violation
 * while the case page loads, a form is posted, and the case search runs by ajax.
 */
class SecurityHeadersIT extends BrowserApiTest {

  private static final List<String> PAGES =
      List.of(
          "/",
          "/partners.xhtml",
          "/cases.xhtml",
          "/case.xhtml?id=1",
          "/covenant.xhtml",
          "/audit.xhtml",
          "/referral.xhtml",
          "/triage.xhtml",
          "/import.xhtml",
          "/person.xhtml?id=1",
          "/subject-access.xhtml",
          "/retention.xhtml",
          "/conferences.xhtml",
          "/conference.xhtml?id=1",
          "/agreements.xhtml",
          "/platform.xhtml",
          "/people.xhtml",
          "/covenant-versions.xhtml",
          "/report.xhtml",
          "/municipality.xhtml",
          "/advertisements.xhtml",
          "/crisis.xhtml",
          "/trafficking.xhtml?id=1",
          "/choose-tenant.xhtml",
          "/error.xhtml");

  private static final String GV = "/api/v1/tenants/zvh-gv";

  /** Every endpoint of the API, as regisseur.gv calls it (answers 200, 403 or 404 alike). */
  private static final List<String> API_GETS =
      List.of(
          "/api/v1/me",
          "/api/v1/health/db",
          GV + "/partners",
          GV + "/covenant",
          GV + "/cases",
          GV + "/cases/count",
          GV + "/cases/1",
          GV + "/cases/999999",
          GV + "/cases/1/participations",
          GV + "/audit/events",
          GV + "/audit/events.csv",
          GV + "/audit/verification",
          GV + "/retention/destruction-list",
          GV + "/retention/figures",
          GV + "/reports/progress",
          GV + "/reports/progress.csv",
          GV + "/reports/progress.pdf",
          GV + "/reports/comensha.csv",
          GV + "/reports/municipality",
          GV + "/advertisement-reviews",
          GV + "/cases/1/crisis-card",
          GV + "/cases/1/trafficking",
          GV + "/crisis/on-call",
          GV + "/crisis/office-hours",
          "/api/v1/tenants/zvh-flevoland/cases");

  /**
   * Collects every Content-Security-Policy violation of every document the browser loads, from
   * before the page's first script on (injected through the DevTools protocol, not by the page).
   */
  private static final String VIOLATION_LISTENER =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '')"
          + "    + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));"
          + "}, true);";

  private static String header(HttpResponse<?> response, String name) {
    List<String> values = response.headers().allValues(name);
    assertEquals(1, values.size(), name + " on " + response.uri() + ": " + values);
    return values.get(0);
  }

  /** The headers that every response of ours carries, page or API. */
  private static void assertCommonHeaders(HttpResponse<?> response) {
    assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    assertEquals("DENY", header(response, "X-Frame-Options"));
    assertEquals("same-origin", header(response, "Referrer-Policy"));
    assertTrue(header(response, "Permissions-Policy").contains("camera=()"), response.uri() + "");
    // The test stack runs on plain http://localhost (CASUSTAFEL_SSO_REQUIRES_SSL=false): no HSTS,
    // which would stick to localhost in the browser. Its presence with HTTPS is unit-tested.
    assertTrue(
        response.headers().allValues("Strict-Transport-Security").isEmpty(), "HSTS on plain http");
  }

  @Test
  void everyPageCarriesTheHeadersAndOnePolicyWithTheNonceOfItsScripts() {
    browser.openAs("/partners.xhtml", "regisseur.gv");
    String cookies = CookieHttp.cookies(browser.driver(), CookieHttp.SESSION, CookieHttp.SIGN_IN);
    for (String page : PAGES) {
      HttpResponse<String> response = CookieHttp.get(page, cookies);
      assertEquals(200, response.statusCode(), page);
      assertPagePolicy(response);
    }
    HttpResponse<String> missing = CookieHttp.get("/no-such-page.xhtml", cookies);
    assertEquals(404, missing.statusCode());
    assertCommonHeaders(missing);
    assertTrue(header(missing, "Content-Security-Policy").contains("frame-ancestors 'none'"));
  }

  private static void assertPagePolicy(HttpResponse<String> response) {
    assertCommonHeaders(response);
    String policy = header(response, "Content-Security-Policy");
    for (String directive :
        new String[] {
          "default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"
        }) {
      assertTrue(policy.contains(directive), directive + " in " + policy);
    }
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
    String nonce = CookieHttp.nonce(response);
    assertTrue(
        response.body().contains("nonce=\"" + nonce + "\""),
        "the page's scripts do not carry the nonce of its policy: " + response.uri());
  }

  @Test
  void everyApiEndpointCarriesTheHeadersAndAPolicyThatRendersNothing() {
    String token = token("regisseur.gv");
    for (String path : API_GETS) {
      assertApiHeaders(Api.get(path, token));
    }
    assertApiHeaders(
        Api.send("POST", GV + "/cases/search", token, "{\"query\":\"MH\",\"first\":0,\"size\":5}"));
    // Liberty answers a request without token itself, before the application: the headers of
    // its own responses come from server.xml (no policy there: Liberty's /openapi/ui needs
    // scripts).
    HttpResponse<String> unauthorized = Api.get(GV + "/cases", null);
    assertEquals(401, unauthorized.statusCode());
    assertEquals("nosniff", header(unauthorized, "X-Content-Type-Options"));
    assertEquals("DENY", header(unauthorized, "X-Frame-Options"));
  }

  private static void assertApiHeaders(HttpResponse<String> response) {
    assertTrue(
        List.of(200, 403, 404).contains(response.statusCode()),
        response.uri() + " " + response.statusCode());
    assertCommonHeaders(response);
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'",
        header(response, "Content-Security-Policy"),
        response.uri().toString());
  }

  @Test
  void theCasePageAndTheCaseSearchWorkUnderThePolicy() {
    ((HasCdp) browser.driver())
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_LISTENER));
    browser.openAs("/case.xhtml?id=1", "regisseur.gv");
    assertNoViolations();

    // A PrimeFaces widget (the overlay menu) and a full form post with the page's nonce.
    String text = "CSP-proef " + System.nanoTime();
    browser.choose("add:category", "Sociaal");
    browser.driver().findElement(By.id("add:text")).sendKeys(text);
    browser.driver().findElement(By.id("add:save")).click();
    // The post replaces the document: a look at the old one between find and read is no failure.
    new PageWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("section-SOCIAL"), text));
    assertNoViolations();

    // An ajax action: the case search.
    browser.open("/cases.xhtml");
    browser.driver().findElement(By.id("cases:search")).sendKeys("Petrova");
    browser.driver().findElement(By.id("cases:find")).click();
    browser.awaitAjax();
    List<String> found =
        browser.driver().findElements(By.cssSelector(".ct-case-ref")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("MH-2026-001"), found);
    assertNoViolations();

    // The policy is enforced and the listener hears it: an injected inline script does not run.
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript(
        "var s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
            + " document.body.appendChild(s);");
    assertEquals("undefined", js.executeScript("return typeof window.__inline;"));
    new PageWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !violations().isEmpty());
    assertTrue(violations().get(0).startsWith("script-src"), violations().toString());
  }

  @SuppressWarnings("unchecked")
  private List<String> violations() {
    Object found =
        ((JavascriptExecutor) browser.driver()).executeScript("return window.__cspViolations;");
    assertTrue(found instanceof List, "the violation listener is not installed: " + found);
    return (List<String>) found;
  }

  private void assertNoViolations() {
    browser.awaitAjax();
    assertEquals(List.of(), violations(), "Content-Security-Policy violations");
  }
}
