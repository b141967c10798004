package nl.casustafel.tenant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks tenants up by id. */
@Stateless
public class TenantDirectory {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value()));
  }

  /** The tenant's name for display; its id when the tenant is unknown. */
  public String nameOf(TenantId id) {
    return find(id).map(Tenant::getName).orElse(id.value());
  }
}
