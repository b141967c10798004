package nl.casustafel.casefile;

import java.util.Optional;

/**
 * What the registry knows of a person beyond name and birth date. The estimated birth year stands
 * in when the date of birth is unknown (IDENTIFYING, as are gender and nationality); the rest is
 * CONTACT data, with whether it is safe to contact the person at all (a trafficker may read their
 * phone) and by which channel (e.g. PHONE, EMAIL, LETTER, VIA_PARTNER).
 */
public record PersonDetails(
    Optional<Integer> estimatedBirthYear,
    Optional<String> gender,
    Optional<String> nationality,
    Optional<String> municipality,
    Optional<String> address,
    Optional<String> phone,
    Optional<String> email,
    Optional<Boolean> safeToContact,
    Optional<String> preferredChannel) {

  /** Nothing known. */
  public static PersonDetails none() {
    Optional<String> no = Optional.empty();
    return new PersonDetails(Optional.empty(), no, no, no, no, no, no, Optional.empty(), no);
  }
}
