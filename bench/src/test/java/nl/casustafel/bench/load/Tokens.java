package nl.casustafel.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens of the demo accounts, renewed before each Gatling run ({@link #renewAll}) so that
 * no renewal falls inside the load; a token past half its life is renewed on use as a fallback.
 */
final class Tokens {

  private record Token(String value, Instant renewAfter) {}

  private final Keycloak keycloak;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  Tokens(Keycloak keycloak) {
    this.keycloak = keycloak;
  }

  /** The account's current access token. */
  String of(String account) {
    Token token = tokens.get(account);
    if (token == null || Instant.now().isAfter(token.renewAfter())) {
      token = fetch(account);
    }
    return token.value();
  }

  /** Fresh tokens for every account used so far and the ones given. */
  void renewAll(Iterable<String> accounts) {
    accounts.forEach(this::fetch);
    tokens.keySet().forEach(this::fetch);
  }

  private Token fetch(String account) {
    var response = keycloak.userToken(account);
    long lifetime = response.getJsonNumber("expires_in").longValue();
    Token token =
        new Token(
            response.getString("access_token"),
            Instant.now().plus(Duration.ofSeconds(lifetime / 2)));
    tokens.put(account, token);
    return token;
  }
}
