package nl.casustafel.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs and verifies checkpoints with Ed25519. The private key lives in a PEM file outside the
 * database (CASUSTAFEL_AUDIT_SIGNING_KEY), so whoever can rewrite the database still cannot sign.
 */
public final class CheckpointSigner {

  private final Optional<PrivateKey> privateKey;
  private final PublicKey publicKey;

  public CheckpointSigner(Optional<PrivateKey> privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** Reads the key pair's PEM files; the public one is {@code <private>.pub}. */
  public static CheckpointSigner fromFiles(Path privatePem, Path publicPem)
      throws IOException, GeneralSecurityException {
    KeyFactory ed = KeyFactory.getInstance("Ed25519");
    Optional<PrivateKey> signing =
        privatePem != null && Files.exists(privatePem)
            ? Optional.of(ed.generatePrivate(new PKCS8EncodedKeySpec(pem(privatePem))))
            : Optional.empty();
    return new CheckpointSigner(signing, ed.generatePublic(new X509EncodedKeySpec(pem(publicPem))));
  }

  /** Creates a new key pair as PEM files (the demo stack does this once). */
  public static void generate(Path privatePem, Path publicPem)
      throws IOException, GeneralSecurityException {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Files.createDirectories(privatePem.toAbsolutePath().getParent());
    Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  public Checkpoint sign(String tenant, long seq, byte[] hash, Instant at) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(privateKey.orElseThrow(() -> new IllegalStateException("No signing key.")));
      ed.update(Checkpoint.message(tenant, seq, hash, at));
      return new Checkpoint(tenant, seq, hash, at, ed.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign a checkpoint", e);
    }
  }

  public boolean verify(Checkpoint checkpoint) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(publicKey);
      ed.update(
          Checkpoint.message(
              checkpoint.tenant(), checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt()));
      return ed.verify(checkpoint.signature());
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] pem(Path file) throws IOException {
    String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(text);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
