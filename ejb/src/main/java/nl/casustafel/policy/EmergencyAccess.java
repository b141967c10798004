package nl.casustafel.policy;

import java.time.Instant;
import java.util.Objects;

/** A break-the-glass opening of one case by one user (its token subject), valid for a while. */
public record EmergencyAccess(String subject, Instant from, Instant until) {

  public EmergencyAccess {
    Objects.requireNonNull(subject, "subject is required.");
    Objects.requireNonNull(from, "from is required.");
    Objects.requireNonNull(until, "until is required.");
  }

  public boolean activeAt(Instant now) {
    return !now.isBefore(from) && now.isBefore(until);
  }
}
