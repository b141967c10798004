package nl.casustafel.casefile;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.casustafel.shared.TenantScoped;

/**
 * Reaches the persistence unit the way application code does (in the request's tenant), so that
 * isolation tests can try find and JPQL directly.
 */
@Stateless
@TenantScoped
public class CaseProbe {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  public String find(long id) {
    Case kase = em.find(Case.class, id);
    return kase == null ? null : kase.reference();
  }

  public List<String> references() {
    return em.createQuery("SELECT c.reference FROM Casus c ORDER BY c.reference", String.class)
        .getResultList();
  }

  public List<String> informationOf(long caseId) {
    return em.createQuery("SELECT i.text FROM CaseInformation i WHERE i.caseId = :id", String.class)
        .setParameter("id", caseId)
        .getResultList();
  }
}
