package nl.casustafel.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.PersonDetails;

/**
 * What a referral form (or a signal) says: the person, if named (an anonymous signal names none),
 * the case type, why, the goal of the conference and the partners to invite with their contact
 * details (free text: the referrer knows them, the ZVH invites).
 */
public record ReferralForm(
    Optional<Person> person,
    CaseType caseType,
    String reason,
    String goal,
    String partnersToInvite) {

  public ReferralForm {
    Objects.requireNonNull(person, "person is required (it may be empty).");
  }

  /**
   * The person: a name, a date of birth (optional; not in the future), a BSN as typed (optional;
   * checked by the elfproef) and further details.
   */
  public record Person(
      String name, Optional<LocalDate> dateOfBirth, Optional<String> bsn, PersonDetails details) {}
}
