package nl.casustafel.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * What the policy decision point must know of one case, read fresh for every request: its tenant,
 * the participations of partners and the confidentiality statements accepted for it.
 */
public record CaseFacts(
    TenantId tenant, List<Participation> participations, List<AcceptedStatement> statements) {

  public CaseFacts {
    Objects.requireNonNull(tenant, "tenant is required.");
    participations = List.copyOf(participations);
    statements = List.copyOf(statements);
  }

  public boolean participating(PartnerId partner, Instant now) {
    return participations.stream().anyMatch(p -> p.partner().equals(partner) && p.activeAt(now));
  }

  public boolean statementAccepted(PartnerId partner, Instant now) {
    return statements.stream().anyMatch(s -> s.partner().equals(partner) && s.validAt(now));
  }
}
