package nl.casustafel.casefile;

import java.time.Instant;
import java.util.Optional;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.DenyReason;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A case as a list shows it. Reference, type, status and lead are not about the person and show to
 * whoever may know the case; the client's name (IDENTIFYING) and the exploitation form
 * (VICTIM_STATUS) only as the policy decision point decided. The client's id leads to the person's
 * timeline, where the decision point decides again.
 */
public record CaseSummary(
    CaseId id,
    String reference,
    CaseType type,
    CaseStatus status,
    PartnerId lead,
    Instant openedAt,
    Outcome<String> client,
    Optional<Outcome<ExploitationForm>> exploitationForm,
    long clientId) {

  static CaseSummary of(Case kase, CaseGate gate) {
    return new CaseSummary(
        kase.id(),
        kase.reference(),
        kase.type(),
        kase.status(),
        kase.leadPartner(),
        kase.openedAt(),
        gate.read(kase, DataCategory.IDENTIFYING, () -> kase.client().name()),
        kase.exploitationForm().map(f -> gate.read(kase, DataCategory.VICTIM_STATUS, () -> f)),
        kase.clientId());
  }

  /**
   * Every decision taken for this summary: the client's name and, if any, the exploitation form.
   */
  java.util.List<Outcome<?>> outcomes() {
    java.util.List<Outcome<?>> all = new java.util.ArrayList<>();
    all.add(client);
    exploitationForm.ifPresent(all::add);
    return all;
  }

  /** Whether the reader's ad-hoc partner must sign a confidentiality statement first. */
  public boolean statementRequired() {
    return statementMissing(client);
  }

  /** Whether an outcome was refused only for the missing confidentiality statement. */
  static boolean statementMissing(Outcome<?> outcome) {
    return outcome.decision() instanceof Decision.Deny deny
        && deny.reason() == DenyReason.CONFIDENTIALITY_STATEMENT_MISSING;
  }
}
