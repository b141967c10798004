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

  /** The roles in one tenant; none when the tenant is not granted. */
  public Set<Role> rolesIn(TenantId tenant) {
    return tenants.getOrDefault(tenant, Set.of());
  }
}
