package nl.casustafel.partner;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.tenant.TenantId;

/** Answers which partners work in a tenant. Partner names are not personal data. */
@Stateless
public class PartnerDirectory {

  private static final String FROM_TENANT =
      " FROM Tenant t JOIN t.partners p WHERE t.id = :tenant AND LOWER(p.name) LIKE :filter";

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  public Optional<Partner> find(PartnerId id) {
    return Optional.ofNullable(em.find(Partner.class, id.value()));
  }

  /** One page of the tenant's partners with the filtered total; an unknown tenant has none. */
  public Page<Partner> partnersOf(TenantId tenant, PageRequest page) {
    return new Page<>(list(tenant, page), count(tenant, page.filter()));
  }

  /** The partners of one page, by name. */
  public List<Partner> list(TenantId tenant, PageRequest page) {
    return em.createQuery("SELECT p" + FROM_TENANT + " ORDER BY p.name, p.id", Partner.class)
        .setParameter("tenant", tenant.value())
        .setParameter("filter", page.likePattern())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many partners of the tenant match the name filter. */
  public long count(TenantId tenant, String filter) {
    return em.createQuery("SELECT COUNT(p)" + FROM_TENANT, Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("filter", new PageRequest(0, 1, filter).likePattern())
        .getSingleResult();
  }
}
