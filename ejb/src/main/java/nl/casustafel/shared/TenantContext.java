package nl.casustafel.shared;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.casustafel.tenant.TenantId;

/**
 * The tenant this request acts in. The web layer sets it once per request from what the token
 * grants (the UI's active tenant, the API's checked path); nothing else writes it.
 */
@RequestScoped
public class TenantContext {

  private TenantId tenant;

  public void enter(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("A request acts in one tenant only.");
    }
    this.tenant = tenant;
  }

  public Optional<TenantId> current() {
    return Optional.ofNullable(tenant);
  }
}
