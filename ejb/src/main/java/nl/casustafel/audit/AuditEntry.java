package nl.casustafel.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One audit event before it is chained: who (actor, partner, roles, on whose behalf) did what
 * (action, decision, reason) with which data (case, data subject pseudonym, categories) on which
 * ground (legal basis, purpose), when (UTC, microseconds), from where (origin IP) and in which
 * trace. Values from users are cleaned of control characters.
 *
 * <p>This is the stored form: exactly the strings of the row and of the hash ({@link AuditChain}),
 * so that every chain ever written still verifies. New events are made with the typed {@link
 * AuditEvent}; {@link AuditRows} makes one from the strings it reads back. (A public record's
 * constructor is public; nothing else should call it.)
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

  /**
   * @throws NullPointerException when tenant, occurredAt, the actor's subject, username or roles,
   *     the action or the trace id is missing
   * @throws IllegalArgumentException when the decision is not PERMIT or DENY
   */
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
    AuditDecision.of(decision);
    reason = AuditText.clean(reason);
    legalBasis = AuditText.clean(legalBasis);
    originIp = AuditText.clean(originIp);
    traceId = AuditText.clean(Objects.requireNonNull(traceId, "traceId"));
  }
}
