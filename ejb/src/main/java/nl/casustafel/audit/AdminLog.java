package nl.casustafel.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.tenant.TenantId;

/**
 * Records a change to a tenant's set-up — the tenant, a partner, a person's role, the covenant — as
 * a {@link AuditAction#CONFIGURE} event in that tenant's hash chain, in the caller's transaction:
 * the change and its record commit together or not at all (issue #15, part 5; NEN 7513 asks for the
 * log of changes to authorisations as well as of access).
 */
@Stateless
public class AdminLog {

  /** The reason column holds 600 characters; longer descriptions are cut with an ellipsis. */
  static final int MAX_REASON = 600;

  @EJB private AuditLog log;
  @Inject private RequestTrace trace;
  @Inject private Clock clock;

  /**
   * Appends one event: who (the signed-in user), what (a short description in the log's Dutch, e.g.
   * "Partner toegevoegd: kwintes"), before and after (compact values; "-" for none).
   */
  public void record(TenantId tenant, CurrentUser user, String what, String before, String after) {
    AuditEntry entry =
        AuditEvent.of(tenant, clock.instant())
            .actor(user)
            .action(AuditAction.CONFIGURE)
            .decision(AuditDecision.PERMIT)
            .reason(describe(what, before, after))
            .purpose(AuditEvent.ADMINISTRATION_PURPOSE)
            .origin(trace.originIp(), trace.traceId())
            .build();
    log.append(tenant.value(), List.of(entry));
  }

  /**
   * If there is a refusal: logs it as a DENY in a transaction of its own (the refused change is
   * rolled back; its refusal stays on record) and throws it.
   *
   * @throws AccessRefused with the refusal
   */
  public void refuseIf(
      TenantId tenant, CurrentUser user, Optional<Decision.Deny> refusal, String what) {
    if (refusal.isEmpty()) {
      return;
    }
    AuditEntry denied =
        AuditEvent.of(tenant, clock.instant())
            .actor(user)
            .action(AuditAction.DENY)
            .decision(AuditDecision.DENY)
            .reason(refusal.get().reason().name() + " " + what)
            .purpose(AuditEvent.ADMINISTRATION_PURPOSE)
            .origin(trace.originIp(), trace.traceId())
            .build();
    log.appendAlone(tenant.value(), List.of(denied));
    throw new AccessRefused(refusal.get());
  }

  /** "what | voor: before | na: after", at most {@link #MAX_REASON} characters. */
  static String describe(String what, String before, String after) {
    String text = what + " | voor: " + orNone(before) + " | na: " + orNone(after);
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
