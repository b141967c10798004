package nl.casustafel.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.casustafel.tenant.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that says which tenant a request acts in. Until sign-in exists every visitor sees
 * the demo tenant ({@code casustafel.demo-tenant}); with sign-in this becomes the tenant the user
 * chose among those their token grants.
 */
@RequestScoped
public class ActiveTenant {

  @Inject
  @ConfigProperty(name = "casustafel.demo-tenant", defaultValue = "zvh-gv")
  String configured;

  public TenantId id() {
    return new TenantId(configured);
  }
}
