package nl.casustafel.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.casustafel.web.security.CurrentUserProducer;

/**
 * Whose typing {@code session-guard.js} may give back after a silent re-login: an opaque key per
 * user, rendered in the layout as {@code <meta name="casustafel-typed-owner">}. A page of another
 * user (or of nobody) makes the script delete the typing instead.
 *
 * <p>Design notice: the key is SHA-256 of a purpose label and the token's subject (Keycloak's user
 * id), in hex. It is the same on every server and after every re-login, which the comparison needs,
 * yet it shows neither the username nor the subject to the next person on the tab.
 */
@Named
@RequestScoped
public class TypedTextOwner {

  private static final String PURPOSE = "casustafel typed-text owner\n";

  @Inject private CurrentUserProducer users;

  /** From the token alone: the outage page shows it too, without asking the database. */
  public String getKey() {
    return of(users.tokenSubject());
  }

  static String of(String subject) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest((PURPOSE + subject).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256.", e);
    }
  }
}
