package nl.casustafel.casefile;

import java.time.Instant;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;

/** A participation as the case director manages it. */
public record ParticipationView(
    PartnerId partner,
    String invitedBy,
    Instant invitedAt,
    Optional<Instant> until,
    Optional<Instant> revokedAt,
    Optional<String> revokedBy,
    boolean active) {

  static ParticipationView of(CaseParticipation p, Instant now) {
    return new ParticipationView(
        p.partner(),
        p.invitedBy(),
        p.invitedAt(),
        p.until(),
        p.revokedAt(),
        p.revokedBy(),
        p.activeAt(now));
  }
}
