package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.casustafel.audit.CheckpointSigner;

/**
 * Creates the local stack's checkpoint signing key pair once (PEM, the public key beside it with
 * ".pub"), and pins a copy of the public key in its own place once: the key that {@code
 * ./casustafel} and the application verify with (CASUSTAFEL_AUDIT_PUBLIC_KEY). An existing pinned
 * key is never overwritten, so a private key replaced later does not silently become trusted.
 * Production brings its own keys from a safe place.
 *
 * <p>Arguments: the private key (CASUSTAFEL_AUDIT_SIGNING_KEY), the pinned public key.
 */
public final class AuditKeys {

  private AuditKeys() {}

  public static void main(String[] args) throws Exception {
    Path privateKey = Path.of(args[0]);
    Path pairPublic = Path.of(args[0] + ".pub");
    if (!Files.exists(privateKey)) {
      CheckpointSigner.generate(privateKey, pairPublic);
      Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
      System.out.println("Created the checkpoint signing key " + privateKey);
    }
    String pinned = pin(pairPublic, Path.of(args[1]));
    if (pinned != null) {
      System.out.println(pinned);
    }
  }

  /**
   * Copies the pair's public key to {@code pinned} unless a key is pinned there already (a pair
   * made before pinning existed is pinned at its first run); says what it did, or what differs.
   */
  static String pin(Path pairPublic, Path pinned) throws IOException {
    if (Files.exists(pinned)) {
      if (Files.exists(pairPublic) && Files.mismatch(pairPublic, pinned) != -1) {
        return "The pinned public key "
            + pinned
            + " is not the signing key's "
            + pairPublic
            + ": new checkpoints fail verification until you pin that key deliberately.";
      }
      return null;
    }
    if (!Files.exists(pairPublic)) {
      throw new IOException(
          "No public key " + pairPublic + " to pin: put the signing key's public key at " + pinned);
    }
    Files.createDirectories(pinned.toAbsolutePath().getParent());
    Files.copy(pairPublic, pinned);
    return "Pinned the checkpoint public key " + pinned;
  }
}
