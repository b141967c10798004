package nl.casustafel.bench.load;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The cookies of one {@link UiUser}, sent to every request of the local stack. Unlike {@link
 * java.net.CookieManager} it also sends {@code Secure} cookies over plain http, as browsers do for
 * {@code localhost}: Liberty marks its session cookie {@code Secure} (web.xml) and the local stack
 * runs without TLS. Keycloak's and Liberty's cookie names do not overlap, so names are the key.
 */
final class CookieJar extends CookieHandler {

  private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    cookies.values().removeIf(HttpCookie::hasExpired);
    if (cookies.isEmpty()) {
      return Map.of();
    }
    String header =
        cookies.values().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return Map.of("Cookie", List.of(header));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    responseHeaders.forEach(
        (name, values) -> {
          if ("set-cookie".equalsIgnoreCase(name)) {
            values.forEach(this::store);
          }
        });
  }

  /** Stores one {@code Set-Cookie} value; one that has expired (a deletion) removes the cookie. */
  void store(String setCookie) {
    for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
      if (cookie.hasExpired() || cookie.getMaxAge() == 0) {
        cookies.remove(cookie.getName());
      } else {
        cookies.put(cookie.getName(), cookie);
      }
    }
  }

  /** The cookie names held, for tests. */
  java.util.Set<String> names() {
    return Map.copyOf(cookies).keySet();
  }
}
