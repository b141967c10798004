package nl.casustafel.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.AuditLog;
import nl.casustafel.audit.RequestTrace;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.shared.TenantContext;

/**
 * The registry's events of the tenant's own work (imports, retention, access reports): one builder
 * with the request's tenant, user, purpose and origin, and one way to refuse — the DENY logged in a
 * transaction of its own (the refused request rolls back), then {@link AccessRefused}.
 */
@RequestScoped
public class RegistryLog {

  @Inject private AuditLog log;
  @Inject private RequestTrace trace;
  @Inject private TenantContext tenant;

  /** An event by {@code user} at {@code at} (UTC) for {@code purpose}; PERMIT unless changed. */
  AuditEvent event(CurrentUser user, Purpose purpose, Instant at) {
    return AuditEvent.of(tenant.current().orElseThrow(), at)
        .actor(user)
        .decision(AuditDecision.PERMIT)
        .purpose(purpose)
        .origin(trace.originIp(), trace.traceId());
  }

  /** Appends in the caller's transaction: no log, no change. */
  void append(AuditEntry... entries) {
    log.append(tenant.current().orElseThrow().value(), List.of(entries));
  }

  /**
   * If there is a refusal: logs it (about {@code subject}, a pseudonym or null) with {@code what}
   * was refused, and throws it.
   *
   * @throws AccessRefused with the refusal
   */
  void refuseIf(
      CurrentUser user,
      Optional<Decision.Deny> refusal,
      String subject,
      String what,
      Purpose purpose,
      Instant at) {
    if (refusal.isPresent()) {
      deny(user, refusal.get(), subject, what, purpose, at);
      throw new AccessRefused(refusal.get());
    }
  }

  /** Logs a refusal in a transaction of its own (the caller then answers it). */
  void deny(
      CurrentUser user,
      Decision.Deny deny,
      String subject,
      String what,
      Purpose purpose,
      Instant at) {
    AuditEntry denied =
        event(user, purpose, at)
            .action(AuditAction.DENY)
            .about(null, subject)
            .decision(AuditDecision.DENY)
            .reason(deny.reason().name() + " " + what)
            .build();
    log.appendAlone(tenant.current().orElseThrow().value(), List.of(denied));
  }
}
