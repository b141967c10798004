package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditRows;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;

/**
 * Appends events to a tenant's chain over plain JDBC, without Liberty, the way the application's
 * {@code AuditLog} does: the head row locked, the events hashed onto it and inserted, the head
 * moved on, and a checkpoint signed in the same transaction when the chain passes a multiple of
 * checkpoint-every (or at the new head, when asked); the checkpoint's line goes to the tenant's
 * file once the transaction has committed. Used by the restore for its RESTORED events, and by the
 * drills.
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
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    Head head = lockHead(c, tenant);
    List<ChainedEvent> chained = new ArrayList<>(entries.size());
    byte[] prev = head.hash();
    for (AuditEntry entry : entries) {
      ChainedEvent event = AuditChain.append(head.seq() + chained.size() + 1, prev, entry);
      chained.add(event);
      prev = event.hash();
    }
    ChainedEvent last = chained.get(chained.size() - 1);
    try (PreparedStatement insert = c.prepareStatement(AuditRows.insertEvents(chained.size()))) {
      for (int i = 0; i < chained.size(); i++) {
        AuditRows.bind(insert, i, chained.get(i));
      }
      insert.executeUpdate();
    }
    moveHead(c, tenant, last);
    if (!signHead && head.seq() / checkpointEvery == last.seq() / checkpointEvery) {
      return Optional.empty();
    }
    Checkpoint checkpoint =
        signer.sign(
            tenant, last.seq(), last.hash(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    AuditRows.insert(c, checkpoint);
    return Optional.of(checkpoint);
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
    Path file = CheckpointFile.path(checkpointDir, checkpoint.tenant());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          checkpoint.line() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new IOException("could not append to " + file + ": " + checkpoint.line(), e);
    }
  }

  /** The chain's last sequence number and hash (0 and the genesis hash before the first event). */
  private record Head(long seq, byte[] hash) {}

  /** Locks the tenant's head, creating it at 0. */
  private static Head lockHead(Connection c, String tenant) throws SQLException {
    try (PreparedStatement create =
        c.prepareStatement(
            // Exclusive from the start, as in AuditLog: INSERT IGNORE would take a shared lock.
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

  private static void moveHead(Connection c, String tenant, ChainedEvent head) throws SQLException {
    try (PreparedStatement move =
        c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE tenant_id = ?")) {
      move.setLong(1, head.seq());
      move.setBytes(2, head.hash());
      move.setString(3, tenant);
      move.executeUpdate();
    }
  }
}
