package nl.casustafel.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Liberty's authorization request goes on to Keycloak unchanged; nothing else goes anywhere. */
class AuthorizationRedirectTest {

  private static final String ISSUER = "https://sso.example/realms/casustafel";
  private static final AuthorizationRedirect REDIRECT =
      new AuthorizationRedirect(ISSUER, "casustafel-web");

  /** As Liberty writes it (values URL-encoded). */
  private static final String LIBERTY =
      "response_type=code&client_id=casustafel-web"
          + "&redirect_uri=https%3A%2F%2Fzvh.example%2Foidcclient%2Fredirect%2Fcasustafel"
          + "&state=001712345678901abcDEF&nonce=xYz-123_4&scope=openid+profile+email+organization"
          + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

  @Test
  void libertysRequestGoesToKeycloaksEndpointUnchanged() {
    assertEquals(
        Optional.of(ISSUER + "/protocol/openid-connect/auth?" + LIBERTY), REDIRECT.target(LIBERTY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "response_type=code&client_id=casustafel-cli&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765",
        "response_type=token&client_id=casustafel-web",
        "client_id=casustafel-web",
        "response_type=code&client_id=casustafel-web&client_id=casustafel-cli",
        "response_type=code&client_id=casustafel-web%",
        "response_type=code&client_id=casustafel-web&x=\r\nSet-Cookie: a=b",
        "response_type=code&client_id=casustafel-web&x=<script>",
        "",
      })
  void anythingElseGoesNowhere(String query) {
    assertEquals(Optional.empty(), REDIRECT.target(query), query);
  }

  @Test
  void anEncodedLineBreakStaysEncodedInTheLocation() {
    // %0d%0a is URL-safe text: it is passed on as such and never becomes a header line.
    String query = "response_type=code&client_id=casustafel-web&x=%0d%0aSet-Cookie:a";
    String target = REDIRECT.target(query).orElseThrow();
    assertTrue(target.endsWith("x=%0d%0aSet-Cookie:a"), target);
    assertTrue(target.chars().noneMatch(c -> c == '\r' || c == '\n'), target);
  }

  @Test
  void noQueryAndATooLongQueryGoNowhere() {
    assertEquals(Optional.empty(), REDIRECT.target(null));
    String longQuery = LIBERTY + "&pad=" + "a".repeat(AuthorizationRedirect.MAX_QUERY);
    assertEquals(Optional.empty(), REDIRECT.target(longQuery));
  }
}
