package nl.casustafel.conference;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * One agenda item as one reader sees it. {@code shown} is empty for a case the reader's
 * organisation does not take part in: the item then shows as "Casus (niet voor uw organisatie)",
 * with its time only — no reference, no person, no invitees.
 */
public record ItemView(
    long id,
    int position,
    Duration timebox,
    Instant plannedStart,
    Instant plannedEnd,
    boolean overruns,
    AgendaReason reason,
    List<PartnerId> invitees,
    Optional<CaseRecords.Shown<CaseRecord>> shown) {

  /** The paragraphs and agreements the reader may see, in order. */
  public List<CaseRecord> visible() {
    return shown.stream()
        .flatMap(s -> s.records().stream())
        .flatMap(o -> o.disclosed().stream().map(d -> d.value()))
        .toList();
  }

  /** How many records of this item were withheld from the reader. */
  public long withheld() {
    return shown.stream()
        .flatMap(s -> s.records().stream())
        .filter(o -> o.disclosed().isEmpty())
        .count();
  }

  /** Every decision taken for this item (the API shows each with its basis). */
  public List<Outcome<CaseRecord>> outcomes() {
    return shown.map(CaseRecords.Shown::records).orElse(List.of());
  }
}
