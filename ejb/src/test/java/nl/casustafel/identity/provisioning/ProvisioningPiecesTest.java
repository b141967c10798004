package nl.casustafel.identity.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.identity.Role;
import nl.casustafel.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** The token cache's clock, the failure's message, tenant group paths and paging. */
class ProvisioningPiecesTest {

  private static final Instant T0 = Instant.parse("2026-03-30T08:00:00Z");

  @Test
  void aTokenIsUsedUntilThirtySecondsBeforeItExpires() {
    JsonObject response =
        Json.createObjectBuilder().add("access_token", "eyJ").add("expires_in", 300).build();
    ServiceToken token = ServiceToken.from(response, T0);
    assertEquals(T0.plusSeconds(300), token.expiresAt());
    assertTrue(token.usableAt(T0.plusSeconds(269)));
    assertFalse(token.usableAt(T0.plusSeconds(270)));
    assertFalse(token.toString().contains("eyJ"), token.toString());
  }

  @Test
  void aFailureTellsStatusAndKeycloaksTextAndA409IsAlreadyExists() {
    ProvisioningFailed taken =
        new ProvisioningFailed("create user j.jansen", 409, "User exists with same username");
    assertTrue(taken.alreadyExists());
    assertEquals(
        "create user j.jansen: already exists (User exists with same username)",
        taken.getMessage());
    ProvisioningFailed refused = new ProvisioningFailed("list organizations", 403, "");
    assertFalse(refused.alreadyExists());
    assertEquals("list organizations: HTTP 403", refused.getMessage());
  }

  @Test
  void theSettingsNeverShowTheSecretAndRequireIt() {
    ProvisioningSettings settings =
        new ProvisioningSettings(
            URI.create("http://localhost:8180"), "casustafel", "casustafel-provisioning", "s3cr3t");
    assertFalse(settings.toString().contains("s3cr3t"), settings.toString());
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () ->
                new ProvisioningSettings(
                    URI.create("http://localhost:8180"),
                    "casustafel",
                    "casustafel-provisioning",
                    ""));
    assertEquals("CASUSTAFEL_PROVISIONING_SECRET is not set", missing.getMessage());
  }

  @Test
  void everyTenantRoleHasItsGroupButPlatformAdminHasNone() {
    TenantId gv = new TenantId("zvh-gv");
    assertEquals(
        List.of(
            Role.ZVH_MANAGER,
            Role.CASE_DIRECTOR,
            Role.CARE_COORDINATOR,
            Role.PARTNER_MEMBER,
            Role.PARTNER_COORDINATOR,
            Role.MUNICIPAL_LIAISON,
            Role.AUDITOR),
        TenantGroups.TENANT_ROLES);
    assertEquals("/tenants/zvh-gv", TenantGroups.path(gv));
    assertEquals("/tenants/zvh-gv/CASE_DIRECTOR", TenantGroups.path(gv, Role.CASE_DIRECTOR));
    assertThrows(IllegalArgumentException.class, () -> TenantGroups.path(gv, Role.PLATFORM_ADMIN));
  }

  @Test
  void pagesAreReadUntilAShortOne() {
    List<Integer> asked = new ArrayList<>();
    List<JsonObject> all =
        Pages.all(
            first -> {
              asked.add(first);
              return page(first < 200 ? Pages.SIZE : 7);
            });
    assertEquals(List.of(0, 100, 200), asked);
    assertEquals(207, all.size());
    assertEquals("100", Pages.query(100, java.util.Map.of()).get("first"));
    assertEquals("true", Pages.query(0, java.util.Map.of()).get("briefRepresentation"));
  }

  @Test
  void pagingIsBounded() {
    assertThrows(IllegalStateException.class, () -> Pages.all(first -> page(Pages.SIZE)));
  }

  private static JsonArray page(int size) {
    var page = Json.createArrayBuilder();
    for (int i = 0; i < size; i++) {
      page.add(Json.createObjectBuilder().add("id", Integer.toString(i)));
    }
    return page.build();
  }
}
