package nl.casustafel.policy;

import java.time.Instant;
import java.util.Objects;
import nl.casustafel.partner.PartnerId;

/**
 * A partner's part in one case (casusdeelname): invited at a moment, optionally until a moment, and
 * possibly revoked. Active only in between, and never after revocation.
 */
public record Participation(
    PartnerId partner, Instant invitedAt, Instant until, Instant revokedAt) {

  public Participation {
    Objects.requireNonNull(partner, "partner is required.");
    Objects.requireNonNull(invitedAt, "invitedAt is required.");
  }

  public boolean activeAt(Instant now) {
    return !now.isBefore(invitedAt)
        && (until == null || now.isBefore(until))
        && (revokedAt == null || now.isBefore(revokedAt));
  }
}
