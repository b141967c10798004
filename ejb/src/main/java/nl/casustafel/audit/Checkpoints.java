package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs checkpoints and keeps them twice: in the database, in the transaction that reached them,
 * and — once that transaction committed — as a line in the tenant's append-only file outside the
 * database, so that cutting off the newest events or rewriting the chain shows.
 */
@ApplicationScoped
public class Checkpoints {

  private static final Logger LOG = Logger.getLogger(Checkpoints.class.getName());

  @Inject private AuditSettings settings;

  @Resource private TransactionSynchronizationRegistry transactions;

  private volatile CheckpointSigner signer;

  void sign(Connection c, String tenant, long seq, byte[] hash) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Checkpoint checkpoint = signer().sign(tenant, seq, hash, now);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_checkpoint (tenant_id, seq, hash, signed_at, signature)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, tenant);
      insert.setLong(2, seq);
      insert.setBytes(3, hash);
      insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
      insert.setBytes(5, checkpoint.signature());
      insert.executeUpdate();
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              writeLine(checkpoint);
            }
          }
        });
  }

  /** The tenant's external checkpoint file as it is now (never throws; the verifier judges it). */
  public CheckpointFile external(String tenant) {
    return CheckpointFile.read(settings.checkpointDir(), tenant);
  }

  /** The signing side: the private key alone (CASUSTAFEL_AUDIT_SIGNING_KEY). */
  public CheckpointSigner signer() {
    if (signer == null) {
      try {
        signer = CheckpointSigner.signing(settings.signingKey());
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalStateException("Cannot read the checkpoint signing key", e);
      }
    }
    return signer;
  }

  /**
   * A verifier with the pinned public key (CASUSTAFEL_AUDIT_PUBLIC_KEY), read at each call so that
   * a pinned key put in place later counts; IllegalStateException when it cannot be read.
   */
  public AuditVerifier verifier() {
    try {
      return new AuditVerifier(
          CheckpointSigner.verifying(settings.publicKey()), settings.checkpointEvery());
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Cannot read the public key " + settings.publicKey() + ": " + e.getMessage(), e);
    }
  }

  private void writeLine(Checkpoint checkpoint) {
    try {
      Path file = file(checkpoint.tenant());
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          checkpoint.line() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException | RuntimeException e) {
      // The database holds the checkpoint; the verifier reports a file that lags behind.
      LOG.log(Level.SEVERE, "Checkpoint file not written: " + checkpoint.line(), e);
    }
  }

  private Path file(String tenant) {
    return CheckpointFile.path(settings.checkpointDir(), tenant);
  }
}
