package nl.casustafel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.partner.PartnerId;

/**
 * A referral as its referrer sees it afterwards: when, the triage date and the outcome — never the
 * person, nor the director's reasoning (the referrer is told the outcome, nothing more).
 */
public record ReferralReceipt(
    long id,
    String reference,
    CaseType caseType,
    Instant receivedAt,
    LocalDate triageDate,
    Optional<TriageOutcome> outcome,
    Optional<Instant> decidedAt,
    Optional<PartnerId> forwardedTo) {

  static ReferralReceipt of(Referral referral) {
    return new ReferralReceipt(
        referral.id(),
        referral.reference(),
        referral.caseType(),
        referral.receivedAt(),
        referral.triageDate(),
        referral.outcome(),
        referral.decidedAt(),
        referral.forwardedTo());
  }
}
