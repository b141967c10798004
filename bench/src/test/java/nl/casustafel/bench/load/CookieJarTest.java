package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CookieJarTest {

  private static final URI LOCAL = URI.create("http://localhost:9080/cases.xhtml");

  @Test
  void aSecureCookieIsSentOverPlainHttpToo() {
    CookieJar jar = new CookieJar();
    jar.put(
        LOCAL,
        Map.of("Set-Cookie", List.of("JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Lax")));

    assertEquals(Map.of("Cookie", List.of("JSESSIONID=abc")), jar.get(LOCAL, Map.of()));
  }

  @Test
  void anExpiredCookieDeletesTheOneHeld() {
    CookieJar jar = new CookieJar();
    jar.store("WASReqURLOidcabc=/cases.xhtml; Path=/");
    jar.store("KC_RESTART=xyz; Path=/realms/casustafel/");
    jar.store("WASReqURLOidcabc=; Expires=Thu, 01 Dec 1994 16:00:00 GMT; Path=/");

    assertEquals(Set.of("KC_RESTART"), jar.names());
  }
}
