package nl.casustafel.identity.provisioning;

import java.net.URI;
import java.util.Objects;

/**
 * Where Keycloak is and how the application signs in to it as its service account.
 *
 * @param keycloakUrl Keycloak's base URL, e.g. {@code http://localhost:8180}
 *     (CASUSTAFEL_KEYCLOAK_URL)
 * @param realm the realm, {@code casustafel}
 * @param clientId the service account's client, {@code casustafel-provisioning}
 * @param secret its client secret (CASUSTAFEL_PROVISIONING_SECRET); {@link #toString} hides it
 */
public record ProvisioningSettings(URI keycloakUrl, String realm, String clientId, String secret) {

  public ProvisioningSettings {
    Objects.requireNonNull(keycloakUrl, "keycloakUrl");
    require(realm, "the realm");
    require(clientId, "the client id");
    require(secret, "CASUSTAFEL_PROVISIONING_SECRET");
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
  }

  @Override
  public String toString() {
    return "ProvisioningSettings[" + keycloakUrl + ", realm " + realm + ", " + clientId + "]";
  }
}
