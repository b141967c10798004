package nl.casustafel.conference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.AuditLog;
import nl.casustafel.audit.RequestTrace;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.shared.TenantContext;

/**
 * Refusals of conference work (planning, agendas, minutes, follow-up), logged in a transaction of
 * their own — the refused request changes nothing — and then thrown. Disclosures of case data are
 * logged where they happen, by {@link nl.casustafel.casefile.CaseRecords}.
 */
@RequestScoped
public class ConferenceLog {

  @Inject private AuditLog log;
  @Inject private RequestTrace trace;
  @Inject private TenantContext tenant;

  /**
   * If there is a refusal: logs it with {@code what} was asked and throws it.
   *
   * @throws AccessRefused with the refusal
   */
  void refuseIf(CurrentUser user, Optional<Decision.Deny> refusal, String what, Instant at) {
    if (refusal.isEmpty()) {
      return;
    }
    var denied =
        AuditEvent.of(tenant.current().orElseThrow(), at)
            .actor(user)
            .action(AuditAction.DENY)
            .about(null, null)
            .decision(AuditDecision.DENY)
            .purpose(Purpose.CASE_CONFERENCE)
            .origin(trace.originIp(), trace.traceId())
            .reason(refusal.get().reason().name() + " " + what)
            .build();
    log.appendAlone(tenant.current().orElseThrow().value(), List.of(denied));
    throw new AccessRefused(refusal.get());
  }
}
