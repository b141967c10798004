package nl.casustafel.casefile;

import java.util.List;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A case as one reader may see it (het dossier): its summary and every information item, each
 * either disclosed with its legal basis or hidden with the reason.
 */
public record CaseFile(CaseSummary summary, List<Outcome<InformationItem>> items) {

  public CaseFile {
    items = List.copyOf(items);
  }
}
