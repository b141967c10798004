package nl.casustafel.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/**
 * The bench's short-lived Keycloak client: the demo realm has no client that allows the password
 * grant (rightly), so, as the integration tests do (ear: TestClients), one is created through the
 * admin API with the bootstrap admin (a demo credential of the local stack) and removed at the end.
 * Its tokens look like the API's: groups, organization and the {@code casustafel-api} audience. The
 * master realm's admin tokens live 60 s: each admin call takes a fresh one.
 */
final class Keycloak implements AutoCloseable {

  /** Access tokens of the bench client live this long, seconds: longer than one Gatling run. */
  static final int TOKEN_LIFESPAN = 1800;

  static final String REALM = "casustafel";

  private final String base;
  private final String adminPassword;
  private final String clientId = "bench-" + UUID.randomUUID();
  private final String secret = UUID.randomUUID().toString();
  private boolean created;

  Keycloak(String base, String adminPassword) {
    this.base = base;
    this.adminPassword = adminPassword;
  }

  /** Creates the confidential client with direct access grants. */
  void createClient() {
    HttpResponse<String> response =
        Http.send(
            admin("/clients").POST(HttpRequest.BodyPublishers.ofString(clientJson().toString())));
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "could not create the bench client: HTTP " + response.statusCode());
    }
    created = true;
  }

  /** A fresh token response (access_token, expires_in) of a demo account (password demo). */
  JsonObject userToken(String username) {
    return Http.json(
            Http.send(
                Http.form(
                    base + "/realms/" + REALM + "/protocol/openid-connect/token",
                    Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        clientId,
                        "client_secret",
                        secret,
                        "username",
                        username,
                        "password",
                        Journeys.DEMO_PASSWORD,
                        "scope",
                        "openid"))),
            200)
        .asJsonObject();
  }

  @Override
  public void close() {
    if (!created) {
      return;
    }
    JsonArray found =
        Http.json(Http.send(admin("/clients?clientId=" + clientId).GET()), 200).asJsonArray();
    for (var client : found) {
      Http.send(admin("/clients/" + client.asJsonObject().getString("id")).DELETE());
    }
    created = false;
  }

  private HttpRequest.Builder admin(String path) {
    return Http.request(base + "/admin/realms/" + REALM + path)
        .header("Authorization", "Bearer " + adminToken())
        .header("Content-Type", "application/json");
  }

  private String adminToken() {
    return Http.json(
            Http.send(
                Http.form(
                    base + "/realms/master/protocol/openid-connect/token",
                    Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "admin",
                        "password", adminPassword))),
            200)
        .asJsonObject()
        .getString("access_token");
  }

  private JsonObject clientJson() {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("publicClient", false)
        .add("clientAuthenticatorType", "client-secret")
        .add("secret", secret)
        .add("standardFlowEnabled", false)
        .add("directAccessGrantsEnabled", true)
        .add(
            "attributes",
            Json.createObjectBuilder().add("access.token.lifespan", "" + TOKEN_LIFESPAN))
        .add(
            "protocolMappers",
            Json.createArrayBuilder()
                .add(
                    mapper(
                        "groups",
                        "oidc-group-membership-mapper",
                        Json.createObjectBuilder()
                            .add("full.path", "true")
                            .add("claim.name", "groups")
                            .add("access.token.claim", "true")
                            .add("id.token.claim", "true")))
                .add(
                    mapper(
                        "audience",
                        "oidc-audience-mapper",
                        Json.createObjectBuilder()
                            .add("included.client.audience", "casustafel-api")
                            .add("access.token.claim", "true"))))
        .add(
            "defaultClientScopes",
            Json.createArrayBuilder().add("basic").add("profile").add("email").add("organization"))
        .build();
  }

  private static JsonObject mapper(String name, String type, JsonObjectBuilder config) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type)
        .add("config", config)
        .build();
  }
}
