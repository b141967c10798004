package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.casustafel.registry.Bsn;

/**
 * The person of a GCOS line, as written (names are kept as text, also when they start with {@code
 * =}, {@code +}, {@code -} or {@code @}: nothing evaluates them).
 *
 * @param surname Achternaam, may be empty when given names are not
 * @param prefix Tussenvoegsel ("van der"), may be empty
 * @param givenNames Voornamen, may be empty when the surname is not
 * @param dateOfBirth Geboortedatum, or null when GCOS has none
 * @param bsn the BSN, or null when GCOS has none
 */
public record Person(
    String surname,
    String prefix,
    String givenNames,
    LocalDate dateOfBirth,
    Gender gender,
    Bsn bsn,
    String residence,
    String nationality) {

  public Optional<Bsn> optionalBsn() {
    return Optional.ofNullable(bsn);
  }

  public Optional<LocalDate> optionalDateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }

  /**
   * Given names, prefix and surname joined, lower case, runs of white space as one space: two
   * spellings that differ only there are the same name. Accents are kept (Zoë is not Zoe).
   */
  public String normalisedName() {
    return normalise(givenNames + " " + prefix + " " + surname);
  }

  /** A full name as {@link #normalisedName()} compares it. */
  public static String normalise(String fullName) {
    return fullName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** What the import keeps in memory to recognise this person again. */
  PersonKey key() {
    return new PersonKey(normalisedName(), dateOfBirth, bsn);
  }

  /**
   * The normalised name, date of birth (null when unknown) and BSN (null when unknown): small
   * enough to keep one per case of a file of 100,000 lines.
   */
  record PersonKey(String name, LocalDate dateOfBirth, Bsn bsn) {

    /** True when both are the same person as far as a file can tell: the BSN first. */
    boolean samePersonAs(PersonKey other) {
      if (bsn != null && other.bsn != null) {
        return bsn.equals(other.bsn);
      }
      return name.equals(other.name) && java.util.Objects.equals(dateOfBirth, other.dateOfBirth);
    }

    /** The key for matching without BSN, or null when the date of birth is unknown. */
    NameAndBirth nameAndBirth() {
      return dateOfBirth == null ? null : new NameAndBirth(name, dateOfBirth);
    }
  }

  /** Normalised name and date of birth. */
  record NameAndBirth(String name, LocalDate dateOfBirth) {}
}
