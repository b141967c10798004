package nl.casustafel.registry;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every night at 02:30 Amsterdam time, proposes a destruction list in each tenant (at most one per
 * tenant and day; {@link Retention#buildDaily()}). Each tenant runs in its own asynchronous call
 * ({@link RetentionDaily}): its own request context, so its own tenant, and its own transaction, so
 * that one tenant's failure leaves the others' lists.
 */
@Singleton
public class RetentionTimer {

  private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @EJB private RetentionDaily daily;

  @Schedule(hour = "2", minute = "30", timezone = "Europe/Amsterdam", persistent = false)
  void proposeDestructionLists() {
    try {
      tenants().forEach(daily::buildFor);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "No destruction lists proposed tonight; tomorrow night tries again", e);
    }
  }

  private List<String> tenants() throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id FROM tenant ORDER BY id");
        ResultSet r = s.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (r.next()) {
        ids.add(r.getString(1));
      }
      return ids;
    }
  }
}
