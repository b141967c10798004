package nl.casustafel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * A referral or signal in the triage queue, as the policy decision point disclosed it to ZVH staff:
 * the person's name and birth date (IDENTIFYING) and the reason, goal and partners to invite
 * (SOCIAL) only where permitted. The BSN is never shown, only whether one is known. An anonymous
 * signal has no person outcomes.
 */
public record TriageEntry(
    long id,
    String reference,
    SignalSource source,
    CaseType caseType,
    PartnerId referrer,
    Instant receivedAt,
    LocalDate triageDate,
    boolean repeat,
    boolean bsnKnown,
    Optional<Outcome<String>> name,
    Optional<Outcome<Optional<LocalDate>>> dateOfBirth,
    Outcome<Texts> texts) {

  /** The SOCIAL texts of a referral. */
  public record Texts(String reason, Optional<String> goal, Optional<String> partnersToInvite) {}

  /** Every decision taken for this entry. */
  public List<Outcome<?>> outcomes() {
    List<Outcome<?>> all = new ArrayList<>();
    name.ifPresent(all::add);
    dateOfBirth.ifPresent(all::add);
    all.add(texts);
    return all;
  }
}
