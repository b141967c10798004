package nl.casustafel.registry.gcos;

import java.util.Objects;

/**
 * A client of an import: either new, named by the line that introduced it, or already in the
 * tenant, named by its id.
 *
 * @param line the line that introduced the new client, or 0 for an existing one
 * @param existingId the id of the existing client, or null for a new one
 */
public record ClientRef(int line, String existingId) {

  public ClientRef {
    if ((line > 0) == (existingId != null)) {
      throw new IllegalArgumentException("either a line or an existing id");
    }
  }

  public static ClientRef newFromLine(int line) {
    return new ClientRef(line, null);
  }

  public static ClientRef existing(String id) {
    return new ClientRef(0, Objects.requireNonNull(id));
  }

  public boolean isExisting() {
    return existingId != null;
  }
}
