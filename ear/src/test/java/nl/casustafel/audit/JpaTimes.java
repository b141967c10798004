package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseInformation;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Tenancy;

/**
 * An instant through JPA, inside Liberty, for {@link JpaDaylightSavingIT}: a case information item
 * of demo case 1 (zvh-gv) stored at a given moment, read back anew, its column read as text, and
 * removed again.
 */
@Stateless
public class JpaTimes {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  public long store(Instant at) {
    em.setProperty(Tenancy.PROPERTY, "zvh-gv");
    CaseInformation item =
        new CaseInformation(
            new CaseId(1L),
            DataCategory.SOCIAL,
            new PartnerId("zvh-gooi-en-vechtstreek"),
            "Zomertijdtest",
            "it.dst",
            at);
    em.persist(item);
    em.flush();
    return item.id();
  }

  /** The item's moment as JPA reads it from the database (not from the persistence context). */
  public Instant read(long id) {
    em.setProperty(Tenancy.PROPERTY, "zvh-gv");
    em.clear();
    return em.createQuery("SELECT i FROM CaseInformation i WHERE i.id = :id", CaseInformation.class)
        .setParameter("id", id)
        .getSingleResult()
        .createdAt();
  }

  /** The stored DATETIME as MariaDB prints it: the UTC wall-clock time. */
  public String stored(long id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM case_information"
                    + " WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  public void remove(long id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM case_information WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
