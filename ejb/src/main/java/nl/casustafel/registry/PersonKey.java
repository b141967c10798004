package nl.casustafel.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DuplicateScore} compares of a person: the full name as entered, the date of birth if
 * known and the BSN's blind index (see {@link BsnProtection#blindIndex(String, Bsn)}) if a BSN is
 * known. Never the BSN itself.
 *
 * @param fullName the name as entered, in any order ({@code "Piet Jansen"} or {@code "Jansen,
 *     Piet"}); not null, may be blank
 * @param dateOfBirth the date of birth, a calendar date without a zone
 * @param bsnIndex the blind index of the BSN in the person's tenant
 */
public record PersonKey(
    String fullName, Optional<LocalDate> dateOfBirth, Optional<String> bsnIndex) {

  public PersonKey {
    Objects.requireNonNull(fullName, "A full name is required (it may be blank).");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth is required (it may be empty).");
    Objects.requireNonNull(bsnIndex, "bsnIndex is required (it may be empty).");
  }

  /** A person known by name and date of birth only. */
  public static PersonKey of(String fullName, LocalDate dateOfBirth) {
    return new PersonKey(fullName, Optional.of(dateOfBirth), Optional.empty());
  }

  /** A person known by name only. */
  public static PersonKey named(String fullName) {
    return new PersonKey(fullName, Optional.empty(), Optional.empty());
  }

  /** This person with a BSN's blind index. */
  public PersonKey withBsnIndex(String index) {
    return new PersonKey(fullName, dateOfBirth, Optional.of(index));
  }

  /** The record's default would show the name and the index: personal data stays out of logs. */
  @Override
  public String toString() {
    return "PersonKey[***]";
  }
}
