package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Appends events to their tenant's chain in the caller's transaction: the head row is locked, the
 * events are hashed onto it and inserted, the head moves on, and every N events a checkpoint is
 * signed ({@link AuditChainWriter}). Any failure is {@link AuditUnavailable}: the caller's
 * transaction rolls back and nothing is disclosed. Plain JDBC on the application's data source,
 * which Liberty shares with the persistence context inside one transaction.
 */
@Stateless
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

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
      List<ChainedEvent> chained = AuditChainWriter.append(c, tenant, entries);
      if (AuditChainWriter.checkpointDue(chained, settings.checkpointEvery())) {
        ChainedEvent last = chained.get(chained.size() - 1);
        checkpoints.sign(c, tenant, last.seq(), last.hash());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.SEVERE, "Audit log not written for tenant " + tenant + "; nothing disclosed", e);
      throw new AuditUnavailable("The data-sharing log is unavailable.", e);
    }
  }
}
