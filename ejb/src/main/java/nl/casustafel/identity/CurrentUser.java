package nl.casustafel.identity;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * The signed-in user of one request: who (subject, username, display name), for which partner, and
 * which roles in which tenants. Immutable; built by {@link TokenClaims} from a verified token.
 */
public record CurrentUser(
    String subject,
    String username,
    String name,
    Optional<PartnerId> partner,
    Map<TenantId, Set<Role>> tenants,
    boolean platformAdmin) {

  public CurrentUser {
    Objects.requireNonNull(subject, "subject is required.");
    Objects.requireNonNull(username, "username is required.");
    name = name == null || name.isBlank() ? username : name;
    partner = Objects.requireNonNull(partner);
    tenants = Map.copyOf(tenants);
  }

  /** Whether the token grants this user any role in the tenant. */
  public boolean isMemberOf(TenantId tenant) {
    return tenants.containsKey(tenant);
  }

  /**
   * This user as the platform sees them now: without the roles taken away since their token was
   * issued and without suspended tenants (issue #15: a removal counts from the next request, not
   * from the end of the session). A tenant left without roles is no longer granted.
   */
  public CurrentUser standing(Map<TenantId, Set<Role>> revoked, Set<TenantId> suspended) {
    Map<TenantId, Set<Role>> kept = new java.util.HashMap<>();
    tenants.forEach(
        (tenant, roles) -> {
          Set<Role> left = new java.util.HashSet<>(roles);
          left.removeAll(revoked.getOrDefault(tenant, Set.of()));
          if (!left.isEmpty() && !suspended.contains(tenant)) {
            kept.put(tenant, Set.copyOf(left));
          }
        });
    return new CurrentUser(subject, username, name, partner, kept, platformAdmin);
  }

  /** The roles in one tenant; none when the tenant is not granted. */
  public Set<Role> rolesIn(TenantId tenant) {
    return tenants.getOrDefault(tenant, Set.of());
  }
}
