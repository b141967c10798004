package nl.casustafel.casefile;

import java.util.List;
import java.util.Optional;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A crisis card as one reader may see it: the case reference, and each field as the decision point
 * decided its category — disclosed, or hidden with the reason. A case without a card shows empty
 * fields.
 *
 * @param name the client's name (IDENTIFYING)
 */
public record CrisisCardView(
    String reference,
    Outcome<String> name,
    Outcome<Optional<String>> safeContact,
    Outcome<Optional<String>> risks,
    Outcome<Optional<String>> language,
    Outcome<Optional<String>> shelterArrangement) {

  static CrisisCardView of(CaseGate gate, Case kase, Optional<CrisisCard> card) {
    return new CrisisCardView(
        kase.reference(),
        gate.read(kase, DataCategory.IDENTIFYING, () -> kase.client().name()),
        gate.read(kase, DataCategory.CONTACT, () -> card.flatMap(CrisisCard::safeContact)),
        gate.read(kase, DataCategory.SAFETY, () -> card.flatMap(CrisisCard::risks)),
        gate.read(kase, DataCategory.SOCIAL, () -> card.flatMap(CrisisCard::language)),
        gate.read(kase, DataCategory.SOCIAL, () -> card.flatMap(CrisisCard::shelterArrangement)));
  }

  /** Every decision, for the log. */
  public List<Outcome<?>> outcomes() {
    return List.of(name, safeContact, risks, language, shelterArrangement);
  }
}
