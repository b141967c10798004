package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The log's own writer and reader for {@link AuditDaylightSavingIT}, inside Liberty: appends events
 * and signs a checkpoint at a chosen moment in one transaction, and reads back what MariaDB holds —
 * as the columns' own text and through the log's row mapping.
 */
@Stateless
public class DaylightSavingLog {

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @Inject private AuditLog log;
  @Inject private Checkpoints checkpoints;

  /**
   * Appends the entries with the real writer and signs a checkpoint at the new head, dated {@code
   * signedAt}, in the same transaction: it holds the head's lock, so the periodic checkpoint timer
   * cannot sign the same sequence number in between.
   */
  public void appendAndSign(String tenant, List<AuditEntry> entries, Instant signedAt)
      throws SQLException {
    log.append(tenant, entries);
    try (Connection c = db.getConnection()) {
      AuditChainWriter.Head head = AuditChainWriter.lock(c, tenant);
      checkpoints.sign(c, tenant, head.seq(), head.hash(), signedAt);
    }
  }

  /** The tenant's event times and then its checkpoint times, as MariaDB prints the columns. */
  public List<String> storedTimes(String tenant) throws SQLException {
    return strings(
        "SELECT DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f') FROM audit_event"
            + " WHERE tenant_id = ? ORDER BY seq",
        "SELECT DATE_FORMAT(signed_at, '%Y-%m-%d %H:%i:%s.%f') FROM audit_checkpoint"
            + " WHERE tenant_id = ? ORDER BY seq",
        tenant);
  }

  /** The tenant's events through the log's row mapping, in order. */
  public List<ChainedEvent> events(String tenant) throws SQLException {
    try (Connection c = db.getConnection()) {
      return new AuditReader(c).events(tenant);
    }
  }

  /** The tenant's checkpoints in the database, through the log's reader. */
  public List<Checkpoint> checkpoints(String tenant) throws SQLException {
    try (Connection c = db.getConnection()) {
      return new AuditReader(c).checkpoints(tenant);
    }
  }

  private List<String> strings(String events, String checkpointTimes, String tenant)
      throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      for (String sql : List.of(events, checkpointTimes)) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setString(1, tenant);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              found.add(r.getString(1));
            }
          }
        }
      }
    }
    return found;
  }
}
