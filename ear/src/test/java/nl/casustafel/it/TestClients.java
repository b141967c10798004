package nl.casustafel.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Short-lived clients that let API tests get tokens with the password grant, which the realm's own
 * clients (rightly) refuse. Created through the admin API, removed again after the tests.
 */
public final class TestClients implements AutoCloseable {

  private final KeycloakAdmin admin;
  private final List<String> created = new ArrayList<>();

  public TestClients(KeycloakAdmin admin) {
    this.admin = admin;
  }

  /** A client whose tokens look like the API's: groups, organization and the API audience. */
  public String apiClient() {
    return create("it-api", true, null);
  }

  /** Like {@link #apiClient()} but its tokens lack the {@code casustafel-api} audience. */
  public String clientWithoutAudience() {
    return create("it-noaud", false, null);
  }

  /** Like {@link #apiClient()} with access tokens that expire after the given seconds. */
  public String shortLivedClient(int seconds) {
    return create("it-short", true, seconds);
  }

  private String create(String prefix, boolean audience, Integer lifespan) {
    String clientId = prefix + "-" + UUID.randomUUID();
    var mappers =
        Json.createArrayBuilder()
            .add(
                mapper(
                    "groups",
                    "oidc-group-membership-mapper",
                    Json.createObjectBuilder()
                        .add("full.path", "true")
                        .add("claim.name", "groups")
                        .add("access.token.claim", "true")
                        .add("id.token.claim", "true")));
    if (audience) {
      mappers.add(
          mapper(
              "audience",
              "oidc-audience-mapper",
              Json.createObjectBuilder()
                  .add("included.client.audience", "casustafel-api")
                  .add("access.token.claim", "true")));
    }
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    if (lifespan != null) {
      attributes.add("access.token.lifespan", String.valueOf(lifespan));
    }
    JsonObject client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("publicClient", true)
            .add("standardFlowEnabled", false)
            .add("directAccessGrantsEnabled", true)
            .add("attributes", attributes)
            .add("protocolMappers", mappers)
            .add(
                "defaultClientScopes",
                Json.createArrayBuilder()
                    .add("basic")
                    .add("profile")
                    .add("email")
                    .add("organization"))
            .build();
    int status = admin.post(KeycloakAdmin.REALM + "/clients", client);
    if (status != 201) {
      throw new IllegalStateException("could not create test client: HTTP " + status);
    }
    created.add(clientId);
    return clientId;
  }

  private static JsonObject mapper(String name, String type, JsonObjectBuilder config) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type)
        .add("config", config)
        .build();
  }

  @Override
  public void close() {
    for (String clientId : created) {
      admin
          .getArray(KeycloakAdmin.REALM + "/clients?clientId=" + clientId)
          .forEach(
              c ->
                  admin.delete(
                      KeycloakAdmin.REALM + "/clients/" + c.asJsonObject().getString("id")));
    }
  }
}
