package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
 * Appends events to their tenant's chain in the caller's transaction: the head row is locked, the
 * events are hashed onto it and inserted, the head moves on, and every N events a checkpoint is
 * signed. Any failure is {@link AuditUnavailable}: the caller's transaction rolls back and nothing
 * is disclosed. Plain JDBC on the application's data source, which Liberty shares with the
 * persistence context inside one transaction.
 */
@Stateless
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
  private static final int CHUNK = 50;

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @Inject private AuditSettings settings;
  @Inject private Checkpoints checkpoints;

  /** In the caller's transaction: logged with the data it records, or neither. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void append(String tenant, List<AuditEntry> entries) {
    write(tenant, entries);
  }

  /** In a transaction of its own: for refusals, whose own transaction rolls back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void appendAlone(String tenant, List<AuditEntry> entries) {
    write(tenant, entries);
  }

  private void write(String tenant, List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    try (Connection c = db.getConnection()) {
      Head head = lockHead(c, tenant);
      long firstSeq = head.seq + 1;
      List<ChainedEvent> chained = new ArrayList<>(entries.size());
      for (AuditEntry entry : entries) {
        ChainedEvent event = AuditChain.append(head.seq + 1, head.hash, entry);
        chained.add(event);
        head = new Head(event.seq(), event.hash());
      }
      insert(c, chained);
      ChainedEvent last = chained.get(chained.size() - 1);
      try (PreparedStatement move =
          c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE tenant_id = ?")) {
        move.setLong(1, head.seq);
        move.setBytes(2, head.hash);
        move.setString(3, tenant);
        move.executeUpdate();
      }
      int every = settings.checkpointEvery();
      if ((firstSeq - 1) / every != head.seq / every) {
        checkpoints.sign(c, tenant, last.seq(), last.hash());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.SEVERE, "Audit log not written for tenant " + tenant + "; nothing disclosed", e);
      throw new AuditUnavailable("The data-sharing log is unavailable.", e);
    }
  }

  private record Head(long seq, byte[] hash) {}

  /**
   * One multi-row INSERT per chunk rather than a JDBC batch: a batch that fails half-way left
   * Liberty unable to end the transaction, holding the chain head's lock.
   */
  private static void insert(Connection c, List<ChainedEvent> events) throws SQLException {
    for (int from = 0; from < events.size(); from += CHUNK) {
      List<ChainedEvent> chunk = events.subList(from, Math.min(from + CHUNK, events.size()));
      try (PreparedStatement insert = c.prepareStatement(AuditRows.insertEvents(chunk.size()))) {
        for (int i = 0; i < chunk.size(); i++) {
          AuditRows.bind(insert, i, chunk.get(i));
        }
        insert.executeUpdate();
      }
    }
  }

  private static Head lockHead(Connection c, String tenant) throws SQLException {
    try (PreparedStatement create =
        c.prepareStatement(
            // Takes the head's exclusive lock whether the row exists or not; INSERT IGNORE would
            // take a shared one first, and two appends upgrading it deadlock.
            "INSERT INTO audit_head (tenant_id, seq, hash) VALUES (?, 0, ?)"
                + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id")) {
      create.setString(1, tenant);
      create.setBytes(2, AuditChain.GENESIS);
      create.executeUpdate();
    }
    try (PreparedStatement lock =
        c.prepareStatement("SELECT seq, hash FROM audit_head WHERE tenant_id = ? FOR UPDATE")) {
      lock.setString(1, tenant);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        return new Head(row.getLong(1), row.getBytes(2));
      }
    }
  }
}
