package nl.casustafel.conference.print;

import java.util.Objects;
import java.util.Optional;

/**
 * The case of an agenda item, for a partner that may see it.
 *
 * @param reference the case reference, e.g. "MH-2026-0007"
 * @param clientName the client's name, if the partner may see it
 */
public record VisibleCase(String reference, Optional<String> clientName) {

  public VisibleCase {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(clientName, "clientName");
  }
}
