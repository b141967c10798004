package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.Verification;

/**
 * Records a restore in every tenant's log (every tenant with a chain in the database or a
 * checkpoint file): first verifies the restored chain against the checkpoints up to its last event
 * (the file's later lines vouch for the events the backup does not have), then appends a RESTORED
 * event with a checkpoint at it (in the database and the file), then verifies the whole chain
 * against the whole file, which now passes by {@link AuditVerifier}'s restore rule. A tenant whose
 * restored chain does not verify gets no RESTORED event: its log must be looked into first.
 */
final class RestoreRecorder {

  private final Connection connection;
  private final AuditAppender appender;
  private final AuditVerifier verifier;
  private final Path checkpointDir;
  private final Clock clock;
  private final String operator;

  RestoreRecorder(
      Connection connection,
      AuditAppender appender,
      AuditVerifier verifier,
      Path checkpointDir,
      Clock clock,
      String operator) {
    this.connection = connection;
    this.appender = appender;
    this.verifier = verifier;
    this.checkpointDir = checkpointDir;
    this.clock = clock;
    this.operator = operator;
  }

  /** Each tenant's verification after the restore was recorded (or why it was not). */
  List<Verification> record(BackupFile backup) throws SQLException, IOException {
    AuditReader reader = new AuditReader(connection);
    SortedSet<String> tenants = new TreeSet<>(reader.tenants());
    tenants.addAll(AuditVerify.filed(checkpointDir));
    List<Verification> results = new ArrayList<>();
    for (String tenant : tenants) {
      results.add(record(reader, tenant, backup));
    }
    return results;
  }

  private Verification record(AuditReader reader, String tenant, BackupFile backup)
      throws SQLException, IOException {
    CheckpointFile file = CheckpointFile.read(checkpointDir, tenant);
    long last = lastSeq(tenant);
    Verification restored = reader.verify(tenant, verifier, file.upTo(last));
    if (!restored.ok()) {
      return new Verification(
          tenant,
          false,
          restored.events(),
          0,
          restored.firstBroken(),
          "the backup's own log does not verify, no RESTORED event recorded: " + restored.reason());
    }
    long external = file.checkpoints().stream().mapToLong(Checkpoint::seq).max().orElse(0);
    String reason = RestoredEvent.reason(last, backup, external);
    appender.appendSigned(
        connection, tenant, RestoredEvent.entry(tenant, clock.instant(), operator, reason));
    return reader.verify(tenant, verifier, CheckpointFile.read(checkpointDir, tenant));
  }

  /** The tenant's last sequence number in the database, 0 without events. */
  private long lastSeq(String tenant) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT COALESCE(MAX(seq), 0) FROM audit_event WHERE tenant_id = ?")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
