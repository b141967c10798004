package nl.casustafel.devstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Verification;

/**
 * {@code ./casustafel audit-verify}: re-walks every tenant's chain in the database against the
 * signed checkpoints in the database and in the external checkpoint files, and prints OK or the
 * first broken sequence number with the reason. Exit code 1 when any chain is broken.
 *
 * <p>Arguments: JDBC URL, user, password, public key (PEM), checkpoint directory.
 */
public final class AuditVerify {

  private AuditVerify() {}

  public static void main(String[] args) throws Exception {
    CheckpointSigner signer = CheckpointSigner.fromFiles(null, Path.of(args[3]));
    Path checkpointDir = Path.of(args[4]);
    boolean allOk = true;
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      AuditReader reader = new AuditReader(c);
      for (String tenant : reader.tenants()) {
        long started = System.nanoTime();
        Verification result =
            reader.verify(
                tenant,
                new AuditVerifier(signer),
                Checkpoint.readFile(checkpointDir.resolve(tenant + ".checkpoints")));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(result + " (" + millis + " ms)");
        allOk &= result.ok();
      }
    }
    System.exit(allOk ? 0 : 1);
  }
}
