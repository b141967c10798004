package nl.casustafel.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A case as one reader may see it (het dossier): its summary and every information item, each
 * either disclosed with its legal basis or hidden with the reason.
 */
public record CaseFile(
    CaseSummary summary, List<Outcome<InformationItem>> items, Optional<Emergency> breakGlass) {

  public CaseFile {
    items = List.copyOf(items);
  }

  /** The reader sees this case only by breaking the glass: until when, and why. */
  public record Emergency(Instant until, String reason) {}
}
