package nl.casustafel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one writer of a tenant's chain, over plain JDBC in the connection's current transaction: the
 * head row locked, the events hashed onto it and inserted, the head moved on; and a checkpoint
 * signed into the database when the caller asks. No container in it: the application's {@link
 * AuditLog} uses it in the caller's transaction, and so do the restore and drills (devstack), the
 * bench seeder and the integration tests' seeders, each with a connection of its own.
 *
 * <p>Usage, with auto-commit off:
 *
 * <pre>{@code
 * List<ChainedEvent> chained = AuditChainWriter.append(c, tenant, entries);
 * if (AuditChainWriter.checkpointDue(chained, every)) {
 *   ChainedEvent last = chained.get(chained.size() - 1);
 *   checkpoint = AuditChainWriter.checkpoint(c, signer, tenant, Head.of(last), clock.instant());
 * }
 * c.commit(); // then, for a checkpoint: CheckpointFile.append(dir, checkpoint)
 * }</pre>
 */
public final class AuditChainWriter {

  /** Rows per INSERT statement. */
  private static final int CHUNK = 50;

  private AuditChainWriter() {}

  /**
   * A chain's last sequence number and hash (0 and {@link AuditChain#GENESIS} before any event).
   */
  public record Head(long seq, byte[] hash) {

    /** The head that the event makes. */
    public static Head of(ChainedEvent event) {
      return new Head(event.seq(), event.hash());
    }
  }

  /**
   * Locks the tenant's head until the transaction ends, creating it at 0 when the tenant has no
   * chain yet, and returns it. The lock is the first statement: every tenant's head exists from V14
   * on, and a tenant made later gets it here at its first append.
   */
  public static Head lock(Connection c, String tenant) throws SQLException {
    Optional<Head> head = lockExisting(c, tenant);
    if (head.isPresent()) {
      return head.get();
    }
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
    return lockExisting(c, tenant).orElseThrow();
  }

  private static Optional<Head> lockExisting(Connection c, String tenant) throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement("SELECT seq, hash FROM audit_head WHERE tenant_id = ? FOR UPDATE")) {
      lock.setString(1, tenant);
      try (ResultSet row = lock.executeQuery()) {
        return row.next()
            ? Optional.of(new Head(row.getLong(1), row.getBytes(2)))
            : Optional.empty();
      }
    }
  }

  /**
   * Appends the entries to the tenant's chain in the connection's transaction: locks the head,
   * chains and inserts the events (their insert moves the head, V14). Signs nothing (see {@link
   * #checkpointDue}).
   *
   * @return the events as chained, in order
   * @throws IllegalArgumentException when there are no entries
   */
  public static List<ChainedEvent> append(Connection c, String tenant, List<AuditEntry> entries)
      throws SQLException {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    Head head = lock(c, tenant);
    List<ChainedEvent> chained = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      ChainedEvent event = AuditChain.append(head.seq() + 1, head.hash(), entry);
      chained.add(event);
      head = Head.of(event);
    }
    insert(c, chained); // the trigger audit_event_moves_head (V14) moves the head with them
    return chained;
  }

  /**
   * Whether the appended events passed a multiple of {@code every} (checkpoint-every): then a
   * checkpoint is due at the last of them.
   */
  public static boolean checkpointDue(List<ChainedEvent> appended, int every) {
    long before = appended.get(0).seq() - 1;
    long after = appended.get(appended.size() - 1).seq();
    return before / every != after / every;
  }

  /**
   * Signs a checkpoint at the head, dated {@code at} to the microsecond (what DATETIME(6) keeps, so
   * the stored time is the signed one), and inserts it in the connection's transaction. Its line in
   * the tenant's file is the caller's, once that transaction has committed.
   */
  public static Checkpoint checkpoint(
      Connection c, CheckpointSigner signer, String tenant, Head head, Instant at)
      throws SQLException {
    Checkpoint checkpoint =
        signer.sign(tenant, head.seq(), head.hash(), at.truncatedTo(ChronoUnit.MICROS));
    AuditRows.insert(c, checkpoint);
    return checkpoint;
  }

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
}
