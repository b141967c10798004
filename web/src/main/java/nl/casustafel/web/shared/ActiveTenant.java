package nl.casustafel.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.Optional;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.tenant.TenantId;

/**
 * The tenant the signed-in user works in during this session: the only one their token grants, or
 * the one they chose. It is never taken from a request parameter; every read checks it against the
 * current token again, so a revoked tenant is gone on the next request.
 */
@SessionScoped
public class ActiveTenant implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Provider<CurrentUser> user;

  private TenantId chosen;

  /** The active tenant, or empty when the user has none or must still choose. */
  public Optional<TenantId> id() {
    CurrentUser current = user.get();
    if (chosen != null && current.isMemberOf(chosen)) {
      return Optional.of(chosen);
    }
    return current.tenants().size() == 1
        ? Optional.of(current.tenants().keySet().iterator().next())
        : Optional.empty();
  }

  /** Whether the user must pick one of several tenants before working. */
  public boolean mustChoose() {
    return id().isEmpty() && user.get().tenants().size() > 1;
  }

  /** Switches to a tenant the token grants; anything else is refused. */
  public void switchTo(TenantId tenant) {
    if (!user.get().isMemberOf(tenant)) {
      throw new IllegalArgumentException("Tenant not granted: " + tenant);
    }
    chosen = tenant;
  }
}
