package nl.casustafel.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * Reads a {@link CurrentUser} from the claims of a token that has already been verified.
 *
 * <p>The realm puts tenant roles in {@code groups} as {@code /tenants/<tenant>/<ROLE>} and the
 * platform role as {@code /platform/PLATFORM_ADMIN}; the partner is the one Keycloak organization
 * in {@code organization}. Anything of another shape grants nothing: an unknown role, a malformed
 * tenant id, or more than one organization (then we cannot tell for whom the user acts).
 */
public final class TokenClaims {

  private static final String TENANT_GROUP = "/tenants/";
  private static final String PLATFORM_ADMIN_GROUP = "/platform/PLATFORM_ADMIN";

  private TokenClaims() {}

  public static CurrentUser toCurrentUser(JsonObject claims) {
    List<String> groups = strings(claims.get("groups"));
    return new CurrentUser(
        claims.getString("sub"),
        claims.getString("preferred_username"),
        claims.getString("name", null),
        partner(claims.get("organization")),
        tenantRoles(groups),
        groups.contains(PLATFORM_ADMIN_GROUP));
  }

  /**
   * The tenant roles that group paths grant ({@code /tenants/<tenant>/<ROLE>}); any other path
   * grants nothing. Also read by {@code identity.provisioning} from Keycloak's admin API.
   */
  public static Map<TenantId, Set<Role>> tenantRoles(List<String> groups) {
    Map<TenantId, Set<Role>> tenants = new HashMap<>();
    for (String group : groups) {
      if (!group.startsWith(TENANT_GROUP)) {
        continue; // Not a tenant grant.
      }
      String[] parts = group.substring(TENANT_GROUP.length()).split("/");
      Optional<Role> role = parts.length == 2 ? tenantRole(parts[1]) : Optional.empty();
      Optional<TenantId> tenant = parts.length == 2 ? tenantId(parts[0]) : Optional.empty();
      if (role.isPresent() && tenant.isPresent()) {
        tenants.computeIfAbsent(tenant.get(), t -> EnumSet.noneOf(Role.class)).add(role.get());
      }
    }
    return tenants;
  }

  private static Optional<Role> tenantRole(String name) {
    for (Role role : Role.values()) {
      if (role != Role.PLATFORM_ADMIN && role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static Optional<TenantId> tenantId(String value) {
    try {
      return Optional.of(new TenantId(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Keycloak sends the organization as a list of aliases, or as an object keyed by alias; none or
   * more than one is no partner.
   */
  public static Optional<PartnerId> partner(JsonValue organization) {
    List<String> aliases =
        organization instanceof JsonObject object
            ? new ArrayList<>(object.keySet())
            : strings(organization);
    if (aliases.size() != 1) {
      return Optional.empty(); // None, or ambiguous: acting for no partner is the safe reading.
    }
    try {
      return Optional.of(new PartnerId(aliases.get(0)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<String> strings(JsonValue value) {
    if (value instanceof JsonString string) {
      return List.of(string.getString());
    }
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).getString())
        .toList();
  }
}
