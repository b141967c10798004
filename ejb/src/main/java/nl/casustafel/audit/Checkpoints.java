package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
  @Inject private Clock clock;

  @Resource private TransactionSynchronizationRegistry transactions;

  private volatile CheckpointSigner signer;

  /** Signs the chain's head now, by the application's clock, in the caller's transaction. */
  void sign(Connection c, String tenant, long seq, byte[] hash) throws SQLException {
    sign(c, tenant, seq, hash, clock.instant());
  }

  /**
   * Signs the chain's head at the given moment (microseconds: what DATETIME(6) keeps, so the stored
   * time is the signed one), in the caller's transaction; the file line follows its commit.
   */
  void sign(Connection c, String tenant, long seq, byte[] hash, Instant at) throws SQLException {
    Checkpoint checkpoint =
        AuditChainWriter.checkpoint(c, signer(), tenant, new AuditChainWriter.Head(seq, hash), at);
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
      CheckpointFile.append(settings.checkpointDir(), checkpoint);
    } catch (IOException | RuntimeException e) {
      // The database holds the checkpoint; the verifier reports a file that lags behind.
      LOG.log(Level.SEVERE, "Checkpoint file not written: " + checkpoint.line(), e);
    }
  }
}
