package nl.casustafel.mail;

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
 * Every minute, sends what the outbox still holds: mails whose send failed (SMTP down) or whose
 * after-commit delivery never ran (a restart between commit and send). Like the retention timer, it
 * asks which tenants have such mail and starts one asynchronous delivery per tenant ({@link
 * OutboxDelivery}), each in that tenant alone.
 */
@Singleton
public class OutboxRetryTimer {

  private static final Logger LOG = Logger.getLogger(OutboxRetryTimer.class.getName());

  /** Across all tenants, on purpose: only which tenants have due mail, nothing of the mail. */
  static final String DUE_TENANTS =
      "SELECT DISTINCT tenant_id FROM mail_outbox WHERE sent_at IS NULL AND attempts < ?";

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @EJB private OutboxDelivery delivery;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void retry() {
    try {
      dueTenants().forEach(delivery::deliverPending);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "The outbox was not read this minute; the next minute tries again", e);
    }
  }

  private List<String> dueTenants() throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(DUE_TENANTS)) {
      s.setInt(1, OutgoingMail.MAX_ATTEMPTS);
      try (ResultSet r = s.executeQuery()) {
        List<String> tenants = new ArrayList<>();
        while (r.next()) {
          tenants.add(r.getString(1));
        }
        return tenants;
      }
    }
  }
}
