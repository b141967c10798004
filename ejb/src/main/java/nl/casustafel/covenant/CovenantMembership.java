package nl.casustafel.covenant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.partner.PartnerId;

/**
 * A partner's signature on a covenant version (toetreding): its role and its matrix of grants,
 * valid from a day up to and including an optional last day.
 */
public record CovenantMembership(
    PartnerId partner,
    MembershipRole role,
    LocalDate validFrom,
    LocalDate validTo,
    Set<Grant> grants) {

  public CovenantMembership {
    Objects.requireNonNull(partner, "partner is required.");
    Objects.requireNonNull(role, "role is required.");
    Objects.requireNonNull(validFrom, "validFrom is required.");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("A membership cannot end before it starts.");
    }
    grants = Set.copyOf(grants);
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** The grant that allows this, if the membership has one. */
  public Optional<Grant> grantFor(DataCategory category, Direction direction, Purpose purpose) {
    return grants.stream().filter(g -> g.covers(category, direction, purpose)).findFirst();
  }
}
