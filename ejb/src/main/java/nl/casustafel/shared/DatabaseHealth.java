package nl.casustafel.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Tells whether the database answers and which schema version Flyway has applied. */
@Stateless
public class DatabaseHealth {

  /** The outcome of one check; {@code detail} never carries credentials. */
  public record Status(boolean up, String server, String schemaVersion, String detail) {}

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // A read-only probe.
  public Status check() {
    try {
      String server = (String) em.createNativeQuery("SELECT VERSION()").getSingleResult();
      Object version =
          em.createNativeQuery(
                  "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                      + " ORDER BY installed_rank DESC LIMIT 1")
              .getSingleResult();
      return new Status(true, server, String.valueOf(version), "ok");
    } catch (PersistenceException e) {
      return new Status(false, null, null, e.getClass().getSimpleName());
    }
  }
}
