package nl.casustafel.casefile;

import java.util.List;
import nl.casustafel.casefile.trafficking.JusticeFacts;
import nl.casustafel.casefile.trafficking.VictimFacts;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A case's trafficking details as one reader may see them: the VICTIM_STATUS half and the JUSTICE
 * half, each disclosed or hidden with the reason.
 */
public record TraffickingView(
    CaseId id, String reference, Outcome<VictimFacts> victim, Outcome<JusticeFacts> justice) {

  static TraffickingView of(CaseGate gate, Case kase) {
    return new TraffickingView(
        kase.id(),
        kase.reference(),
        gate.read(kase, nl.casustafel.covenant.DataCategory.VICTIM_STATUS, kase::victimFacts),
        gate.read(kase, nl.casustafel.covenant.DataCategory.JUSTICE, kase::justiceFacts));
  }

  /** Both decisions, for the log. */
  public List<Outcome<?>> outcomes() {
    return List.of(victim, justice);
  }
}
