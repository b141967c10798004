package nl.casustafel.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One audit event before it is chained: who (actor, partner, roles, on whose behalf) did what
 * (action, decision, reason) with which data (case, data subject pseudonym, categories) on which
 * ground (legal basis, purpose), when (UTC, microseconds), from where (origin IP) and in which
 * trace. Values from users are cleaned of control characters.
 */
public record AuditEntry(
    String tenant,
    Instant occurredAt,
    String actorSubject,
    String actorUsername,
    String actorPartner,
    String actorRoles,
    String onBehalfOf,
    AuditAction action,
    Long caseId,
    String subjectRef,
    String categories,
    String decision,
    String reason,
    String legalBasis,
    String purpose,
    String originIp,
    String traceId,
    boolean breakGlass) {

  public AuditEntry {
    Objects.requireNonNull(tenant, "tenant is required.");
    occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    actorSubject = AuditText.clean(Objects.requireNonNull(actorSubject, "actorSubject"));
    actorUsername = AuditText.clean(Objects.requireNonNull(actorUsername, "actorUsername"));
    actorPartner = AuditText.clean(actorPartner);
    actorRoles = AuditText.clean(Objects.requireNonNull(actorRoles, "actorRoles"));
    onBehalfOf = AuditText.clean(onBehalfOf);
    Objects.requireNonNull(action, "action is required.");
    categories = AuditText.clean(categories);
    if (!"PERMIT".equals(decision) && !"DENY".equals(decision)) {
      throw new IllegalArgumentException("decision is PERMIT or DENY: " + decision);
    }
    reason = AuditText.clean(reason);
    legalBasis = AuditText.clean(legalBasis);
    originIp = AuditText.clean(originIp);
    traceId = AuditText.clean(Objects.requireNonNull(traceId, "traceId"));
  }
}
