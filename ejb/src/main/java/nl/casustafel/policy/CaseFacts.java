package nl.casustafel.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * What the policy decision point must know of one case, read fresh for every request: its tenant,
 * the participations of partners, the confidentiality statements accepted for it and the
 * break-the-glass openings of it.
 */
public record CaseFacts(
    TenantId tenant,
    List<Participation> participations,
    List<AcceptedStatement> statements,
    List<EmergencyAccess> emergencies) {

  public CaseFacts {
    Objects.requireNonNull(tenant, "tenant is required.");
    participations = List.copyOf(participations);
    statements = List.copyOf(statements);
    emergencies = List.copyOf(emergencies);
  }

  /** A case nobody opened by breaking the glass. */
  public CaseFacts(
      TenantId tenant, List<Participation> participations, List<AcceptedStatement> statements) {
    this(tenant, participations, statements, List.of());
  }

  public boolean emergencyOpen(String subject, Instant now) {
    return emergencies.stream().anyMatch(e -> e.subject().equals(subject) && e.activeAt(now));
  }

  public boolean participating(PartnerId partner, Instant now) {
    return participations.stream().anyMatch(p -> p.partner().equals(partner) && p.activeAt(now));
  }

  public boolean statementAccepted(PartnerId partner, Instant now) {
    return statements.stream().anyMatch(s -> s.partner().equals(partner) && s.validAt(now));
  }
}
