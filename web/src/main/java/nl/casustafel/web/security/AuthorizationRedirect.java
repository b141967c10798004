package nl.casustafel.web.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The authorization request that Liberty's OpenID Connect client sends the browser with, passed on
 * to Keycloak's authorization endpoint unchanged (state, nonce, PKCE challenge, redirect URI).
 *
 * <p>Only our own client's code request is passed on: exactly one {@code client_id} equal to ours
 * and one {@code response_type=code}, in a query of URL-safe characters only (what Liberty writes),
 * at most {@link #MAX_QUERY} characters. The target is always the configured endpoint, so this is
 * no open redirect, and a crafted query can do no more than a link to Keycloak could.
 */
final class AuthorizationRedirect {

  static final int MAX_QUERY = 8192;
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~%&=+!*'(),;:@/?-]+");

  private final String endpoint;
  private final String clientId;

  /**
   * @param issuer the realm's URL, {@code casustafel.oidc.issuer}
   * @param clientId our client, {@code casustafel.oidc.client-id}
   */
  AuthorizationRedirect(String issuer, String clientId) {
    this.endpoint = issuer + "/protocol/openid-connect/auth";
    this.clientId = clientId;
  }

  /** Keycloak's URL for this query string; empty when it is not our client's code request. */
  Optional<String> target(String query) {
    if (query == null || query.length() > MAX_QUERY || !URL_SAFE.matcher(query).matches()) {
      return Optional.empty();
    }
    try {
      boolean ours =
          values(query, "client_id").equals(List.of(clientId))
              && values(query, "response_type").equals(List.of("code"));
      return ours ? Optional.of(endpoint + "?" + query) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // A broken %-escape: Liberty never writes one.
    }
  }

  private static List<String> values(String query, String name) {
    List<String> values = new ArrayList<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (key.equals(name)) {
        values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    return values;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
