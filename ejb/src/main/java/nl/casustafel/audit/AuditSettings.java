package nl.casustafel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the log's secrets and files are (environment variables through MicroProfile Config). None
 * has a default: without them nothing is logged, so nothing is disclosed.
 */
@ApplicationScoped
public class AuditSettings {

  @Inject
  @ConfigProperty(name = "casustafel.audit.pseudonym-key")
  Optional<String> pseudonymKey;

  @Inject
  @ConfigProperty(name = "casustafel.audit.signing-key")
  Optional<String> signingKey;

  @Inject
  @ConfigProperty(name = "casustafel.audit.public-key")
  Optional<String> publicKey;

  @Inject
  @ConfigProperty(name = "casustafel.audit.checkpoint-dir")
  Optional<String> checkpointDir;

  @Inject
  @ConfigProperty(name = "casustafel.audit.checkpoint-every", defaultValue = "100")
  int checkpointEvery;

  public Pseudonyms pseudonyms() {
    return new Pseudonyms(pseudonymKey());
  }

  /** The secret behind pseudonyms (and, derived from it, the registry's BSN keys). */
  public byte[] pseudonymKey() {
    return required(pseudonymKey, "CASUSTAFEL_AUDIT_PSEUDONYM_KEY")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The Ed25519 private key (PKCS#8 PEM) that signs checkpoints. */
  public Path signingKey() {
    return Path.of(required(signingKey, "CASUSTAFEL_AUDIT_SIGNING_KEY"));
  }

  /**
   * The pinned Ed25519 public key (X.509 PEM) that verifies checkpoints: its own setting, not the
   * file beside the private key, so that replacing the private key does not replace what is
   * trusted.
   */
  public Path publicKey() {
    return Path.of(required(publicKey, "CASUSTAFEL_AUDIT_PUBLIC_KEY"));
  }

  /** The append-only directory with one checkpoint file per tenant. */
  public Path checkpointDir() {
    return Path.of(required(checkpointDir, "CASUSTAFEL_AUDIT_CHECKPOINT_DIR"));
  }

  public int checkpointEvery() {
    return checkpointEvery;
  }

  private static String required(Optional<String> value, String variable) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new IllegalStateException(variable + " is not set"));
  }
}
