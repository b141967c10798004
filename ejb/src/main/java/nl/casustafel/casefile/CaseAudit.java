package nl.casustafel.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.AuditLog;
import nl.casustafel.audit.AuditSettings;
import nl.casustafel.audit.RequestTrace;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * Turns what the policy decision point decided in one call into audit events — one per data
 * subject, plus one DENY event where something was refused — and appends them in the call's
 * transaction (or, for a refusal that rolls back, in one of their own).
 */
@RequestScoped
public class CaseAudit {

  @Inject private AuditLog log;
  @Inject private AuditSettings settings;
  @Inject private RequestTrace trace;
  @Inject private TenantContext tenant;

  /** A case file was read: what was disclosed, and what was refused. */
  void read(CaseGate gate, Case kase, Collection<? extends Outcome<?>> outcomes) {
    read(gate, kase, outcomes, AuditAction.READ);
  }

  /** As {@link #read}, for a disclosure in another form: PRINT or EXPORT (NEN 7513). */
  void read(
      CaseGate gate, Case kase, Collection<? extends Outcome<?>> outcomes, AuditAction action) {
    if (gate.unchecked()) {
      return; // the benchmark's baseline: measured without the log write (BaselineRequest)
    }
    List<AuditEntry> entries = new ArrayList<>();
    List<Outcome<?>> permitted = disclosed(outcomes);
    List<Outcome<?>> denied =
        outcomes.stream().filter(o -> o.disclosed().isEmpty()).collect(Collectors.toList());
    if (!permitted.isEmpty()) {
      entries.add(entry(gate, action, kase, permitted, AuditDecision.PERMIT));
    }
    if (!denied.isEmpty()) {
      entries.add(entry(gate, AuditAction.DENY, kase, denied, AuditDecision.DENY));
    }
    log.append(tenant().value(), entries);
  }

  /**
   * Cases were listed or searched (NEN 7513 logs searches): one SEARCH event for the request,
   * naming the number of hits and a keyed reference to the search text (never the text), even when
   * the page shown is empty; and one SEARCH event per data subject shown, naming exactly the
   * categories disclosed of them (a DENY when everything of them was hidden).
   */
  void listed(CaseGate gate, String query, long hits, List<Case> cases, List<CaseSummary> shown) {
    if (gate.unchecked()) {
      return; // the benchmark's baseline: measured without the log write (BaselineRequest)
    }
    List<AuditEntry> entries = new ArrayList<>();
    String what =
        "hits="
            + hits
            + (query.isBlank()
                ? ""
                : " query=" + settings.pseudonyms().ofQuery(tenant().value(), query));
    entries.add(
        event(gate, AuditAction.SEARCH, null, null, AuditDecision.PERMIT).reason(what).build());
    for (int i = 0; i < cases.size(); i++) {
      entries.add(subjectListed(gate, cases.get(i), shown.get(i).outcomes()));
    }
    log.append(tenant().value(), entries);
  }

  private AuditEntry subjectListed(CaseGate gate, Case kase, List<Outcome<?>> outcomes) {
    List<Outcome<?>> permitted = disclosed(outcomes);
    return permitted.isEmpty()
        ? entry(gate, AuditAction.SEARCH, kase, outcomes, AuditDecision.DENY)
        : entry(gate, AuditAction.SEARCH, kase, permitted, AuditDecision.PERMIT);
  }

  /** Information was added (CREATE), on the basis the decision point named. */
  void created(CaseGate gate, Case kase, DataCategory category, Decision.Permit permit) {
    if (gate.unchecked()) {
      return; // the benchmark's baseline: measured without the log write (BaselineRequest)
    }
    append(
        event(gate, AuditAction.CREATE, kase, AuditDecision.PERMIT)
            .categories(Set.of(category))
            .basis(gate.cited(permit.basis().number())));
  }

  /** A change to who takes part (SHARE when a partner is let in, UPDATE otherwise). */
  void acted(CaseGate gate, Case kase, AuditAction action, String what) {
    append(event(gate, action, kase, AuditDecision.PERMIT).reason(what));
  }

  /** A case was opened by breaking the glass, with the reason given. */
  void brokeGlass(CaseGate gate, Case kase, String reason) {
    append(event(gate, AuditAction.BREAK_GLASS, kase, AuditDecision.PERMIT).reason(reason));
  }

  /**
   * A case the user may not know (null: no such case, so no data subject is named), or an act
   * refused on one: logged although nothing happens.
   */
  void refused(
      CaseGate gate, Long caseId, Case kase, Set<DataCategory> categories, Decision.Deny deny) {
    if (gate.unchecked()) {
      return; // the benchmark's baseline: measured without the log write (BaselineRequest)
    }
    AuditEntry entry =
        event(gate, AuditAction.DENY, caseId, kase, AuditDecision.DENY)
            .categories(categories)
            .reason(deny.reason().name())
            .build();
    log.appendAlone(tenant().value(), List.of(entry));
  }

  private void append(AuditEvent event) {
    log.append(tenant().value(), List.of(event.build()));
  }

  /** One event per subject: the outcomes' categories, their legal bases and refusal reasons. */
  private AuditEntry entry(
      CaseGate gate,
      AuditAction action,
      Case kase,
      Collection<? extends Outcome<?>> outcomes,
      AuditDecision decision) {
    return event(gate, action, kase, decision)
        .categories(outcomes.stream().map(Outcome::category).collect(Collectors.toSet()))
        .basis(
            gate.cited(
                joined(
                    outcomes.stream()
                        .flatMap(o -> o.disclosed().stream().map(d -> d.basis().number())))))
        .reason(
            joined(
                outcomes.stream()
                    .map(Outcome::decision)
                    .filter(d -> d instanceof Decision.Deny)
                    .map(d -> ((Decision.Deny) d).reason().name())))
        .build();
  }

  /** An event by the gate's user about the case (null: none), with its data subject. */
  private AuditEvent event(CaseGate gate, AuditAction action, Case kase, AuditDecision decision) {
    return event(gate, action, kase == null ? null : kase.id().value(), kase, decision);
  }

  /** An event about a case id; without the case (it does not exist) it names no data subject. */
  private AuditEvent event(
      CaseGate gate, AuditAction action, Long caseId, Case kase, AuditDecision decision) {
    return AuditEvent.of(tenant(), gate.now())
        .actor(gate.user())
        .action(action)
        .about(caseId, kase == null ? null : subject(kase))
        .decision(decision)
        .purpose(gate.purpose())
        .origin(trace.originIp(), trace.traceId())
        .breakGlass(kase != null && gate.viaBreakGlass(kase));
  }

  /** The keyed pseudonym of the case's data subject (never the client id itself). */
  private String subject(Case kase) {
    return settings.pseudonyms().of(tenant().value(), kase.client().id());
  }

  private static List<Outcome<?>> disclosed(Collection<? extends Outcome<?>> outcomes) {
    return outcomes.stream().filter(o -> o.disclosed().isPresent()).collect(Collectors.toList());
  }

  /** Distinct values sorted and joined with ","; null when there are none. */
  private static String joined(Stream<String> values) {
    TreeSet<String> sorted = values.collect(Collectors.toCollection(TreeSet::new));
    return sorted.isEmpty() ? null : String.join(",", sorted);
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
