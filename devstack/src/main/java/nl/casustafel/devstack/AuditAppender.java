package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditChainWriter;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;

/**
 * Appends events to a tenant's chain over plain JDBC, without Liberty, with the application's own
 * writer ({@link AuditChainWriter}): the head row locked, the events hashed onto it and inserted,
 * the head moved on, and a checkpoint signed in the same transaction when the chain passes a
 * multiple of checkpoint-every (or at the new head, when asked); the checkpoint's line goes to the
 * tenant's file once the transaction has committed. Used by the restore for its RESTORED events,
 * and by the drills.
 */
final class AuditAppender {

  private final CheckpointSigner signer;
  private final Path checkpointDir;
  private final int checkpointEvery;
  private final Clock clock;

  AuditAppender(CheckpointSigner signer, Path checkpointDir, int checkpointEvery, Clock clock) {
    this.signer = signer;
    this.checkpointDir = checkpointDir;
    this.checkpointEvery = checkpointEvery;
    this.clock = clock;
  }

  /**
   * Appends in the connection's current transaction (auto-commit off); returns the checkpoint
   * signed in it, to {@link #file} after the commit.
   */
  Optional<Checkpoint> append(
      Connection c, String tenant, List<AuditEntry> entries, boolean signHead) throws SQLException {
    List<ChainedEvent> chained = AuditChainWriter.append(c, tenant, entries);
    if (!signHead && !AuditChainWriter.checkpointDue(chained, checkpointEvery)) {
      return Optional.empty();
    }
    ChainedEvent last = chained.get(chained.size() - 1);
    return Optional.of(
        AuditChainWriter.checkpoint(
            c, signer, tenant, AuditChainWriter.Head.of(last), clock.instant()));
  }

  /**
   * Appends one event in a transaction of its own, with a checkpoint at it, and files the
   * checkpoint after the commit. An IOException means the database holds both and the file lacks
   * the line (its text is in the message).
   */
  Checkpoint appendSigned(Connection c, String tenant, AuditEntry entry)
      throws SQLException, IOException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    Checkpoint checkpoint;
    try {
      checkpoint = append(c, tenant, List.of(entry), true).orElseThrow();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    file(checkpoint);
    return checkpoint;
  }

  /** Appends the checkpoint's line to its tenant's file, synced to disk. */
  void file(Checkpoint checkpoint) throws IOException {
    CheckpointFile.append(checkpointDir, checkpoint);
  }
}
