package nl.casustafel.casefile;

import java.time.Instant;
import java.util.List;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * One case of a person as their timeline shows it to one reader: the summary (name as decided), its
 * status steps (which status, when — not who changed it, nor the free-text reason, which may say
 * something about the person) and its care episodes, each disclosed or hidden by its category.
 */
public record CaseTrack(
    CaseSummary summary, List<CaseTrack.Step> history, List<Outcome<CareItem>> care) {

  /** A status the case reached, at an instant (UTC). */
  public record Step(CaseStatus to, Instant at) {

    static Step of(StatusChange change) {
      return new Step(change.to(), change.at());
    }
  }
}
