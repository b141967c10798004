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
 * Records a report that was read or left the ZVH — the progress report, its exports, a
 * municipality's figures, the CoMensha export — as one event with purpose {@code REPORTING} in the
 * tenant's hash chain, in the caller's transaction (NEN 7513: exports of data are logged, even
 * aggregated ones, so that an auditor can tell who took what out).
 */
@Stateless
public class ReportLog {

  @EJB private AuditLog log;
  @Inject private AuditSettings settings;
  @Inject private RequestTrace trace;
  @Inject private Clock clock;

  /**
   * Appends one event.
   *
   * @param action {@link AuditAction#READ} for a screen, {@link AuditAction#EXPORT} for a file
   * @param what the report, its scope and period, e.g. "voortgangsrapportage 2019-01-01..2019-12-31
   *     gemeente=Hilversum k=5 pdf"
   */
  public void record(TenantId tenant, CurrentUser user, AuditAction action, String what) {
    recordEach(tenant, user, action, List.of(what));
  }

  /** Appends one event per description, in one write (e.g. each review a receiver read). */
  public void recordEach(
      TenantId tenant, CurrentUser user, AuditAction action, List<String> whats) {
    if (whats.isEmpty()) {
      return;
    }
    log.append(
        tenant.value(),
        whats.stream()
            .map(
                what ->
                    base(tenant, user)
                        .action(action)
                        .decision(AuditDecision.PERMIT)
                        .reason(what)
                        .build())
            .toList());
  }

  /**
   * Appends one event per data subject whose record left in an export (the CoMensha export: AVG
   * art. 15 asks who received a person's data), each naming the case and the person's pseudonym.
   *
   * @param caseAndClient per record its case id and client id
   * @param categories the categories of the exported fields
   */
  public void exported(
      TenantId tenant,
      CurrentUser user,
      String what,
      java.util.List<long[]> caseAndClient,
      java.util.Set<nl.casustafel.covenant.DataCategory> categories) {
    Pseudonyms pseudonyms = settings.pseudonyms();
    List<AuditEntry> entries =
        caseAndClient.stream()
            .map(
                ids ->
                    base(tenant, user)
                        .action(AuditAction.EXPORT)
                        .decision(AuditDecision.PERMIT)
                        .about(ids[0], pseudonyms.of(tenant.value(), ids[1]))
                        .categories(categories)
                        .reason(what)
                        .build())
            .toList();
    if (!entries.isEmpty()) {
      log.append(tenant.value(), entries);
    }
  }

  /**
   * If there is a refusal: logs it as a DENY in a transaction of its own and throws it.
   *
   * @throws AccessRefused with the refusal
   */
  public void refuseIf(
      TenantId tenant, CurrentUser user, Optional<Decision.Deny> refusal, String what) {
    if (refusal.isEmpty()) {
      return;
    }
    deny(tenant, user, refusal.get(), what);
    throw new AccessRefused(refusal.get());
  }

  /** Logs a refusal as a DENY in a transaction of its own; the caller answers it. */
  public void deny(TenantId tenant, CurrentUser user, Decision.Deny refusal, String what) {
    AuditEntry denied =
        base(tenant, user)
            .action(AuditAction.DENY)
            .decision(AuditDecision.DENY)
            .reason(refusal.reason().name() + " " + what)
            .build();
    log.appendAlone(tenant.value(), List.of(denied));
  }

  private AuditEvent base(TenantId tenant, CurrentUser user) {
    return AuditEvent.of(tenant, clock.instant())
        .actor(user)
        .forReporting()
        .origin(trace.originIp(), trace.traceId());
  }
}
