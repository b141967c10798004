package nl.casustafel.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.AuditLog;
import nl.casustafel.audit.AuditSettings;
import nl.casustafel.audit.RequestTrace;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * The registry's events in the data-sharing log: a referral or signal received (CREATE), the triage
 * queue read (one SEARCH for the request and one per person shown, naming what was disclosed), a
 * triage decision (UPDATE) and every refusal (DENY, in a transaction of its own). A referral is
 * named in the reason as {@code referral=<reference>}; the person by their keyed pseudonym, never
 * by name or BSN.
 */
@RequestScoped
public class RegistryAudit {

  @Inject private AuditLog log;
  @Inject private AuditSettings settings;
  @Inject private RequestTrace trace;
  @Inject private TenantContext tenant;

  /** A referral or signal was registered; {@code categories}: what it says of the person. */
  void received(CurrentUser user, Referral referral, Set<DataCategory> categories, Instant at) {
    append(
        event(user, AuditAction.CREATE, referral, at)
            .categories(referral.client().isPresent() ? categories : Set.of())
            .reason(named(referral) + " source=" + referral.source()));
  }

  /** The triage queue was read: one SEARCH with the hits, one per referral or signal shown. */
  void listed(CurrentUser user, List<Referral> referrals, List<TriageEntry> shown, Instant at) {
    List<AuditEntry> entries = new ArrayList<>();
    entries.add(
        event(user, AuditAction.SEARCH, null, at).reason("triage hits=" + shown.size()).build());
    for (int i = 0; i < shown.size(); i++) {
      // Also an anonymous signal: its texts may still point at someone.
      entries.add(
          disclosed(AuditAction.SEARCH, user, referrals.get(i), shown.get(i).outcomes(), at));
    }
    log.append(tenant().value(), entries);
  }

  /** The triage decision (no personal data in the event: outcome and references only). */
  void decided(CurrentUser user, Referral referral, Long caseId, String caseReference, Instant at) {
    String what =
        "TRIAGE "
            + referral.outcome().orElseThrow()
            + " "
            + named(referral)
            + (caseReference == null ? "" : " case=" + caseReference);
    AuditEvent event = event(user, AuditAction.UPDATE, referral, at).reason(what);
    append(caseId == null ? event : event.about(caseId, subject(referral)));
  }

  /**
   * Triage opened a case: CREATE about the case, and SHARE for every partner let in (no personal
   * data in the events: references and partner ids).
   */
  void caseOpened(
      CurrentUser user,
      Referral referral,
      nl.casustafel.casefile.Case kase,
      java.util.Collection<nl.casustafel.partner.PartnerId> partners,
      Instant at) {
    List<AuditEntry> entries = new ArrayList<>();
    Long id = kase.id().value();
    entries.add(
        event(user, AuditAction.CREATE, referral, at)
            .about(id, subject(referral))
            .reason("OPENED " + kase.reference() + " from " + named(referral))
            .build());
    partners.forEach(
        p ->
            entries.add(
                event(user, AuditAction.SHARE, referral, at)
                    .about(id, subject(referral))
                    .reason("INVITED " + p)
                    .build()));
    log.append(tenant().value(), entries);
  }

  /** A referral shown on a person's timeline: READ of what was disclosed of it. */
  void readOnTimeline(CurrentUser user, Referral referral, List<Outcome<?>> outcomes, Instant at) {
    log.append(
        tenant().value(), List.of(disclosed(AuditAction.READ, user, referral, outcomes, at)));
  }

  /** A refused act: logged although nothing happens (the refused request rolls back). */
  void refused(CurrentUser user, Referral referral, Decision.Deny deny, Instant at) {
    AuditEntry entry =
        event(user, AuditAction.DENY, referral, at)
            .decision(AuditDecision.DENY)
            .reason(deny.reason().name() + (referral == null ? "" : " " + named(referral)))
            .build();
    log.appendAlone(tenant().value(), List.of(entry));
  }

  private AuditEntry disclosed(
      AuditAction action,
      CurrentUser user,
      Referral referral,
      List<Outcome<?>> outcomes,
      Instant at) {
    List<Outcome<?>> permitted = outcomes.stream().filter(o -> o.disclosed().isPresent()).toList();
    boolean any = !permitted.isEmpty();
    return event(user, action, referral, at)
        .decision(any ? AuditDecision.PERMIT : AuditDecision.DENY)
        .categories(
            (any ? permitted : outcomes)
                .stream().map(Outcome::category).collect(Collectors.toSet()))
        .basis(
            joined(
                permitted.stream()
                    .map(o -> o.disclosed().orElseThrow().basis().number())
                    .collect(Collectors.toList())))
        .reason(named(referral))
        .build();
  }

  private AuditEvent event(CurrentUser user, AuditAction action, Referral referral, Instant at) {
    String subject = referral == null ? null : subject(referral);
    return AuditEvent.of(tenant(), at)
        .actor(user)
        .action(action)
        .about(null, subject)
        .decision(AuditDecision.PERMIT)
        .purpose(Purpose.CASE_CONFERENCE)
        .origin(trace.originIp(), trace.traceId());
  }

  private String subject(Referral referral) {
    return referral.client().map(c -> settings.pseudonyms().of(tenant().value(), c)).orElse(null);
  }

  private void append(AuditEvent event) {
    log.append(tenant().value(), List.of(event.build()));
  }

  private static String named(Referral referral) {
    return "referral=" + referral.reference();
  }

  private static String joined(List<String> values) {
    TreeSet<String> sorted = new TreeSet<>(values);
    return sorted.isEmpty() ? null : String.join(",", sorted);
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
