package nl.casustafel.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.casustafel.audit.CheckpointSigner;

/**
 * Creates the local stack's checkpoint signing key pair once (PEM, the public key beside it with
 * ".pub"). Production brings its own key from a safe place; the path is
 * CASUSTAFEL_AUDIT_SIGNING_KEY.
 */
public final class AuditKeys {

  private AuditKeys() {}

  public static void main(String[] args) throws Exception {
    Path privateKey = Path.of(args[0]);
    Path publicKey = Path.of(args[0] + ".pub");
    if (!Files.exists(privateKey)) {
      CheckpointSigner.generate(privateKey, publicKey);
      Files.setPosixFilePermissions(
          privateKey, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      System.out.println("Created the checkpoint signing key " + privateKey);
    }
  }
}
