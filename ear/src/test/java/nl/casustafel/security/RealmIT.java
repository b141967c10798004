package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.casustafel.it.KeycloakAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The realm as the running Keycloak has it, read through the admin API: hardening and demo users.
 */
class RealmIT {

  private static final String REALM = KeycloakAdmin.REALM;
  private static KeycloakAdmin keycloak;

  @BeforeAll
  static void connect() {
    keycloak = new KeycloakAdmin();
  }

  private static JsonObject client(String clientId) {
    return keycloak.getArray(REALM + "/clients?clientId=" + clientId).getJsonObject(0);
  }

  @Test
  void theRealmIsHardened() {
    JsonObject realm = keycloak.getObject(REALM);
    assertTrue(realm.getBoolean("organizationsEnabled"));
    assertTrue(realm.getBoolean("bruteForceProtected"), "brute-force detection");
    assertFalse(realm.getBoolean("permanentLockout"), "lockout is temporary");
    assertTrue(realm.getBoolean("revokeRefreshToken"), "refresh tokens rotate");
    assertEquals(0, realm.getInt("refreshTokenMaxReuse"));
    assertTrue(realm.getInt("accessTokenLifespan") <= 300);
    assertTrue(realm.getInt("ssoSessionIdleTimeout") <= 1800);
    assertEquals("totp", realm.getString("otpPolicyType"));
  }

  @Test
  void theWebClientRequiresPkceAndAllowsOnlyTheCodeFlow() {
    JsonObject web = client("casustafel-web");
    assertFalse(web.getBoolean("publicClient"));
    assertTrue(web.getBoolean("standardFlowEnabled"));
    assertFalse(web.getBoolean("implicitFlowEnabled"));
    assertFalse(web.getBoolean("directAccessGrantsEnabled"));
    assertEquals("S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"));
  }

  @Test
  void noClientOfOursHasAWildcardRedirect() {
    for (String clientId : new String[] {"casustafel-web", "casustafel-cli", "casustafel-api"}) {
      for (JsonValue uri : client(clientId).getJsonArray("redirectUris")) {
        String value = ((JsonString) uri).getString();
        assertFalse(value.contains("*"), clientId + " redirects to " + value);
      }
    }
    assertEquals(
        "http://localhost:9080/oidcclient/redirect/casustafel",
        client("casustafel-web").getJsonArray("redirectUris").getString(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manager.gv         | zvh-gooi-en-vechtstreek          | /tenants/zvh-gv/ZVH_MANAGER",
        "regisseur.gv       | zvh-gooi-en-vechtstreek          | /tenants/zvh-gv/CASE_DIRECTOR",
        "zorgcoord.gv       | zvh-gooi-en-vechtstreek          | /tenants/zvh-gv/CARE_COORDINATOR",
        "politie.mnl        | politie-midden-nederland         | /tenants/zvh-flevoland/PARTNER_MEMBER /tenants/zvh-gv/PARTNER_MEMBER",
        "veiligthuis.gv     | veilig-thuis-gooi-en-vechtstreek | /tenants/zvh-gv/PARTNER_MEMBER",
        "scharlakenkoord    | scharlaken-koord                 | /tenants/zvh-gv/PARTNER_MEMBER",
        "kwintes.gv         | kwintes                          | /tenants/zvh-gv/PARTNER_MEMBER",
        "gemeente.hilversum | gemeente-hilversum               | /tenants/zvh-gv/MUNICIPAL_LIAISON",
        "auditor.gv         | zvh-gooi-en-vechtstreek          | /tenants/zvh-gv/AUDITOR",
        "manager.flevo      | zvh-flevoland-organisatie        | /tenants/zvh-flevoland/ZVH_MANAGER",
        "beheer             |                                  | /platform/PLATFORM_ADMIN",
      })
  void everyDemoUserHasExactlyTheirPartnerTenantsAndRoles(
      String username, String partner, String groups) {
    JsonObject user =
        keycloak.getArray(REALM + "/users?exact=true&username=" + username).getJsonObject(0);
    String id = user.getString("id");
    Set<String> actual =
        keycloak.getArray(REALM + "/users/" + id + "/groups").stream()
            .map(g -> g.asJsonObject().getString("path"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of(groups.split(" "))), actual);
    Set<String> organizations =
        keycloak.getArray(REALM + "/organizations/members/" + id + "/organizations").stream()
            .map(o -> o.asJsonObject().getString("alias"))
            .collect(Collectors.toSet());
    assertEquals(partner == null ? Set.of() : Set.of(partner), organizations);
  }

  /**
   * Partner ids of the application are the organization aliases of the realm: every demo partner is
   * an organization, and every organization is a partner in the database (partners added on the
   * screens since, issue #15, are made in both at once).
   */
  @Test
  void everyPartnerIsAnOrganizationAndBack() throws Exception {
    Set<String> aliases =
        keycloak.getArray(REALM + "/organizations?max=500").stream()
            .map(o -> o.asJsonObject().getString("alias"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(aliases.containsAll(demoPartnerIds()), "every demo partner: " + aliases);
    Set<String> partners = new TreeSet<>();
    try (java.sql.Connection db = nl.casustafel.it.ApiTest.ownerDatabase();
        java.sql.ResultSet rows = db.createStatement().executeQuery("SELECT id FROM partner")) {
      while (rows.next()) {
        partners.add(rows.getString(1));
      }
    }
    Set<String> strangers = new TreeSet<>(aliases);
    strangers.removeAll(partners);
    assertEquals(Set.of(), strangers, "organizations that are no partner");
  }

  private static Set<String> demoPartnerIds() throws IOException {
    String sql =
        Files.readString(
            Path.of("../ejb/src/main/resources/db/demo/R__demo_tenants_and_partners.sql"));
    Matcher partner = Pattern.compile("\\('([a-z0-9-]+)', '[^']+', '[A-Z_]+'\\)").matcher(sql);
    Set<String> ids = new TreeSet<>();
    while (partner.find()) {
      ids.add(partner.group(1));
    }
    assertTrue(ids.size() > 20, "demo partners found: " + ids);
    return ids;
  }

  @Test
  void groupsExistForEveryRoleInEveryTenant() {
    for (String tenant : new String[] {"zvh-gv", "zvh-flevoland"}) {
      for (String role :
          new String[] {
            "ZVH_MANAGER",
            "CASE_DIRECTOR",
            "CARE_COORDINATOR",
            "PARTNER_MEMBER",
            "MUNICIPAL_LIAISON",
            "AUDITOR"
          }) {
        String path = "/tenants/" + tenant + "/" + role;
        assertEquals(path, keycloak.getObject(REALM + "/group-by-path" + path).getString("path"));
      }
    }
  }
}
