package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import nl.casustafel.it.Api;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API accepts exactly the valid tokens of the realm, for the tenants they grant. */
class ApiTokenIT {

  private static KeycloakAdmin keycloak;
  private static TestClients clients;
  private static String apiClient;

  @BeforeAll
  static void createClients() {
    keycloak = new KeycloakAdmin();
    clients = new TestClients(keycloak);
    apiClient = clients.apiClient();
  }

  @AfterAll
  static void removeClients() {
    clients.close();
  }

  private static String token(String username) {
    return keycloak.userToken(apiClient, username);
  }

  @Test
  void aValidTokenGetsWhoTheCallerIs() {
    HttpResponse<String> response = Api.get("/api/v1/me", token("politie.mnl"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = Api.json(response);
    assertEquals("politie.mnl", me.getString("username"));
    assertEquals("Peter Jansen", me.getString("name"));
    assertEquals("politie-midden-nederland", me.getString("partner"));
    assertEquals(
        Json.createObjectBuilder()
            .add("zvh-flevoland", Json.createArrayBuilder().add("PARTNER_MEMBER"))
            .add("zvh-gv", Json.createArrayBuilder().add("PARTNER_MEMBER"))
            .build(),
        me.getJsonObject("tenants"));
    assertTrue(me.getString("subject").length() > 10);
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    String master =
        keycloak
            .token(
                KeycloakAdmin.BASE + "/realms/master",
                Map.of(
                    "grant_type", "password",
                    "client_id", "admin-cli",
                    "username", "admin",
                    "password",
                        System.getenv()
                            .getOrDefault("CASUSTAFEL_KEYCLOAK_ADMIN_PASSWORD", "admin-demo")))
            .getString("access_token");
    assertEquals(401, Api.get("/api/v1/me", master).statusCode());
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    String noAudience = keycloak.userToken(clients.clientWithoutAudience(), "politie.mnl");
    assertEquals(401, Api.get("/api/v1/me", noAudience).statusCode());
  }

  @Test
  void aTamperedTokenIsRefused() {
    String[] parts = token("veiligthuis.gv").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("/tenants/zvh-gv/PARTNER_MEMBER", "/tenants/zvh-gv/ZVH_MANAGER");
    String forged = parts[0] + "." + encode(payload) + "." + parts[2];
    assertEquals(401, Api.get("/api/v1/me", forged).statusCode());

    char last = parts[2].charAt(parts[2].length() - 2);
    String badSignature =
        parts[0]
            + "."
            + parts[1]
            + "."
            + parts[2].substring(0, parts[2].length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + parts[2].charAt(parts[2].length() - 1);
    assertEquals(401, Api.get("/api/v1/me", badSignature).statusCode());
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String payload = token("politie.mnl").split("\\.")[1];
    String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
    assertEquals(401, Api.get("/api/v1/me", unsigned).statusCode());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String shortLived = keycloak.userToken(clients.shortLivedClient(1), "politie.mnl");
    assertEquals(200, Api.get("/api/v1/me", shortLived).statusCode());
    // Expiry plus the server's 10 s clock skew; poll instead of sleeping a fixed time.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    int status = 200;
    while (status == 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      status = Api.get("/api/v1/me", shortLived).statusCode();
    }
    assertEquals(401, status);
  }

  @Test
  void aTenantTheTokenDoesNotGrantDoesNotExist() {
    String veiligThuis = token("veiligthuis.gv");
    HttpResponse<String> notGranted =
        Api.get("/api/v1/tenants/zvh-flevoland/partners", veiligThuis);
    HttpResponse<String> missing = Api.get("/api/v1/tenants/zvh-nergens/partners", veiligThuis);
    assertEquals(404, notGranted.statusCode());
    assertEquals(404, missing.statusCode());
    assertEquals(missing.body(), notGranted.body());
    assertEquals(200, Api.get("/api/v1/tenants/zvh-gv/partners", veiligThuis).statusCode());
  }

  @Test
  void theTenantInThePathServesThatTenantsData() {
    HttpResponse<String> response =
        Api.get("/api/v1/tenants/zvh-flevoland/partners?size=5", token("politie.mnl"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject page = Api.json(response);
    assertEquals(9, page.getInt("total"));
    assertEquals(5, page.getJsonArray("items").size());
  }

  @Test
  void everyMemberOfATenantReadsItsCovenantAndNoOtherTenants() {
    String veiligThuis = token("veiligthuis.gv");
    HttpResponse<String> response = Api.get("/api/v1/tenants/zvh-gv/covenant", veiligThuis);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject covenant = Api.json(response);
    assertTrue(covenant.getString("title").contains("Gooi en Vechtstreek"));
    JsonObject ownMembership =
        covenant.getJsonArray("memberships").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("partner").equals("veilig-thuis-gooi-en-vechtstreek"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        ownMembership.getJsonArray("grants").stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(g -> g.getString("category").equals("JUSTICE")));
    assertEquals(404, Api.get("/api/v1/tenants/zvh-flevoland/covenant", veiligThuis).statusCode());
    JsonObject flevo =
        Api.json(Api.get("/api/v1/tenants/zvh-flevoland/covenant", token("politie.mnl")));
    assertTrue(flevo.getString("title").contains("Flevoland"), flevo.toString());
  }

  @Test
  void badPagingIsAClearError() {
    HttpResponse<String> response =
        Api.get("/api/v1/tenants/zvh-gv/partners?size=1000", token("regisseur.gv"));
    assertEquals(400, response.statusCode());
    assertTrue(
        response.body().contains("size must be a whole number from 1 to 100."), response.body());
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
