package nl.casustafel.identity.provisioning;

import java.util.Optional;
import java.util.Set;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;

/**
 * A person with at least one role in a tenant, as Keycloak knows them.
 *
 * @param organization the partner the person acts for: their one Keycloak organization; empty for
 *     none or more than one (the rule of the token's organization claim, identity.TokenClaims)
 * @param roles their roles in this tenant (groups {@code /tenants/<tenant>/<ROLE>})
 */
public record TenantMember(
    String id,
    String username,
    String email,
    String name,
    Optional<PartnerId> organization,
    Set<Role> roles) {

  public TenantMember {
    roles = Set.copyOf(roles);
  }
}
