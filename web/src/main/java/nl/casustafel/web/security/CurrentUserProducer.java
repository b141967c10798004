package nl.casustafel.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.NotAuthorizedException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Standing;
import nl.casustafel.identity.TokenClaims;
import nl.casustafel.shared.DatabaseOutage;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place that turns a token into the {@link CurrentUser} of a request: the bearer JWT of an
 * API call (already verified by mpJwt), or the ID token of a UI sign-in (verified by the OIDC
 * client). A request with neither is refused: there is no anonymous user. Roles taken away and
 * tenants suspended since the token was issued are removed here ({@link Standing}).
 */
@RequestScoped
public class CurrentUserProducer {

  @Inject private JsonWebToken jwt;
  @EJB private Standing standing;

  private CurrentUser user;

  /** A database outage met while reading the user's standing: thrown again at once, not retried. */
  private RuntimeException outage;

  /**
   * Dependent scope because a record cannot be proxied; this bean is request scoped, so the token
   * is read once per request however often the user is injected.
   */
  @Produces
  CurrentUser currentUser() {
    if (outage != null) {
      throw outage; // The request already waited for the database once; the page says so now.
    }
    if (user == null) {
      try {
        user =
            claims()
                .map(TokenClaims::toCurrentUser)
                .map(standing::of)
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
      } catch (RuntimeException e) {
        if (DatabaseOutage.causedBy(e)) {
          outage = e;
        }
        throw e;
      }
    }
    return user;
  }

  /**
   * The token's subject (Keycloak user id), read from the token alone, without the user's standing
   * and so without the database: for what only identifies the signed-in person (the typed-text
   * owner), never for a decision.
   *
   * @throws NotAuthorizedException when the request has no token
   */
  public String tokenSubject() {
    return claims()
        .map(c -> c.getString("sub"))
        .orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }

  private Optional<JsonObject> claims() {
    if (jwt != null && jwt.getRawToken() != null) {
      return Optional.of(parse(payloadOf(jwt.getRawToken())));
    }
    return IdTokens.claimsJson().map(CurrentUserProducer::parse);
  }

  /** The claims part of a compact JWS; its signature was checked by mpJwt before we got here. */
  private static String payloadOf(String compactJws) {
    String payload = compactJws.split("\\.")[1];
    return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
