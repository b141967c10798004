package nl.casustafel.casefile;

import java.util.List;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * One case of a person as their timeline shows it to one reader: the summary (name as decided), its
 * status history (not personal data beyond the case itself) and its care episodes, each disclosed
 * or hidden by its category.
 */
public record CaseTrack(
    CaseSummary summary, List<StatusChange> history, List<Outcome<CareItem>> care) {}
