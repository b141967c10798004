package nl.casustafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.AuditRows;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * Fills a database with a tenant whose chain has N events and a signed checkpoint every 1000, in
 * the database and in the checkpoint file, so that {@code ./casustafel audit-verify} can be timed
 * on a million events. Arguments: JDBC URL, user, password, signing key (PEM), checkpoint
 * directory, tenant id, number of events.
 */
public final class SeedAuditLog {

  private static final int PER_STATEMENT = 1000;
  private static final PartnerId POLICE = new PartnerId("politie-midden-nederland");

  private SeedAuditLog() {}

  public static void main(String[] args) throws Exception {
    String tenant = args[5];
    int events = Integer.parseInt(args[6]);
    CheckpointSigner signer = CheckpointSigner.signing(Path.of(args[3]));
    Path file = Path.of(args[4]).resolve(tenant + ".checkpoints");
    Files.createDirectories(file.getParent());
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      c.setAutoCommit(false);
      byte[] prev = AuditChain.GENESIS;
      Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
      try (PreparedStatement insert = c.prepareStatement(AuditRows.insertEvents(PER_STATEMENT))) {
        for (int i = 1; i <= events; i++) {
          ChainedEvent e = AuditChain.append(i, prev, entry(tenant, t0.plusMillis(i), i));
          AuditRows.bind(insert, (i - 1) % PER_STATEMENT, e);
          prev = e.hash();
          if (i % PER_STATEMENT == 0) {
            insert.executeUpdate();
            Checkpoint cp = signer.sign(tenant, i, e.hash(), t0.plusMillis(i));
            AuditRows.insert(c, cp);
            Files.writeString(
                file, cp.line() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            c.commit();
          }
        }
      }
      try (PreparedStatement head =
          c.prepareStatement("REPLACE INTO audit_head (tenant_id, seq, hash) VALUES (?, ?, ?)")) {
        head.setString(1, tenant);
        head.setLong(2, events);
        head.setBytes(3, prev);
        head.executeUpdate();
      }
      c.commit();
    }
    System.out.printf(
        "Seeded %d events for %s in %d s%n",
        events, tenant, (System.nanoTime() - started) / 1_000_000_000);
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
