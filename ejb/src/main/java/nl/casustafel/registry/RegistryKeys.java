package nl.casustafel.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.casustafel.audit.AuditSettings;

/**
 * The registry's key for BSNs, derived (HMAC-SHA256, label {@code casustafel-bsn}) from the
 * pseudonym key ({@code CASUSTAFEL_AUDIT_PSEUDONYM_KEY}), so an installation keeps one secret
 * outside the database. Rotating that key means re-encrypting the BSNs and rebuilding their blind
 * indexes (Known issues in the README).
 */
@ApplicationScoped
public class RegistryKeys {

  @Inject private AuditSettings settings;

  /** The BSN protection of this installation. */
  public BsnProtection bsn() {
    return new BsnProtection(derive(settings.pseudonymKey(), "casustafel-bsn"));
  }

  private static byte[] derive(byte[] key, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every Java", e);
    }
  }
}
