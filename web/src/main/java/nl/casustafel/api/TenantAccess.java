package nl.casustafel.api;

import jakarta.ws.rs.NotFoundException;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.tenant.TenantId;

/**
 * Turns the tenant in an API path into a tenant the caller may act in. A tenant the token does not
 * grant answers exactly like one that does not exist, so its existence is not disclosed.
 */
public final class TenantAccess {

  private TenantAccess() {}

  public static TenantId granted(CurrentUser user, String tenantInPath) {
    try {
      TenantId tenant = new TenantId(tenantInPath);
      if (user.isMemberOf(tenant)) {
        return tenant;
      }
    } catch (IllegalArgumentException e) {
      // Same answer as for a tenant that is not granted.
    }
    throw new NotFoundException();
  }
}
