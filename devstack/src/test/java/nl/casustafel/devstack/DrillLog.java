package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Verification;

/**
 * What the drills write, as a save in the application does: a business row (a client) and its
 * CREATE event in one transaction, a checkpoint every {@link #EVERY} events, its line in the file
 * after the commit. Its own Ed25519 key pair and checkpoint directory in {@code dir}. The one place
 * that builds the drills' events.
 */
final class DrillLog {

  static final int EVERY = 100;

  private final Path checkpointDir;
  private final CheckpointSigner signer;
  private final AuditVerifier verifier;
  private final AuditAppender appender;

  private DrillLog(Path checkpointDir, CheckpointSigner signer, AuditVerifier verifier) {
    this.checkpointDir = checkpointDir;
    this.signer = signer;
    this.verifier = verifier;
    this.appender = new AuditAppender(signer, checkpointDir, EVERY, Clock.systemUTC());
  }

  /** A new key pair and an empty checkpoint directory in {@code dir} (wiped first). */
  static DrillLog in(Path dir) throws Exception {
    TestServer.wipe(dir);
    Path privateKey = dir.resolve("keys/checkpoint-signing-key.pem");
    Path publicKey = dir.resolve("pinned/checkpoint-public-key.pem");
    Files.createDirectories(publicKey.getParent());
    CheckpointSigner.generate(privateKey, publicKey);
    return new DrillLog(
        dir.resolve("checkpoints"),
        CheckpointSigner.signing(privateKey),
        new AuditVerifier(CheckpointSigner.verifying(publicKey), EVERY));
  }

  Path checkpointDir() {
    return checkpointDir;
  }

  AuditVerifier verifier() {
    return verifier;
  }

  /** The restore's view of this log (its keys and directory). */
  DatabaseRestore.Log restoreLog() {
    return new DatabaseRestore.Log(signer, verifier, checkpointDir, EVERY);
  }

  static void createTenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant (id, name) VALUES (?, ?)")) {
      s.setString(1, tenant);
      s.setString(2, "Drill " + tenant);
      s.executeUpdate();
    }
  }

  /** One save, acknowledged when it returns: a client and its CREATE event, committed together. */
  long save(Connection c, String tenant) throws SQLException, IOException {
    c.setAutoCommit(false);
    Optional<Checkpoint> checkpoint;
    long client;
    try {
      client = insertClient(c, tenant);
      checkpoint = appender.append(c, tenant, List.of(created(tenant, client)), false);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      throw e;
    }
    if (checkpoint.isPresent()) {
      appender.file(checkpoint.get());
    }
    return client;
  }

  private static long insertClient(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO client (tenant_id, name) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, tenant);
      s.setString(2, "Drill client");
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static AuditEntry created(String tenant, long client) {
    return new AuditEntry(
        tenant,
        Instant.now(),
        "sub-drill",
        "regisseur.drill",
        null,
        "CASE_DIRECTOR",
        null,
        AuditAction.CREATE,
        null,
        reference(client),
        "IDENTITY",
        "PERMIT",
        null,
        null,
        "CASE_CONFERENCE",
        "127.0.0.1",
        "0af7651916cd43dd8448eb211c80319c",
        false);
  }

  private static String reference(long client) {
    return "client-" + client;
  }

  /** The tenant's chain against its database checkpoints and its whole file. */
  Verification verify(Connection c, String tenant) throws SQLException {
    return new AuditReader(c).verify(tenant, verifier, CheckpointFile.read(checkpointDir, tenant));
  }

  /** The tenant's clients, as their CREATE events name them. */
  static Set<String> clients(Connection c, String tenant) throws SQLException {
    return strings(c, "SELECT CONCAT('client-', id) FROM client WHERE tenant_id = ?", tenant);
  }

  /** The clients the tenant's CREATE events name. */
  static Set<String> logged(Connection c, String tenant) throws SQLException {
    return strings(
        c, "SELECT subject_ref FROM audit_event WHERE tenant_id = ? AND action = 'CREATE'", tenant);
  }

  private static Set<String> strings(Connection c, String sql, String tenant) throws SQLException {
    Set<String> found = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
    }
    return found;
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // The connection is gone: the server rolls the transaction back itself.
    }
  }
}
