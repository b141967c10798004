package nl.casustafel.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.partner.PartnerId;

/**
 * The case director's triage decision with its reason. OPEN_CASE names the lead partner (empty: the
 * director's own organisation), the partners to invite and, for human trafficking, the exploitation
 * form; FORWARD names the partner it goes to. Whether the person is informed is always recorded,
 * and why not when not (e.g. an ongoing criminal investigation).
 *
 * @throws IllegalArgumentException when FORWARD names no partner, or the person is not informed
 *     without a reason
 */
public record TriageDecision(
    TriageOutcome outcome,
    String reason,
    Optional<PartnerId> forwardTo,
    Optional<PartnerId> lead,
    List<PartnerId> invite,
    Optional<ExploitationForm> exploitationForm,
    boolean personInformed,
    Optional<String> notInformedReason) {

  public TriageDecision {
    Objects.requireNonNull(outcome, "outcome is required.");
    invite = List.copyOf(invite);
    if (outcome == TriageOutcome.FORWARD && forwardTo.isEmpty()) {
      throw new IllegalArgumentException("forwardTo: name the partner it is forwarded to.");
    }
    if (!personInformed && notInformedReason.filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("notInformedReason: say why the person is not informed.");
    }
    notInformedReason =
        personInformed
            ? Optional.empty()
            : notInformedReason.map(r -> Referral.DECISION_REASON.check(r));
  }
}
