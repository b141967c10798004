package nl.casustafel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.casustafel.identity.Role;
import nl.casustafel.identity.provisioning.KeycloakProvisioning;
import nl.casustafel.identity.provisioning.ProvisioningFailed;
import nl.casustafel.identity.provisioning.ProvisioningSettings;
import nl.casustafel.identity.provisioning.TenantMember;
import nl.casustafel.it.KeycloakAdmin;
import nl.casustafel.it.Mailbox;
import nl.casustafel.partner.PartnerId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partners and people provisioned in the test stack's real Keycloak by the service account of
 * {@code casustafel-provisioning} (its secret: CASUSTAFEL_PROVISIONING_SECRET, which {@code
 * ./casustafel test} exports), through {@link KeycloakProvisioning} used as a plain HTTP client (no
 * container) and through plain HTTP with the account's own token: an organization linked to an
 * identity provider, a user in it with tenant roles, the invitation in GreenMail; and the account's
 * least rights: clients, realm roles, the realm's settings and the master realm are refused (403).
 * Everything is made under names of this run and deleted afterwards by the same account.
 */
class ProvisioningIT {

  private static final String CLIENT = "casustafel-provisioning";
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  private static final PartnerId ORG = new PartnerId("it-partner-" + RUN);
  private static final TenantId TENANT = new TenantId("it-tenant-" + RUN);
  private static final String IDP = "it-idp-" + RUN;
  private static final String USERNAME = "it-person-" + RUN;
  private static final String EMAIL = USERNAME + "@" + ORG.value() + ".example";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static String secret;
  private static String token;
  private static KeycloakProvisioning keycloak;
  private static String orgId;
  private static String userId;

  @BeforeAll
  static void signIn() {
    secret = System.getenv("CASUSTAFEL_PROVISIONING_SECRET");
    assertNotNull(secret, "CASUSTAFEL_PROVISIONING_SECRET: run through ./casustafel test");
    keycloak = new KeycloakProvisioning(settings(secret));
    HttpResponse<String> granted = tokenRequest("client_credentials", Map.of());
    assertEquals(200, granted.statusCode(), granted.body());
    token = json(granted.body()).getString("access_token");
  }

  @Test
  void provisionsAPartnerAndAPersonWithRolesAndAnInvitation() {
    createIdentityProvider();
    orgId =
        keycloak.ensureOrganization(
            ORG, "IT Partner " + RUN, Optional.of(ORG + ".example"), Optional.of(IDP));
    assertEquals(
        orgId, keycloak.ensureOrganization(ORG, "other name", Optional.empty(), Optional.of(IDP)));
    assertEquals(Optional.of(orgId), keycloak.findOrganization(ORG));
    assertEquals(
        200,
        admin("GET", "organizations/" + orgId + "/identity-providers/" + IDP, null).statusCode());

    userId = keycloak.createUser(USERNAME, EMAIL, "Iris", "Test " + RUN, true);
    ProvisioningFailed twice =
        assertThrows(
            ProvisioningFailed.class,
            () -> keycloak.createUser(USERNAME, EMAIL, "Iris", "Test", false));
    assertTrue(twice.alreadyExists(), twice.getMessage());
    assertEquals(userId, keycloak.findUser(USERNAME).orElseThrow().id());
    assertEquals(userId, keycloak.findUser(EMAIL.toUpperCase()).orElseThrow().id());
    assertEquals(
        List.of("CONFIGURE_TOTP", "UPDATE_PASSWORD"),
        keycloak.findUser(USERNAME).orElseThrow().requiredActions().stream().sorted().toList());

    keycloak.addMember(orgId, userId);
    keycloak.addMember(orgId, userId); // a member stays one
    assertEquals(Optional.of(ORG), keycloak.organizationOf(userId));
    grantsAndTakesRoles();
    sendsTheInvitation();
    keycloak.logout(userId);
    keycloak.removeMember(orgId, userId);
    assertEquals(Optional.empty(), keycloak.organizationOf(userId));
  }

  private void grantsAndTakesRoles() {
    keycloak.ensureTenantGroups(TENANT);
    keycloak.ensureTenantGroups(TENANT); // idempotent
    keycloak.joinGroup(userId, TENANT, Role.CASE_DIRECTOR);
    keycloak.joinGroup(userId, TENANT, Role.AUDITOR);
    assertEquals(
        Map.of(TENANT, Set.of(Role.CASE_DIRECTOR, Role.AUDITOR)), keycloak.rolesOf(userId));
    List<TenantMember> members = keycloak.membersOf(TENANT);
    assertEquals(1, members.size(), members.toString());
    TenantMember member = members.get(0);
    assertEquals(USERNAME, member.username());
    assertEquals(EMAIL, member.email());
    assertEquals("Iris Test " + RUN, member.name());
    assertEquals(Optional.of(ORG), member.organization());
    assertEquals(Set.of(Role.CASE_DIRECTOR, Role.AUDITOR), member.roles());
    keycloak.leaveGroup(userId, TENANT, Role.AUDITOR);
    assertEquals(Map.of(TENANT, Set.of(Role.CASE_DIRECTOR)), keycloak.rolesOf(userId));
    assertThrows(
        IllegalArgumentException.class,
        () -> keycloak.joinGroup(userId, TENANT, Role.PLATFORM_ADMIN));
  }

  private void sendsTheInvitation() {
    keycloak.sendInvitation(userId, Optional.empty());
    Mailbox.Received mail = Mailbox.await(EMAIL, 1).get(0);
    assertNotNull(mail.text(), "a text/plain part");
    assertTrue(
        mail.text().contains(KeycloakAdmin.ISSUER + "/login-actions/action-token?key="),
        mail.text());
    assertFalse(mail.text().contains(secret), "never the secret");
  }

  /**
   * The account's roles in the running realm are exactly the three of the realm file (read by the
   * bootstrap admin: user searches leave service accounts out, so through the client).
   */
  @Test
  void theServiceAccountHasExactlyItsThreeRoles() {
    KeycloakAdmin admin = new KeycloakAdmin();
    String client =
        admin.getArray("casustafel/clients?clientId=" + CLIENT).getJsonObject(0).getString("id");
    String account =
        admin.getObject("casustafel/clients/" + client + "/service-account-user").getString("id");
    JsonObject mappings = admin.getObject("casustafel/users/" + account + "/role-mappings");
    assertTrue(
        mappings.getJsonArray("realmMappings") == null
            || mappings.getJsonArray("realmMappings").isEmpty(),
        mappings.toString());
    JsonObject clients = mappings.getJsonObject("clientMappings");
    assertEquals(Set.of("realm-management"), clients.keySet());
    Set<String> roles = new TreeSet<>();
    clients
        .getJsonObject("realm-management")
        .getJsonArray("mappings")
        .getValuesAs(JsonObject.class)
        .forEach(r -> roles.add(r.getString("name")));
    assertEquals(
        Set.of("manage-identity-providers", "manage-organizations", "manage-users"), roles);
  }

  @Test
  void theServiceAccountCannotTouchClientsRolesTheRealmOrTheMasterRealm() {
    assertEquals(403, admin("GET", "clients", null).statusCode());
    assertEquals(
        403, admin("POST", "clients", "{\"clientId\":\"it-client-" + RUN + "\"}").statusCode());
    assertEquals(403, admin("POST", "roles", "{\"name\":\"it-role-" + RUN + "\"}").statusCode());
    assertEquals(403, admin("PUT", "", "{\"displayName\":\"Casustafel\"}").statusCode());
    assertEquals(
        403, send("GET", KeycloakAdmin.BASE + "/admin/realms/master/users", null).statusCode());
    assertEquals(
        403,
        send("POST", KeycloakAdmin.BASE + "/admin/realms/master/users", "{\"username\":\"it\"}")
            .statusCode());
  }

  /** The client is for its service account only; a wrong secret fails without showing it. */
  @Test
  void nobodySignsInThroughTheClientAndAWrongSecretFailsQuietly() {
    HttpResponse<String> password =
        tokenRequest("password", Map.of("username", "regisseur.gv", "password", "demo"));
    assertTrue(password.statusCode() == 400 || password.statusCode() == 401, password.body());
    String wrong = "wrong-secret-" + RUN;
    ProvisioningFailed refused =
        assertThrows(
            ProvisioningFailed.class,
            () -> new KeycloakProvisioning(settings(wrong)).findUser("regisseur.gv"));
    assertEquals(401, refused.status(), refused.getMessage());
    assertFalse(refused.getMessage().contains(wrong), refused.getMessage());
  }

  @AfterAll
  static void deleteWhatThisRunMade() {
    if (token == null) {
      return;
    }
    if (userId != null) {
      admin("DELETE", "users/" + userId, null);
    }
    if (orgId != null) {
      admin("DELETE", "organizations/" + orgId, null);
    }
    HttpResponse<String> tenant = admin("GET", "group-by-path/tenants/" + TENANT, null);
    if (tenant.statusCode() == 200) { // its role groups go with it
      admin("DELETE", "groups/" + json(tenant.body()).getString("id"), null);
    }
    admin("DELETE", "identity-provider/instances/" + IDP, null);
  }

  /** A throwaway OIDC identity provider (the account may manage them: to link them). */
  private static void createIdentityProvider() {
    String idp =
        Json.createObjectBuilder()
            .add("alias", IDP)
            .add("providerId", "oidc")
            .add("enabled", true)
            .add(
                "config",
                Json.createObjectBuilder()
                    .add("clientId", "it")
                    .add("clientSecret", "it")
                    .add("authorizationUrl", "http://127.0.0.1:9/auth")
                    .add("tokenUrl", "http://127.0.0.1:9/token"))
            .build()
            .toString();
    HttpResponse<String> created = admin("POST", "identity-provider/instances", idp);
    assertEquals(201, created.statusCode(), created.body());
  }

  private static ProvisioningSettings settings(String secret) {
    return new ProvisioningSettings(
        URI.create(KeycloakAdmin.BASE), KeycloakAdmin.REALM, CLIENT, secret);
  }

  private static HttpResponse<String> tokenRequest(String grant, Map<String, String> more) {
    StringBuilder form =
        new StringBuilder("grant_type=" + grant + "&client_id=" + CLIENT + "&client_secret=")
            .append(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    more.forEach(
        (k, v) ->
            form.append('&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return call(
        HttpRequest.newBuilder(URI.create(KeycloakAdmin.ISSUER + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  /**
   * A call to the casustafel realm's admin API ({@code path} below it) with the account's token.
   */
  private static HttpResponse<String> admin(String method, String path, String json) {
    String realm = KeycloakAdmin.BASE + "/admin/realms/" + KeycloakAdmin.REALM;
    return send(method, path.isEmpty() ? realm : realm + "/" + path, json);
  }

  private static HttpResponse<String> send(String method, String url, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return call(request);
  }

  private static HttpResponse<String> call(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("Keycloak at " + KeycloakAdmin.BASE + " did not answer", e);
    }
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
