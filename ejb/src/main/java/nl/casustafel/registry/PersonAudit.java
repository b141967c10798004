package nl.casustafel.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * The log of the registry's work on persons: likely duplicates shown at triage (one SEARCH for the
 * request, one per candidate shown, named {@code person=<client id>} in the reason and by the
 * candidate's keyed pseudonym as the subject), a merge and its undo (UPDATE about both persons) and
 * every refusal (DENY, in a transaction of its own). Never a name, birth date or BSN.
 */
@RequestScoped
public class PersonAudit {

  @Inject private AuditLog log;
  @Inject private AuditSettings settings;
  @Inject private RequestTrace trace;
  @Inject private TenantContext tenant;

  /** One candidate shown: its client id and the legal basis of showing its IDENTIFYING data. */
  record Shown(long client, String basis) {}

  /** Likely duplicates of a referral's person were shown (or, {@code refusal}, all hidden). */
  void duplicates(
      CurrentUser user, Referral referral, List<Shown> shown, Decision.Deny refusal, Instant at) {
    List<AuditEntry> entries = new ArrayList<>();
    String what = "duplicates referral=" + referral.reference() + " hits=" + shown.size();
    AuditEvent request = event(user, AuditAction.SEARCH, null, at).reason(what);
    if (refusal != null) {
      request.decision(AuditDecision.DENY).reason(what + " " + refusal.reason().name());
    }
    entries.add(request.build());
    for (Shown s : shown) {
      entries.add(
          event(user, AuditAction.SEARCH, s.client(), at)
              .categories(Set.of(DataCategory.IDENTIFYING))
              .basis(s.basis())
              .reason("person=" + s.client() + " duplicate of referral=" + referral.reference())
              .build());
    }
    log.append(tenant().value(), entries);
  }

  /** A merge or its undo: one UPDATE about each of the two persons. */
  void merged(CurrentUser user, ClientMerge merge, boolean undo, Instant at) {
    String what = (undo ? "MERGE UNDONE" : "MERGE") + " merge=" + merge.id();
    log.append(
        tenant().value(),
        List.of(
            event(user, AuditAction.UPDATE, merge.from(), at).reason(what + " merged").build(),
            event(user, AuditAction.UPDATE, merge.into(), at).reason(what + " survivor").build()));
  }

  /** A refused act on persons: logged although nothing happens. */
  void refused(CurrentUser user, String act, Decision.Deny deny, Instant at) {
    AuditEntry entry =
        event(user, AuditAction.DENY, null, at)
            .decision(AuditDecision.DENY)
            .reason(deny.reason().name() + " " + act)
            .build();
    log.appendAlone(tenant().value(), List.of(entry));
  }

  private AuditEvent event(CurrentUser user, AuditAction action, Long client, Instant at) {
    return AuditEvent.of(tenant(), at)
        .actor(user)
        .action(action)
        .about(null, client == null ? null : settings.pseudonyms().of(tenant().value(), client))
        .decision(AuditDecision.PERMIT)
        .purpose(Purpose.CASE_CONFERENCE)
        .origin(trace.originIp(), trace.traceId());
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
