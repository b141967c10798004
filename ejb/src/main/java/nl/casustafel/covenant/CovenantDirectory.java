package nl.casustafel.covenant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.shared.TenantScoped;

/**
 * The covenant in force in the request's tenant. Not personal data: every member of a tenant may
 * read its covenant.
 */
@Stateless
@TenantScoped
public class CovenantDirectory {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  /** The version in force on the day: the newest adopted one that started by then, if any. */
  public Optional<Covenant> inForce(LocalDate day) {
    return em
        .createQuery(
            "SELECT c FROM Covenant c WHERE c.status = :adopted AND c.validFrom <= :day"
                + " AND (c.validTo IS NULL OR c.validTo >= :day) ORDER BY c.version DESC",
            Covenant.class)
        .setParameter("day", day)
        .setParameter("adopted", CovenantStatus.ADOPTED)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** By id, within the request's tenant only: another tenant's covenant is simply not found. */
  public Optional<Covenant> find(long id) {
    return Optional.ofNullable(em.find(Covenant.class, id));
  }
}
