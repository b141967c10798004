package nl.casustafel.identity.provisioning;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;

/**
 * A user of the realm as Keycloak's admin API lists them.
 *
 * @param requiredActions what the user must still do at sign-in, e.g. UPDATE_PASSWORD
 */
public record KeycloakUser(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    List<String> requiredActions) {

  /** Reads Keycloak's UserRepresentation; absent optional fields become "" (none of them null). */
  static KeycloakUser of(JsonObject user) {
    return new KeycloakUser(
        user.getString("id"),
        user.getString("username"),
        user.getString("email", ""),
        user.getString("firstName", ""),
        user.getString("lastName", ""),
        user.containsKey("requiredActions")
            ? user.getJsonArray("requiredActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of());
  }

  /** First and last name, as Keycloak's {@code name} claim joins them. */
  public String name() {
    return (firstName + " " + lastName).trim();
  }
}
