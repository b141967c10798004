package nl.casustafel.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditChainWriter;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * Fills a database with a tenant whose chain has N events and a signed checkpoint every 1000, in
 * the database and in the checkpoint file, written with the application's own writer ({@link
 * AuditChainWriter}), so that {@code ./casustafel audit-verify} can be timed on a million events.
 * Arguments: JDBC URL, user, password, signing key (PEM), checkpoint directory, tenant id, number
 * of events.
 */
public final class SeedAuditLog {

  private static final int PER_CHECKPOINT = 1000;
  private static final PartnerId POLICE = new PartnerId("politie-midden-nederland");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private SeedAuditLog() {}

  public static void main(String[] args) throws Exception {
    String tenant = args[5];
    int events = Integer.parseInt(args[6]);
    CheckpointSigner signer = CheckpointSigner.signing(Path.of(args[3]));
    Path checkpointDir = Path.of(args[4]);
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      c.setAutoCommit(false);
      for (int from = 1; from <= events; from += PER_CHECKPOINT) {
        append(c, signer, checkpointDir, tenant, from, Math.min(from + PER_CHECKPOINT, events + 1));
      }
    }
    System.out.printf(
        "Seeded %d events for %s in %d s%n",
        events, tenant, (System.nanoTime() - started) / 1_000_000_000);
  }

  /**
   * Appends events {@code from} to {@code to} (exclusive) with the application's writer in one
   * transaction, with a checkpoint (dated as the last event) when the chain passes a multiple of
   * {@link #PER_CHECKPOINT}, its line in the file after the commit.
   */
  private static void append(
      Connection c, CheckpointSigner signer, Path checkpointDir, String tenant, int from, int to)
      throws SQLException, IOException {
    List<AuditEntry> entries = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      entries.add(entry(tenant, T0.plusMillis(i), i));
    }
    List<ChainedEvent> chained = AuditChainWriter.append(c, tenant, entries);
    ChainedEvent last = chained.get(chained.size() - 1);
    Checkpoint checkpoint = null;
    if (AuditChainWriter.checkpointDue(chained, PER_CHECKPOINT)) {
      checkpoint =
          AuditChainWriter.checkpoint(
              c, signer, tenant, AuditChainWriter.Head.of(last), last.entry().occurredAt());
    }
    c.commit();
    if (checkpoint != null) {
      CheckpointFile.append(checkpointDir, checkpoint);
    }
  }

  /** A typical event: a police read of contact and social data, subject and user varying. */
  static AuditEntry entry(String tenant, Instant at, int i) {
    return AuditEvent.of(new TenantId(tenant), at)
        .actor("sub-" + (i % 50), "user" + (i % 50), POLICE, Set.of(Role.PARTNER_MEMBER))
        .action(AuditAction.READ)
        .about((long) (i % 500), "ps-" + Integer.toHexString(i % 5000))
        .categories(Set.of(DataCategory.CONTACT, DataCategory.SOCIAL))
        .decision(AuditDecision.PERMIT)
        .basis("art. 5")
        .purpose(Purpose.CASE_CONFERENCE)
        .origin("10.0.0.1", "4bf92f3577b34da6a3ce929d0e0e4736")
        .build();
  }
}
