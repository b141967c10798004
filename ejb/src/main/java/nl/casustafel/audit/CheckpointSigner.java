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
 * The public key that verifies is read from its own, pinned place (CASUSTAFEL_AUDIT_PUBLIC_KEY),
 * never taken from beside the private key: whoever can replace the private key must not thereby
 * choose the key the verifier trusts.
 */
public final class CheckpointSigner {

  private final Optional<PrivateKey> privateKey;
  private final PublicKey publicKey;

  /**
   * @param privateKey the key that signs, or empty for a verifier
   * @param publicKey the key that verifies, or null for the signing side alone
   */
  public CheckpointSigner(Optional<PrivateKey> privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** Signs only: reads the private key's PKCS#8 PEM file (which must exist). */
  public static CheckpointSigner signing(Path privatePem)
      throws IOException, GeneralSecurityException {
    KeyFactory ed = KeyFactory.getInstance("Ed25519");
    return new CheckpointSigner(
        Optional.of(ed.generatePrivate(new PKCS8EncodedKeySpec(pem(privatePem)))), null);
  }

  /** Verifies only: reads the (pinned) public key's X.509 PEM file. */
  public static CheckpointSigner verifying(Path publicPem)
      throws IOException, GeneralSecurityException {
    KeyFactory ed = KeyFactory.getInstance("Ed25519");
    return new CheckpointSigner(
        Optional.empty(), ed.generatePublic(new X509EncodedKeySpec(pem(publicPem))));
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

  /** Whether the checkpoint's signature fits the public key; IllegalStateException without one. */
  public boolean verify(Checkpoint checkpoint) {
    if (publicKey == null) {
      throw new IllegalStateException("No public key to verify checkpoints with.");
    }
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
