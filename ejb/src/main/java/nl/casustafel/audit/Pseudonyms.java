package nl.casustafel.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms of data subjects (HMAC-SHA256 over tenant and client id): the log can be
 * searched per person without holding a name or BSN, and without the key nobody can link a
 * pseudonym back to a person.
 */
public final class Pseudonyms {

  private final byte[] key;

  public Pseudonyms(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("A pseudonym key needs at least 16 bytes.");
    }
    this.key = key.clone();
  }

  /** The pseudonym of a client of a tenant: {@code ps-} and 32 hex digits. */
  public String of(String tenant, long clientId) {
    return "ps-" + hmac(tenant + ":client:" + clientId);
  }

  /**
   * A keyed reference to a search text ({@code q-} and 32 hex digits): the log shows that the same
   * text was searched again without holding the text, which may be a person's name. Case and
   * surrounding white space do not count.
   */
  public String ofQuery(String tenant, String query) {
    return "q-" + hmac(tenant + ":query:" + query.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private String hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every Java", e);
    }
  }
}
