package nl.casustafel.tenant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import nl.casustafel.it.KeycloakAdmin;

/**
 * Demo users as Keycloak keeps them, read and put right through the admin API with the bootstrap
 * admin: a test that takes roles away through the application restores them here afterwards. A new
 * admin session per call: the bootstrap admin's token lives a minute.
 */
final class RealmUsers {

  private static final String REALM = KeycloakAdmin.REALM;

  private RealmUsers() {}

  /** The Keycloak id (the tokens' subject) of a user by exact username. */
  static String id(String username) {
    var found = new KeycloakAdmin().getArray(REALM + "/users?exact=true&username=" + username);
    if (found.size() != 1) {
      throw new IllegalStateException("no single user " + username + ": " + found);
    }
    return found.getJsonObject(0).getString("id");
  }

  /** The paths of the user's groups, e.g. {@code /tenants/zvh-gv/AUDITOR}. */
  static Set<String> groups(String userId) {
    Set<String> paths = new TreeSet<>();
    new KeycloakAdmin()
        .getArray(REALM + "/users/" + userId + "/groups?briefRepresentation=false&max=100")
        .forEach(g -> paths.add(g.asJsonObject().getString("path")));
    return paths;
  }

  /** Makes the user a member of the group (idempotent). */
  static void join(String userId, String groupPath) {
    KeycloakAdmin admin = new KeycloakAdmin();
    int status =
        admin.put(
            REALM + "/users/" + userId + "/groups/" + groupId(admin, groupPath),
            JsonValue.EMPTY_JSON_OBJECT);
    if (status != 204) {
      throw new IllegalStateException("joining " + groupPath + " answered " + status);
    }
  }

  /** Ends the user's membership of the group (idempotent). */
  static void leave(String userId, String groupPath) {
    KeycloakAdmin admin = new KeycloakAdmin();
    int status = admin.delete(REALM + "/users/" + userId + "/groups/" + groupId(admin, groupPath));
    if (status != 204 && status != 404) {
      throw new IllegalStateException("leaving " + groupPath + " answered " + status);
    }
  }

  /** The {@code groups} claim of an access token (its payload, read without checking it). */
  static Set<String> groupsIn(String accessToken) {
    String payload =
        new String(
            Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(payload))) {
      JsonObject claims = reader.readObject();
      Set<String> groups = new TreeSet<>();
      if (claims.containsKey("groups")) {
        claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .forEach(groups::add);
      }
      return groups;
    }
  }

  private static String groupId(KeycloakAdmin admin, String groupPath) {
    return admin.getObject(REALM + "/group-by-path" + groupPath).getString("id");
  }
}
