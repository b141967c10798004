package nl.casustafel.it;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Plain HTTP requests that carry the cookies of a signed-in browser, as a forged cross-site request
 * or a replayed cookie would. Never follows a redirect: a redirect to Keycloak is the answer to
 * look at.
 */
public final class CookieHttp {

  /** The UI's session cookie (Liberty's httpSession cookieName). */
  public static final String SESSION = "CASUSTAFEL_SESSION";

  /** Liberty's sign-in (LTPA) cookie (webAppSecurity ssoCookieName). */
  public static final String SIGN_IN = "CASUSTAFEL_SSO";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final Pattern VIEW_STATE =
      Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*>");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private CookieHttp() {}

  /** A Cookie header of the browser's cookies of those names; fails when one is missing. */
  public static String cookies(WebDriver driver, String... names) {
    return Stream.of(names)
        .map(
            name -> {
              Cookie cookie = driver.manage().getCookieNamed(name);
              if (cookie == null) {
                throw new AssertionError("the browser has no cookie " + name);
              }
              return name + "=" + cookie.getValue();
            })
        .collect(Collectors.joining("; "));
  }

  /**
   * The Cookie header after a response: its {@code Set-Cookie}s replace the cookies of the same
   * name, as a browser would (a session id may change, e.g. at sign-in).
   */
  public static String updated(String cookieHeader, HttpResponse<?> response) {
    Map<String, String> jar = new java.util.LinkedHashMap<>();
    for (String pair : cookieHeader.split(";\\s*")) {
      if (pair.contains("=")) {
        jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      if (pair.contains("=")) {
        jar.put(
            pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1));
      }
    }
    return jar.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  public static HttpResponse<String> get(String path, String cookieHeader) {
    return send(HttpRequest.newBuilder(Stack.url(path)).GET(), cookieHeader);
  }

  /** A form post ({@code application/x-www-form-urlencoded}), fields in the map's order. */
  public static HttpResponse<String> postForm(
      String path, String cookieHeader, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(Stack.url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        cookieHeader);
  }

  /** The Faces ViewState in a page (every form of a page carries the same). */
  public static String viewState(String page) {
    Matcher input = VIEW_STATE.matcher(page);
    if (!input.find()) {
      throw new AssertionError("no ViewState in the page");
    }
    Matcher value = VALUE.matcher(input.group());
    if (!value.find()) {
      throw new AssertionError("a ViewState without value: " + input.group());
    }
    return value.group(1).replace("&amp;", "&");
  }

  /** The script nonce of a page, from its Content-Security-Policy header. */
  public static String nonce(HttpResponse<String> page) {
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher nonce = NONCE.matcher(policy);
    if (!nonce.find()) {
      throw new AssertionError("no nonce in the page's policy: " + policy);
    }
    return nonce.group(1);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String cookieHeader) {
    request.timeout(Duration.ofSeconds(30));
    if (cookieHeader != null && !cookieHeader.isEmpty()) {
      request.header("Cookie", cookieHeader);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("no answer from " + request.build().uri(), e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
