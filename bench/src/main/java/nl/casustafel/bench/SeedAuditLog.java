package nl.casustafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointSigner;

/**
 * Fills a database with a tenant whose chain has N events and a signed checkpoint every 1000, in
 * the database and in the checkpoint file, so that {@code ./casustafel audit-verify} can be timed
 * on a million events. Arguments: JDBC URL, user, password, signing key (PEM), checkpoint
 * directory, tenant id, number of events.
 */
public final class SeedAuditLog {

  private static final String ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final int PER_STATEMENT = 1000;

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
      String sql =
          "INSERT INTO audit_event (tenant_id, seq, occurred_at, actor_subject, actor_username,"
              + " actor_partner, actor_roles, on_behalf_of, action, case_id, subject_ref,"
              + " categories, decision, reason, legal_basis, purpose, origin_ip, trace_id,"
              + " break_glass, prev_hash, hash) VALUES "
              + String.join(",", Collections.nCopies(PER_STATEMENT, ROW));
      try (PreparedStatement insert = c.prepareStatement(sql)) {
        for (int i = 1; i <= events; i++) {
          ChainedEvent e = AuditChain.append(i, prev, entry(tenant, t0.plusMillis(i), i));
          bind(insert, ((i - 1) % PER_STATEMENT) * 21, e);
          prev = e.hash();
          if (i % PER_STATEMENT == 0) {
            insert.executeUpdate();
            Checkpoint cp = signer.sign(tenant, i, e.hash(), t0.plusMillis(i));
            checkpoint(c, cp);
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
    return new AuditEntry(
        tenant,
        at,
        "sub-" + (i % 50),
        "user" + (i % 50),
        "politie-midden-nederland",
        "PARTNER_MEMBER",
        "politie-midden-nederland",
        AuditAction.READ,
        (long) (i % 500),
        "ps-" + Integer.toHexString(i % 5000),
        "CONTACT,SOCIAL",
        "PERMIT",
        null,
        "art. 5",
        "CASE_CONFERENCE",
        "10.0.0.1",
        "4bf92f3577b34da6a3ce929d0e0e4736",
        false);
  }

  private static void checkpoint(Connection c, Checkpoint cp) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO audit_checkpoint VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, cp.tenant());
      s.setLong(2, cp.seq());
      s.setBytes(3, cp.hash());
      s.setTimestamp(4, Timestamp.valueOf(LocalDateTime.ofInstant(cp.signedAt(), ZoneOffset.UTC)));
      s.setBytes(5, cp.signature());
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, int o, ChainedEvent event) throws Exception {
    AuditEntry e = event.entry();
    s.setString(o + 1, e.tenant());
    s.setLong(o + 2, event.seq());
    s.setTimestamp(
        o + 3, Timestamp.valueOf(LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC)));
    s.setString(o + 4, e.actorSubject());
    s.setString(o + 5, e.actorUsername());
    s.setString(o + 6, e.actorPartner());
    s.setString(o + 7, e.actorRoles());
    s.setString(o + 8, e.onBehalfOf());
    s.setString(o + 9, e.action().name());
    s.setLong(o + 10, e.caseId());
    s.setString(o + 11, e.subjectRef());
    s.setString(o + 12, e.categories());
    s.setString(o + 13, e.decision());
    s.setString(o + 14, e.reason());
    s.setString(o + 15, e.legalBasis());
    s.setString(o + 16, e.purpose());
    s.setString(o + 17, e.originIp());
    s.setString(o + 18, e.traceId());
    s.setBoolean(o + 19, e.breakGlass());
    s.setBytes(o + 20, event.prevHash());
    s.setBytes(o + 21, event.hash());
  }
}
