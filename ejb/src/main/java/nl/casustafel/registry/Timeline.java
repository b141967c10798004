package nl.casustafel.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseTrack;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A person's timeline as one reader may see it: their cases (with history and care) and the
 * referrals and signals about them, plus how many items were hidden from this reader.
 */
public record Timeline(
    long clientId, List<CaseTrack> cases, List<ReferralItem> referrals, int hidden) {

  /** A referral or signal about the person, with the person's name and the texts as decided. */
  public record ReferralItem(
      String reference,
      SignalSource source,
      Instant receivedAt,
      Optional<TriageOutcome> outcome,
      Outcome<String> name,
      Outcome<TriageEntry.Texts> texts) {}
}
