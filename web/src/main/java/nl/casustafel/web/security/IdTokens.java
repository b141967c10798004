package nl.casustafel.web.security;

import java.util.Optional;

/**
 * The ID token of the current UI sign-in, as Liberty's OpenID Connect client keeps it.
 *
 * <p>Design notice: Liberty exposes it only through its own API ({@code PropagationHelper}), which
 * is visible to applications at run time but is not published to Maven Central; we reach it by
 * reflection here, in this one class, instead of compiling against a jar from the server.
 */
public final class IdTokens {

  private static final String HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";

  private IdTokens() {}

  /** The verified claims as JSON, or empty when the request was not signed in through OIDC. */
  public static Optional<String> claimsJson() {
    return call("getAllClaimsAsJson");
  }

  /** The raw (signed) ID token, for the id_token_hint of a logout at Keycloak. */
  public static Optional<String> raw() {
    return call("getRawIdToken");
  }

  private static Optional<String> call(String method) {
    try {
      Object idToken = Class.forName(HELPER).getMethod("getIdToken").invoke(null);
      if (idToken == null) {
        return Optional.empty();
      }
      return Optional.ofNullable((String) idToken.getClass().getMethod(method).invoke(idToken));
    } catch (ReflectiveOperationException | LinkageError e) {
      return Optional.empty(); // Not signed in through the OIDC client: no ID token to read.
    }
  }
}
