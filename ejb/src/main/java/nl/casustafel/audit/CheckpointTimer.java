package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every five minutes, signs a checkpoint at each tenant's head that moved since its last
 * checkpoint, so that quiet tenants are covered by a signature too, not only every N events.
 */
@Singleton
public class CheckpointTimer {

  private static final Logger LOG = Logger.getLogger(CheckpointTimer.class.getName());

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @Inject private Checkpoints checkpoints;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void signMovedHeads() {
    try (Connection c = db.getConnection();
        PreparedStatement moved =
            c.prepareStatement(
                "SELECT h.tenant_id, h.seq, h.hash FROM audit_head h WHERE h.seq > COALESCE("
                    + "(SELECT MAX(seq) FROM audit_checkpoint k WHERE k.tenant_id = h.tenant_id),"
                    + " 0) FOR UPDATE");
        ResultSet heads = moved.executeQuery()) {
      while (heads.next()) {
        checkpoints.sign(c, heads.getString(1), heads.getLong(2), heads.getBytes(3));
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Periodic checkpoints not signed; the next run tries again", e);
    }
  }
}
