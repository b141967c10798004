package nl.casustafel.identity.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.identity.Role;
import nl.casustafel.identity.TokenClaims;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.junit.jupiter.api.Test;

class AdminJsonTest {

  private static final PartnerId VT = new PartnerId("veilig-thuis-gooi-en-vechtstreek");

  private static JsonObject json(String text) {
    return (JsonObject) AdminJson.parse(text);
  }

  @Test
  void anOrganizationHasItsAliasNameAndAVerifiedDomainIfGiven() {
    JsonObject org = AdminJson.organization(VT, "Veilig Thuis", Optional.of("vt.example"));
    assertEquals(VT.value(), org.getString("alias"));
    assertEquals("Veilig Thuis", org.getString("name"));
    assertTrue(org.getBoolean("enabled"));
    assertEquals(
        json("{\"name\":\"vt.example\",\"verified\":true}"),
        org.getJsonArray("domains").getJsonObject(0));
    assertTrue(AdminJson.organization(VT, "x", Optional.empty()).getJsonArray("domains").isEmpty());
  }

  @Test
  void aNewUserIsEnabledUnverifiedWithTheGivenActionsOnly() {
    JsonObject user =
        AdminJson.user(
            "j.jansen",
            "j@vt.example",
            "Jan",
            "Jansen",
            List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"));
    assertEquals("j.jansen", user.getString("username"));
    assertTrue(user.getBoolean("enabled"));
    assertFalse(user.getBoolean("emailVerified"));
    assertEquals(
        Json.createArrayBuilder().add("UPDATE_PASSWORD").add("CONFIGURE_TOTP").build(),
        user.getJsonArray("requiredActions"));
    assertFalse(user.containsKey("credentials"), "no password: the person sets their own");
  }

  @Test
  void anIdIsSentAsAJsonString() {
    assertEquals("\"5c14-cda6\"", AdminJson.quoted("5c14-cda6"));
    assertEquals("\"a\\\"b\"", AdminJson.quoted("a\"b"));
    assertEquals("[\"UPDATE_PASSWORD\"]", AdminJson.strings(List.of("UPDATE_PASSWORD")));
  }

  @Test
  void findsTheOrganizationByItsAliasNotItsName() {
    List<JsonObject> orgs =
        List.of(
            json("{\"id\":\"1\",\"name\":\"veilig-thuis-gooi-en-vechtstreek\",\"alias\":\"x\"}"),
            json("{\"id\":\"2\",\"name\":\"Veilig Thuis\",\"alias\":\"" + VT.value() + "\"}"));
    assertEquals(Optional.of("2"), AdminJson.organizationId(orgs, VT));
    assertEquals(Optional.empty(), AdminJson.organizationId(orgs.subList(0, 1), VT));
  }

  @Test
  void findsOnlyTheExactUserByUsernameOrEmail() {
    JsonArray users =
        (JsonArray)
            AdminJson.parse(
                "[{\"id\":\"1\",\"username\":\"j.jansen2\",\"email\":\"j2@vt.example\"},"
                    + "{\"id\":\"2\",\"username\":\"j.jansen\",\"email\":\"j@vt.example\","
                    + "\"firstName\":\"Jan\",\"lastName\":\"Jansen\"}]");
    assertEquals("2", AdminJson.exactUser(users, "J.Jansen").orElseThrow().id());
    assertEquals("2", AdminJson.exactUser(users, "j@vt.example").orElseThrow().id());
    assertEquals("Jan Jansen", AdminJson.exactUser(users, "j.jansen").orElseThrow().name());
    assertTrue(AdminJson.exactUser(users, "j.jans").isEmpty());
  }

  @Test
  void aUserWithoutNameOrEmailHasEmptyStringsAndNoActions() {
    KeycloakUser user = KeycloakUser.of(json("{\"id\":\"1\",\"username\":\"x\"}"));
    assertEquals("", user.email());
    assertEquals("", user.name());
    assertEquals(List.of(), user.requiredActions());
  }

  @Test
  void groupPathsBecomeRolesPerTenantByTheTokensRules() {
    List<JsonObject> groups =
        List.of(
            json("{\"id\":\"1\",\"name\":\"AUDITOR\",\"path\":\"/tenants/zvh-gv/AUDITOR\"}"),
            json("{\"id\":\"2\",\"path\":\"/tenants/zvh-gv/PLATFORM_ADMIN\"}"),
            json("{\"id\":\"3\",\"path\":\"/platform/PLATFORM_ADMIN\"}"),
            json("{\"id\":\"4\",\"path\":\"/tenants/zvh-gv\"}"),
            json("{\"id\":\"5\",\"path\":\"/tenants/ZVH GV/AUDITOR\"}"));
    assertEquals(
        Map.of(new TenantId("zvh-gv"), Set.of(Role.AUDITOR)),
        TokenClaims.tenantRoles(AdminJson.groupPaths(groups)));
  }

  @Test
  void theOrganizationsOfAUserBecomeTheirPartnerOnlyIfThereIsOne() {
    JsonArray one = (JsonArray) AdminJson.parse("[{\"id\":\"1\",\"alias\":\"kwintes\"}]");
    JsonArray two =
        (JsonArray)
            AdminJson.parse(
                "[{\"id\":\"1\",\"alias\":\"kwintes\"},{\"id\":\"2\",\"alias\":\"ggz\"}]");
    assertEquals(
        Optional.of(new PartnerId("kwintes")), TokenClaims.partner(AdminJson.aliases(one)));
    assertEquals(Optional.empty(), TokenClaims.partner(AdminJson.aliases(two)));
  }

  @Test
  void theIdOfWhatWasCreatedIsTheLastSegmentOfTheLocation() {
    assertEquals(
        "9f1c-77",
        AdminJson.idFromLocation(
            "http://localhost:8180/admin/realms/casustafel/organizations/9f1c-77"));
    assertEquals("9f1c-77", AdminJson.idFromLocation("/admin/realms/casustafel/users/9f1c-77/"));
    assertThrows(IllegalArgumentException.class, () -> AdminJson.idFromLocation("/"));
  }

  @Test
  void keycloaksErrorTextIsItsMessageOrTheShortenedBody() {
    assertEquals(
        "User exists with same username",
        AdminJson.errorText("{\"errorMessage\":\"User exists with same username\"}"));
    assertEquals(
        "Invalid client or Invalid client credentials",
        AdminJson.errorText(
            "{\"error\":\"unauthorized_client\","
                + "\"error_description\":\"Invalid client or Invalid client credentials\"}"));
    assertEquals("unknown_error", AdminJson.errorText("{\"error\":\"unknown_error\"}"));
    assertEquals("Bad Gateway", AdminJson.errorText(" Bad Gateway\n"));
    assertEquals("", AdminJson.errorText(null));
    String page = "<html>" + "x".repeat(1000) + "</html>";
    assertEquals(AdminJson.MAX_ERROR + 1, AdminJson.errorText(page).length());
  }
}
