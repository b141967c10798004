package nl.casustafel.covenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/** One version of a tenant's privacy covenant with the partners that signed it. */
public record Covenant(
    TenantId tenant, String title, int version, List<CovenantMembership> memberships) {

  public Covenant {
    Objects.requireNonNull(tenant, "tenant is required.");
    Objects.requireNonNull(title, "title is required.");
    if (version < 1) {
      throw new IllegalArgumentException("Covenant versions start at 1: " + version);
    }
    memberships = List.copyOf(memberships);
  }

  /** The partner's membership that is valid on the given day, if any. */
  public Optional<CovenantMembership> membershipOf(PartnerId partner, LocalDate day) {
    return memberships.stream()
        .filter(m -> m.partner().equals(partner) && m.validOn(day))
        .findFirst();
  }
}
