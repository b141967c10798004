package nl.casustafel.policy;

import java.time.Instant;
import java.util.Objects;
import nl.casustafel.partner.PartnerId;

/**
 * An ad-hoc partner's geheimhoudingsverklaring for one case: accepted at a moment, and expiring by
 * itself.
 */
public record AcceptedStatement(PartnerId partner, Instant acceptedAt, Instant expiresAt) {

  public AcceptedStatement {
    Objects.requireNonNull(partner, "partner is required.");
    Objects.requireNonNull(acceptedAt, "acceptedAt is required.");
    Objects.requireNonNull(expiresAt, "expiresAt is required.");
  }

  public boolean validAt(Instant now) {
    return !now.isBefore(acceptedAt) && now.isBefore(expiresAt);
  }
}
