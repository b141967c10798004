package nl.casustafel.identity.provisioning;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * The service account's access token and when it expires (Keycloak's {@code expires_in}, seconds
 * from the moment we asked). Used until {@link #MARGIN} before expiry, so that a token never
 * expires on its way to Keycloak; the realm's tokens live 300 s.
 */
record ServiceToken(String value, Instant expiresAt) {

  static final Duration MARGIN = Duration.ofSeconds(30);

  /** Reads a token response of the client-credentials grant, received at {@code now}. */
  static ServiceToken from(JsonObject response, Instant now) {
    return new ServiceToken(
        response.getString("access_token"),
        now.plusSeconds(response.getJsonNumber("expires_in").longValue()));
  }

  boolean usableAt(Instant now) {
    return now.isBefore(expiresAt.minus(MARGIN));
  }

  @Override
  public String toString() {
    return "ServiceToken[expires " + expiresAt + "]"; // never the token itself
  }
}
