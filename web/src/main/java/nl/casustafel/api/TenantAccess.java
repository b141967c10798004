package nl.casustafel.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * Turns the tenant in an API path into the request's tenant, if the token grants it. A tenant the
 * token does not grant answers exactly like one that does not exist, so its existence is not
 * disclosed.
 */
@RequestScoped
public class TenantAccess {

  @Inject private CurrentUser user;
  @Inject private TenantContext context;

  public TenantId enter(String tenantInPath) {
    TenantId tenant = granted(tenantInPath);
    context.enter(tenant);
    return tenant;
  }

  private TenantId granted(String tenantInPath) {
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
