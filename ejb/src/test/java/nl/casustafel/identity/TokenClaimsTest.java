package nl.casustafel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  private static final TenantId GV = new TenantId("zvh-gv");
  private static final TenantId FLEVO = new TenantId("zvh-flevoland");

  private static JsonObjectBuilder claims(String... groups) {
    return Json.createObjectBuilder()
        .add("sub", "5c14cda6")
        .add("preferred_username", "politie.mnl")
        .add("name", "Peter Jansen")
        .add("groups", Json.createArrayBuilder(java.util.List.of(groups)));
  }

  @Test
  void readsTheUserTheirPartnerAndTheirRolesPerTenant() {
    JsonObject token =
        claims("/tenants/zvh-gv/PARTNER_MEMBER", "/tenants/zvh-flevoland/PARTNER_MEMBER")
            .add("organization", Json.createArrayBuilder().add("politie-midden-nederland"))
            .build();
    CurrentUser user = TokenClaims.toCurrentUser(token);
    assertEquals("5c14cda6", user.subject());
    assertEquals("politie.mnl", user.username());
    assertEquals("Peter Jansen", user.name());
    assertEquals(Optional.of(new PartnerId("politie-midden-nederland")), user.partner());
    assertEquals(
        Map.of(GV, Set.of(Role.PARTNER_MEMBER), FLEVO, Set.of(Role.PARTNER_MEMBER)),
        user.tenants());
    assertFalse(user.platformAdmin());
  }

  @Test
  void readsTheOrganizationAlsoAsAnObjectKeyedByAlias() {
    JsonObject token =
        claims("/tenants/zvh-gv/AUDITOR")
            .add("organization", Json.createObjectBuilder().add("zvh-gooi-en-vechtstreek", "{}"))
            .build();
    assertEquals(
        Optional.of(new PartnerId("zvh-gooi-en-vechtstreek")),
        TokenClaims.toCurrentUser(token).partner());
  }

  @Test
  void twoOrganizationsMeanNoPartnerRatherThanAGuess() {
    JsonObject token =
        claims()
            .add(
                "organization",
                Json.createArrayBuilder().add("politie-midden-nederland").add("vng"))
            .build();
    assertTrue(TokenClaims.toCurrentUser(token).partner().isEmpty());
  }

  @Test
  void groupsOfAnotherShapeGrantNothing() {
    CurrentUser user =
        TokenClaims.toCurrentUser(
            claims(
                    "/tenants/zvh-gv/KING",
                    "/tenants/ZVH GV/AUDITOR",
                    "/tenants/zvh-gv",
                    "/tenants/zvh-gv/AUDITOR/extra",
                    "/tenants/zvh-gv/PLATFORM_ADMIN",
                    "/other/zvh-gv/AUDITOR",
                    "tenants/zvh-gv/AUDITOR")
                .build());
    assertEquals(Map.of(), user.tenants());
    assertFalse(user.platformAdmin());
    assertTrue(user.rolesIn(GV).isEmpty());
  }

  @Test
  void thePlatformAdminHasNoTenant() {
    CurrentUser user = TokenClaims.toCurrentUser(claims("/platform/PLATFORM_ADMIN").build());
    assertTrue(user.platformAdmin());
    assertTrue(user.tenants().isEmpty());
  }

  @Test
  void severalRolesInOneTenantAddUp() {
    CurrentUser user =
        TokenClaims.toCurrentUser(
            claims("/tenants/zvh-gv/CASE_DIRECTOR", "/tenants/zvh-gv/CARE_COORDINATOR").build());
    assertEquals(Set.of(Role.CASE_DIRECTOR, Role.CARE_COORDINATOR), user.rolesIn(GV));
    assertTrue(user.isMemberOf(GV));
    assertFalse(user.isMemberOf(FLEVO));
  }

  @Test
  void aTokenWithoutSubjectIsRefused() {
    JsonObject token = Json.createObjectBuilder().add("preferred_username", "x").build();
    assertThrows(NullPointerException.class, () -> TokenClaims.toCurrentUser(token));
  }

  @Test
  void theNameFallsBackToTheUsername() {
    JsonObject token =
        Json.createObjectBuilder().add("sub", "s").add("preferred_username", "beheer").build();
    assertEquals("beheer", TokenClaims.toCurrentUser(token).name());
  }
}
