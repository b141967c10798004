package nl.casustafel.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditLog;
import nl.casustafel.audit.AuditSettings;
import nl.casustafel.audit.RequestTrace;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.TenantContext;

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
    List<AuditEntry> entries = new ArrayList<>();
    List<Outcome<?>> permitted =
        outcomes.stream().filter(o -> o.disclosed().isPresent()).collect(Collectors.toList());
    List<Outcome<?>> denied =
        outcomes.stream().filter(o -> o.disclosed().isEmpty()).collect(Collectors.toList());
    if (!permitted.isEmpty()) {
      entries.add(entry(gate, AuditAction.READ, kase, permitted, "PERMIT"));
    }
    if (!denied.isEmpty()) {
      entries.add(entry(gate, AuditAction.DENY, kase, denied, "DENY"));
    }
    log.append(tenant(), entries);
  }

  /**
   * Cases were listed or searched (NEN 7513 logs searches): one SEARCH event for the request,
   * naming the number of hits and a keyed reference to the search text (never the text), even when
   * the page shown is empty; and one SEARCH event per data subject shown, naming exactly the
   * categories disclosed of them (a DENY when everything of them was hidden).
   */
  void listed(CaseGate gate, String query, long hits, List<Case> cases, List<CaseSummary> shown) {
    List<AuditEntry> entries = new ArrayList<>();
    String what =
        "hits="
            + hits
            + (query.isBlank() ? "" : " query=" + settings.pseudonyms().ofQuery(tenant(), query));
    entries.add(base(gate, AuditAction.SEARCH, null, null, null, "PERMIT", what, null));
    for (int i = 0; i < cases.size(); i++) {
      entries.add(subjectListed(gate, cases.get(i), shown.get(i).outcomes()));
    }
    log.append(tenant(), entries);
  }

  private AuditEntry subjectListed(CaseGate gate, Case kase, List<Outcome<?>> outcomes) {
    List<Outcome<?>> permitted = outcomes.stream().filter(o -> o.disclosed().isPresent()).toList();
    return permitted.isEmpty()
        ? entry(gate, AuditAction.SEARCH, kase, outcomes, "DENY")
        : entry(gate, AuditAction.SEARCH, kase, permitted, "PERMIT");
  }

  /** Information was added (CREATE), on the basis the decision point named. */
  void created(CaseGate gate, Case kase, DataCategory category, Decision.Permit permit) {
    log.append(
        tenant(),
        List.of(
            base(
                gate,
                AuditAction.CREATE,
                kase,
                category.name(),
                "PERMIT",
                null,
                permit.basis().number())));
  }

  /** A change to who takes part (SHARE when a partner is let in, UPDATE otherwise). */
  void acted(CaseGate gate, Case kase, AuditAction action, String what) {
    log.append(tenant(), List.of(base(gate, action, kase, null, "PERMIT", what, null)));
  }

  /** A case was opened by breaking the glass, with the reason given. */
  void brokeGlass(CaseGate gate, Case kase, String reason) {
    log.append(
        tenant(), List.of(base(gate, AuditAction.BREAK_GLASS, kase, null, "PERMIT", reason, null)));
  }

  /** A case the user may not know, or an act refused on one: logged although nothing happens. */
  void refused(CaseGate gate, Long caseId, Case kase, String categories, Decision.Deny deny) {
    log.appendAlone(
        tenant(),
        List.of(
            base(
                gate,
                AuditAction.DENY,
                caseId,
                kase,
                categories,
                "DENY",
                deny.reason().name(),
                null)));
  }

  private AuditEntry entry(
      CaseGate gate,
      AuditAction action,
      Case kase,
      List<? extends Outcome<?>> outcomes,
      String decision) {
    String categories = join(outcomes.stream().map(o -> o.category().name()).toList());
    String bases =
        join(
            outcomes.stream()
                .flatMap(o -> o.disclosed().stream())
                .map(d -> d.basis().number())
                .toList());
    String reasons =
        join(
            outcomes.stream()
                .map(Outcome::decision)
                .filter(d -> d instanceof Decision.Deny)
                .map(d -> ((Decision.Deny) d).reason().name())
                .toList());
    return base(
        gate,
        action,
        kase,
        categories,
        decision,
        reasons.isEmpty() ? null : reasons,
        bases.isEmpty() ? null : bases);
  }

  private AuditEntry base(
      CaseGate gate,
      AuditAction action,
      Case kase,
      String categories,
      String decision,
      String reason,
      String basis) {
    return base(gate, action, kase.id().value(), kase, categories, decision, reason, basis);
  }

  /** An event; without a case (an id that does not exist) it names no data subject. */
  private AuditEntry base(
      CaseGate gate,
      AuditAction action,
      Long caseId,
      Case kase,
      String categories,
      String decision,
      String reason,
      String basis) {
    CurrentUser user = gate.user();
    return new AuditEntry(
        tenant(),
        gate.now(),
        user.subject(),
        user.username(),
        partner(user),
        roles(gate),
        partner(user),
        action,
        caseId,
        kase == null ? null : settings.pseudonyms().of(tenant(), kase.client().id()),
        categories,
        decision,
        reason,
        basis,
        gate.purpose().name(),
        trace.originIp(),
        trace.traceId(),
        kase != null && gate.viaBreakGlass(kase));
  }

  private static String join(Collection<String> values) {
    return String.join(",", new TreeSet<>(values));
  }

  private static String partner(CurrentUser user) {
    return user.partner().map(Object::toString).orElse(null);
  }

  private String roles(CaseGate gate) {
    return join(
        gate.user().rolesIn(tenant.current().orElseThrow()).stream().map(Enum::name).toList());
  }

  private String tenant() {
    return tenant.current().orElseThrow().value();
  }
}
