package nl.casustafel.identity.provisioning;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.identity.Role;
import nl.casustafel.tenant.TenantId;

/**
 * The groups that grant tenant roles: {@code /tenants/<tenant>/<ROLE>}, one subgroup per tenant
 * role, the shape that identity.TokenClaims reads from the token's {@code groups} claim.
 */
final class TenantGroups {

  static final String ROOT = "/tenants";

  /** The roles granted per tenant: all but PLATFORM_ADMIN (group /platform/PLATFORM_ADMIN). */
  static final List<Role> TENANT_ROLES =
      Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_ADMIN).toList();

  private final KeycloakHttp keycloak;

  TenantGroups(KeycloakHttp keycloak) {
    this.keycloak = keycloak;
  }

  static String path(TenantId tenant) {
    return ROOT + "/" + tenant.value();
  }

  /** The group of a tenant role; refuses PLATFORM_ADMIN, which no tenant grants. */
  static String path(TenantId tenant, Role role) {
    if (!TENANT_ROLES.contains(role)) {
      throw new IllegalArgumentException(role + " is not a tenant role");
    }
    return path(tenant) + "/" + role.name();
  }

  /** Creates whatever of /tenants, /tenants/<tenant> and its role groups is missing. */
  void ensure(TenantId tenant) {
    String root = ensureChild(Optional.empty(), "", ROOT.substring(1));
    String tenantGroup = ensureChild(Optional.of(root), ROOT, tenant.value());
    for (Role role : TENANT_ROLES) {
      ensureChild(Optional.of(tenantGroup), path(tenant), role.name());
    }
  }

  /** The id of the group at {@code path}; empty when there is none. */
  Optional<String> id(String path) {
    KeycloakHttp.Answer answer =
        keycloak.send(
            "find group " + path,
            "GET",
            keycloak.urls().groupByPath(path),
            Optional.empty(),
            Set.of(200, 404));
    return answer.status() == 404 ? Optional.empty() : Optional.of(answer.object().getString("id"));
  }

  /** The id of a tenant role's group, which must exist (see {@link #ensure}). */
  String roleGroup(TenantId tenant, Role role) {
    String path = path(tenant, role);
    return id(path).orElseThrow(() -> new ProvisioningFailed("find group " + path, 404, ""));
  }

  /** The users in a group (not in its subgroups), page by page. */
  List<KeycloakUser> members(String groupId) {
    List<KeycloakUser> members = new ArrayList<>();
    for (JsonObject user :
        Pages.all(
            first ->
                keycloak
                    .get(
                        "members of group " + groupId,
                        keycloak
                            .urls()
                            .admin(Pages.query(first, Map.of()), "groups", groupId, "members"))
                    .array())) {
      members.add(KeycloakUser.of(user));
    }
    return members;
  }

  private String ensureChild(Optional<String> parentId, String parentPath, String name) {
    String path = parentPath + "/" + name;
    Optional<String> existing = id(path);
    if (existing.isPresent()) {
      return existing.get();
    }
    var url =
        parentId
            .map(id -> keycloak.urls().admin("groups", id, "children"))
            .orElseGet(() -> keycloak.urls().admin("groups"));
    KeycloakHttp.Answer created =
        keycloak.send(
            "create group " + path,
            "POST",
            url,
            Optional.of(AdminJson.group(name).toString()),
            Set.of(201, 409));
    // 409: made meanwhile by another call; it is there now.
    return created.status() == 201 ? created.createdId() : id(path).orElseThrow();
  }
}
