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

  /** One page of the tenant's partners, by name; an unknown tenant has no partners. */
  public Page<Partner> partnersOf(TenantId tenant, PageRequest page) {
    List<Partner> items =
        em.createQuery("SELECT p" + FROM_TENANT + " ORDER BY p.name, p.id", Partner.class)
            .setParameter("tenant", tenant.value())
            .setParameter("filter", page.likePattern())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(p)" + FROM_TENANT, Long.class)
            .setParameter("tenant", tenant.value())
            .setParameter("filter", page.likePattern())
            .getSingleResult();
    return new Page<>(items, total);
  }
}
