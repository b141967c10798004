package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in realm files: the production realm holds no demo account and a strong default
 * password policy; the demo's files, combined as {@code ./casustafel} combines them, are complete.
 */
class RealmFilesTest {

  private static final Path PRODUCTION = Path.of("../keycloak-realm/src/main/keycloak");
  private static final Path DEMO = Path.of("../keycloak-realm/src/main/keycloak-demo");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{CASUSTAFEL_PASSWORD_POLICY:([^}]*)}");

  private static final String PROVISIONING = "casustafel-provisioning";

  @TempDir Path tmp;

  private static JsonObject production() throws IOException {
    return RealmImportDir.read(PRODUCTION.resolve("casustafel-realm.json")).asJsonObject();
  }

  @Test
  void theProductionRealmsAreOnlyTheCasustafelRealm() throws IOException {
    try (var files = Files.list(PRODUCTION)) {
      assertEquals(
          List.of("casustafel-realm.json"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theProductionRealmHasNoUsersMembersOrDemoIdentityProvider() throws IOException {
    JsonObject realm = production();
    for (JsonValue user : realm.getJsonArray("users")) {
      assertEquals( // the one user is the provisioning client's service account: nobody signs in
          PROVISIONING,
          user.asJsonObject().getString("serviceAccountClientId", "a person"),
          user.toString());
    }
    assertFalse(realm.containsKey("identityProviders"), "the police's demo IdP");
    for (JsonValue organization : realm.getJsonArray("organizations")) {
      JsonObject org = organization.asJsonObject();
      assertTrue(org.getJsonArray("members").isEmpty(), org.getString("alias"));
      assertFalse(org.containsKey("identityProviders"), org.getString("alias"));
    }
  }

  /**
   * Issue #15: partners (Keycloak organizations) and regions (groups /tenants/<tenant>/<ROLE>) are
   * made in the product through the admin API; the realm file keeps what every installation shares.
   * The demo's organizations and regions come with the demo overlay.
   */
  @Test
  void theProductionRealmHoldsNoOrganizationOrRegion() throws IOException {
    JsonObject realm = production();
    assertTrue(realm.getJsonArray("organizations").isEmpty(), "organizations");
    assertEquals(Set.of("/platform", "/platform/PLATFORM_ADMIN"), groupPaths(realm));
  }

  @Test
  void theProductionPasswordPolicyIsStrongUnlessConfigured() throws IOException {
    String text = Files.readString(PRODUCTION.resolve("casustafel-realm.json"));
    assertFalse(text.contains("length(4)"), "the demo's policy");
    Matcher policy = PLACEHOLDER.matcher(production().getString("passwordPolicy"));
    assertTrue(policy.matches(), "a placeholder with a default: " + policy);
    String defaultPolicy = policy.group(1);
    Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(defaultPolicy);
    assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, defaultPolicy);
    assertTrue(defaultPolicy.contains("notUsername"), defaultPolicy);
    assertTrue(defaultPolicy.contains("notEmail"), defaultPolicy);
  }

  @Test
  void otpIsRequiredUnlessConfigured() throws IOException {
    JsonObject totp = production().getJsonArray("requiredActions").getJsonObject(0);
    assertEquals("CONFIGURE_TOTP", totp.getString("alias"));
    assertEquals("${CASUSTAFEL_REQUIRE_OTP:true}", totp.getString("defaultAction"));
  }

  /**
   * An invited person sets a password through Keycloak's execute-actions mail: a realm that lists
   * its required actions must list UPDATE_PASSWORD, enabled, or Keycloak skips it ("account
   * updated", no password set).
   */
  @Test
  void anInvitedPersonCanSetAPassword() throws IOException {
    assertTrue(
        production().getJsonArray("requiredActions").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                a -> a.getString("alias").equals("UPDATE_PASSWORD") && a.getBoolean("enabled")),
        "UPDATE_PASSWORD enabled");
  }

  /**
   * The application's service account may manage users (and their groups), organizations and their
   * identity-provider links, and nothing else: no realm role, no other client's role, no admin role
   * of the realm as a whole (see README "Partners and people in Keycloak").
   */
  @Test
  void theProvisioningServiceAccountHasTheLeastRights() throws IOException {
    JsonObject account =
        production().getJsonArray("users").getValuesAs(JsonObject.class).stream()
            .filter(u -> PROVISIONING.equals(u.getString("serviceAccountClientId", null)))
            .findFirst()
            .orElseThrow();
    assertEquals("service-account-" + PROVISIONING, account.getString("username"));
    assertTrue(account.getJsonArray("realmRoles").isEmpty(), "no realm role, not even the default");
    assertTrue(account.getJsonArray("groups").isEmpty(), "no group");
    JsonObject clientRoles = account.getJsonObject("clientRoles");
    assertEquals(Set.of("realm-management"), clientRoles.keySet());
    assertEquals(
        Set.of("manage-users", "manage-organizations", "manage-identity-providers"),
        new TreeSet<>(
            clientRoles.getJsonArray("realm-management").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()));
  }

  /** A confidential client for its service account only: no sign-in of people through it. */
  @Test
  void theProvisioningClientOnlyHasAServiceAccountWithASecretFromTheEnvironment()
      throws IOException {
    JsonObject client = client(PROVISIONING);
    assertTrue(client.getBoolean("serviceAccountsEnabled"));
    assertFalse(client.getBoolean("publicClient"));
    assertFalse(client.getBoolean("standardFlowEnabled"));
    assertFalse(client.getBoolean("implicitFlowEnabled"));
    assertFalse(client.getBoolean("directAccessGrantsEnabled"));
    assertTrue(client.getJsonArray("redirectUris").isEmpty());
    // No default: a missing variable must not leave a published secret (./casustafel requires it).
    assertEquals("${CASUSTAFEL_PROVISIONING_SECRET}", client.getString("secret"));
  }

  /** Keycloak sends the invitation (set a password) through the stack's SMTP server by default. */
  @Test
  void keycloakSendsMailThroughTheConfiguredSmtpServer() throws IOException {
    JsonObject smtp = production().getJsonObject("smtpServer");
    assertEquals("${CASUSTAFEL_SMTP_HOST:127.0.0.1}", smtp.getString("host"));
    assertEquals("${CASUSTAFEL_SMTP_PORT:3025}", smtp.getString("port"));
    assertEquals("noreply@casustafel.example", smtp.getString("from"));
  }

  private static JsonObject client(String clientId) throws IOException {
    return production().getJsonArray("clients").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("clientId").equals(clientId))
        .findFirst()
        .orElseThrow();
  }

  /** Keycloak's import fails on a member that is no user; a user's group must exist. */
  @Test
  void theDemoImportHasEveryMemberAsUserAndEveryGroupOfTheUsers() throws IOException {
    Path out = tmp.resolve("import");
    RealmImportDir.build(out, List.of(PRODUCTION, DEMO));
    JsonObject realm = RealmImportDir.read(out.resolve("casustafel-realm.json")).asJsonObject();
    JsonObject users = RealmImportDir.read(out.resolve("casustafel-users-0.json")).asJsonObject();
    assertEquals("casustafel", users.getString("realm"));
    Set<String> usernames = new TreeSet<>();
    Set<String> userGroups = new TreeSet<>();
    for (JsonValue user : users.getJsonArray("users")) {
      usernames.add(user.asJsonObject().getString("username"));
      user.asJsonObject().getJsonArray("groups").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .forEach(userGroups::add);
    }
    Set<String> members = new TreeSet<>();
    for (JsonValue org : realm.getJsonArray("organizations")) {
      for (JsonValue member : org.asJsonObject().getJsonArray("members")) {
        members.add(member.asJsonObject().getString("username"));
      }
    }
    assertTrue(members.size() >= 9, "memberships: " + members);
    assertTrue(usernames.containsAll(members), members + " not all in " + usernames);
    assertTrue(groupPaths(realm).containsAll(userGroups), userGroups.toString());
    assertTrue(Files.exists(out.resolve("politie-idp-realm.json")), "the police's own IdP");
  }

  @Test
  void theDemoLinksThePoliceOrganizationToItsIdentityProvider() throws IOException {
    Path out = tmp.resolve("import");
    RealmImportDir.build(out, List.of(PRODUCTION, DEMO));
    JsonObject realm = RealmImportDir.read(out.resolve("casustafel-realm.json")).asJsonObject();
    assertEquals(
        "politie-idp", realm.getJsonArray("identityProviders").getJsonObject(0).getString("alias"));
    JsonObject police =
        realm.getJsonArray("organizations").stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("alias").equals("politie-midden-nederland"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "politie-idp",
        police.getJsonArray("identityProviders").getJsonObject(0).getString("alias"));
  }

  private static Set<String> groupPaths(JsonObject realm) {
    Set<String> paths = new TreeSet<>();
    addPaths("", realm.getJsonArray("groups").getValuesAs(JsonObject.class), paths);
    return paths;
  }

  private static void addPaths(String parent, List<JsonObject> groups, Set<String> paths) {
    for (JsonObject group : groups) {
      String path = parent + "/" + group.getString("name");
      paths.add(path);
      if (group.containsKey("subGroups")) {
        addPaths(path, group.getJsonArray("subGroups").getValuesAs(JsonObject.class), paths);
      }
    }
  }
}
