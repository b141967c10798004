package nl.casustafel.bench.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.casustafel.audit.AuditChainWriter;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Pseudonyms;

/**
 * Fills one tenant up to its {@link Scale.TenantPlan}: creates a generated tenant, writes the
 * missing case batches, then appends the missing events to its chain with the application's writer
 * ({@link AuditChainWriter}: the head locked and read, the events hashed onto it) and a signed
 * checkpoint at the end of every batch, in the database and, after the commit, in the tenant's
 * checkpoint file. One transaction per batch; a failing batch is rolled back and stops the run with
 * the tenant, the batch and the database's message.
 */
final class TenantGenerator {

  /** Cases per batch (one transaction; about 4,000 rows with their participations etc.). */
  static final int CASES_PER_BATCH = 500;

  private final Connection c;
  private final long seed;
  private final CheckpointSigner signer;
  private final Path checkpointDir;
  private final Pseudonyms pseudonyms;
  private final Progress progress;

  TenantGenerator(
      Connection c,
      long seed,
      CheckpointSigner signer,
      Path checkpointDir,
      Pseudonyms pseudonyms,
      Progress progress) {
    this.c = c;
    this.seed = seed;
    this.signer = signer;
    this.checkpointDir = checkpointDir;
    this.pseudonyms = pseudonyms;
    this.progress = progress;
  }

  /** Fills the tenant; returns whether anything was written. */
  boolean fill(Scale.TenantPlan plan) throws GenerationFailed {
    TenantShape t = plan.tenant();
    try {
      boolean created = t.generated() && TenantSetup.ensure(c, t);
      long count = Resume.toGenerate(plan.cases(), others(t));
      boolean cases = cases(t, count);
      boolean events = events(t, count, plan.events());
      return created || cases || events;
    } catch (SQLException | IOException e) {
      rollback();
      throw new GenerationFailed(t.id(), e);
    }
  }

  private boolean cases(TenantShape t, long count) throws GenerationFailed, SQLException {
    long existing = generated(t);
    CaseWriter writer = new CaseWriter(t.id());
    Optional<Resume.Cases> next = Resume.cases(existing, count, CASES_PER_BATCH);
    if (next.isEmpty()) {
      System.out.printf(
          "%-10s cases   complete: %,d generated (of %,d)%n", t.id(), existing, count);
      return false;
    }
    String batch = "";
    for (; next.isPresent(); next = Resume.cases(existing, count, CASES_PER_BATCH)) {
      Resume.Cases at = next.get();
      batch = "batch " + at.batch() + " of " + (count - 1) / CASES_PER_BATCH;
      long started = System.nanoTime();
      CaseBatch rows =
          CaseBatch.of(seed, t, at.batch(), CASES_PER_BATCH, count).from(t.id(at.firstCase()));
      try {
        Map<String, Integer> written = writer.write(c, rows);
        c.commit();
        progress.batch(t.id(), "cases", batch, written, System.nanoTime() - started);
      } catch (SQLException e) {
        rollback();
        throw new GenerationFailed(
            t.id() + ", case " + batch + " (case numbers from " + at.firstCase() + ")", e);
      }
      existing = Math.min(count, (at.batch() + 1) * CASES_PER_BATCH);
    }
    progress.line(t.id(), "cases", batch);
    return true;
  }

  private boolean events(TenantShape t, long cases, long target)
      throws GenerationFailed, SQLException, IOException {
    long head = head(t);
    Optional<Resume.Events> next = Resume.events(head, target);
    if (next.isEmpty()) {
      System.out.printf(
          "%-10s events  complete: chain at %,d (target %,d)%n", t.id(), head, target);
      return false;
    }
    String batch = "";
    for (; next.isPresent(); next = Resume.events(head, target)) {
      Resume.Events at = next.get();
      batch = "batch " + at.batch() + " of " + (target - 1) / EventBatch.PER;
      long started = System.nanoTime();
      List<AuditEntry> entries =
          EventBatch.of(seed, t, pseudonyms, cases, at.batch(), at.from(), at.to());
      Checkpoint checkpoint = append(t, at, entries, target, batch);
      if (checkpoint != null) {
        CheckpointFile.append(checkpointDir, checkpoint); // after the commit, as the app does
      }
      progress.batch(
          t.id(),
          "events",
          batch,
          Map.of("audit_event", entries.size(), "audit_checkpoint", checkpoint == null ? 0 : 1),
          System.nanoTime() - started);
      head = at.to();
    }
    progress.line(t.id(), "events", batch);
    return true;
  }

  /** Appends one batch and commits; returns its checkpoint, if one was signed. */
  private Checkpoint append(
      TenantShape t, Resume.Events at, List<AuditEntry> entries, long target, String batch)
      throws GenerationFailed {
    try {
      List<ChainedEvent> chained = AuditChainWriter.append(c, t.id(), entries);
      ChainedEvent last = chained.get(chained.size() - 1);
      if (chained.get(0).seq() != at.from()) {
        throw new SQLException(
            "the chain's head moved to "
                + (chained.get(0).seq() - 1)
                + " (expected "
                + (at.from() - 1)
                + "): is the application writing to this database?");
      }
      Checkpoint checkpoint = null;
      if (signsCheckpoint(chained, target)) {
        checkpoint =
            AuditChainWriter.checkpoint(
                c, signer, t.id(), AuditChainWriter.Head.of(last), last.entry().occurredAt());
      }
      c.commit();
      return checkpoint;
    } catch (SQLException e) {
      rollback();
      throw new GenerationFailed(
          t.id() + ", event " + batch + " (sequence numbers " + at.from() + ".." + at.to() + ")",
          e);
    }
  }

  /**
   * Whether the appended events end with a signed checkpoint: at every multiple of {@link
   * EventBatch#PER}, and at the target, so that the whole generated chain is vouched for.
   */
  static boolean signsCheckpoint(List<ChainedEvent> appended, long target) {
    return AuditChainWriter.checkpointDue(appended, EventBatch.PER)
        || appended.get(appended.size() - 1).seq() == target;
  }

  /** The tenant's cases the generator did not make (the demo's, the application's). */
  private long others(TenantShape t) throws SQLException {
    return count("SELECT COUNT(*) FROM case_file WHERE tenant_id = ? AND (id < ? OR id >= ?)", t);
  }

  /** The tenant's generated cases: those in its id range. */
  private long generated(TenantShape t) throws SQLException {
    return count("SELECT COUNT(*) FROM case_file WHERE tenant_id = ? AND id >= ? AND id < ?", t);
  }

  private long count(String sql, TenantShape t) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, t.id());
      s.setLong(2, t.firstId());
      s.setLong(3, t.firstId() + TenantShape.RANGE);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long n = r.getLong(1);
        c.commit(); // ends the read's snapshot
        return n;
      }
    }
  }

  /** The chain's length: audit_head.seq, 0 before any event. */
  private long head(TenantShape t) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT seq FROM audit_head WHERE tenant_id = ?")) {
      s.setString(1, t.id());
      try (ResultSet r = s.executeQuery()) {
        long seq = r.next() ? r.getLong(1) : 0;
        c.commit();
        return seq;
      }
    }
  }

  private void rollback() {
    try {
      c.rollback();
    } catch (SQLException e) {
      System.err.println("rollback failed too: " + e.getMessage());
    }
  }
}
