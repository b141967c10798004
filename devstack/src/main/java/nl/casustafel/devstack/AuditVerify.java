package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Verification;

/**
 * {@code ./casustafel audit-verify}: re-walks every tenant's chain in the database against the
 * signed checkpoints in the database and in the external checkpoint files, and prints OK or the
 * first broken sequence number with the reason. Exit code 1 when any chain is broken, 2 when the
 * public key cannot be read. Every tenant in the database is verified, and every tenant with a file
 * in the checkpoint directory (whose rows may all have been deleted). When a checkpoint file is
 * required, and what fails, is {@link AuditVerifier}'s rule.
 *
 * <p>Arguments: JDBC URL, user, password, the pinned public key (PEM, CASUSTAFEL_AUDIT_PUBLIC_KEY),
 * checkpoint directory, checkpoint-every (events, as the application has it).
 */
public final class AuditVerify {

  private static final String SUFFIX = ".checkpoints";

  private AuditVerify() {}

  public static void main(String[] args) throws Exception {
    Path publicKey = Path.of(args[3]);
    CheckpointSigner signer;
    try {
      signer = CheckpointSigner.verifying(publicKey);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      System.err.println(
          "audit-verify: cannot read the public key "
              + publicKey
              + " (CASUSTAFEL_AUDIT_PUBLIC_KEY): "
              + e);
      System.exit(2);
      return;
    }
    Path dir = Path.of(args[4]);
    AuditVerifier verifier = new AuditVerifier(signer, Integer.parseInt(args[5]));
    boolean allOk = true;
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      AuditReader reader = new AuditReader(c);
      SortedSet<String> tenants = new TreeSet<>(reader.tenants());
      tenants.addAll(filed(dir));
      if (tenants.isEmpty()) {
        System.out.println("No tenant has a data-sharing log yet.");
      }
      for (String tenant : tenants) {
        allOk &= verify(reader, verifier, dir, tenant);
      }
    }
    System.exit(allOk ? 0 : 1);
  }

  private static boolean verify(
      AuditReader reader, AuditVerifier verifier, Path dir, String tenant) {
    long started = System.nanoTime();
    Verification result;
    try {
      result = reader.verify(tenant, verifier, CheckpointFile.read(dir, tenant));
    } catch (SQLException | RuntimeException e) {
      result = new Verification(tenant, false, 0, 0, 1L, "cannot be read: " + e.getMessage());
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println(result + " (" + millis + " ms)");
    return result.ok();
  }

  /** The tenants with a checkpoint file in {@code dir}; none when there is no such directory. */
  static List<String> filed(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(SUFFIX) && name.length() > SUFFIX.length())
          .map(name -> name.substring(0, name.length() - SUFFIX.length()))
          .sorted()
          .toList();
    }
  }
}
