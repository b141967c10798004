package nl.casustafel.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a case search text asks for (issue #10, part 7). Always a fragment of the case reference or
 * of the client's name (case-insensitive); besides, a text that is a date — {@code dd-mm-jjjj} or
 * {@code yyyy-mm-dd}, strict calendar dates — is also an exact date of birth, and a text of nine
 * digits is also a BSN, looked up by its keyed blind index only (computed once per search, never
 * kept or shown). Everything about the person matches only where the reader may see the client's
 * IDENTIFYING data: the caller passes the person only then.
 *
 * @param fragment the text, lower case (root locale); empty matches every case
 * @param dateOfBirth the date the text spells, if any
 * @param bsnIndex the blind index of the BSN the text is, if it is one (elfproef)
 */
record CaseQuery(String fragment, Optional<LocalDate> dateOfBirth, Optional<String> bsnIndex) {

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

  /** What the search may compare of the case's client, given only where IDENTIFYING is shown. */
  record Person(String name, Optional<LocalDate> dateOfBirth, Optional<String> bsnIndex) {

    @Override
    public String toString() {
      return "Person[***]"; // personal data stays out of logs
    }
  }

  CaseQuery {
    Objects.requireNonNull(fragment, "fragment");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(bsnIndex, "bsnIndex");
  }

  /**
   * @param text the search text as typed (stripped here)
   * @param bsnIndexOf the blind index of nine digits in the request's tenant; empty when they fail
   *     the elfproef. Called at most once, and only for a text of nine digits.
   */
  static CaseQuery parse(String text, Function<String, Optional<String>> bsnIndexOf) {
    String typed = text == null ? "" : text.strip();
    Optional<String> index =
        typed.matches("[0-9]{9}") ? bsnIndexOf.apply(typed) : Optional.<String>empty();
    return new CaseQuery(typed.toLowerCase(Locale.ROOT), date(typed), index);
  }

  /**
   * Whether a case with this reference matches; {@code person} gives the client only where
   * IDENTIFYING is shown, and is asked only when the reference does not match already.
   */
  boolean matches(String reference, Supplier<Optional<Person>> person) {
    if (fragment.isEmpty() || reference.toLowerCase(Locale.ROOT).contains(fragment)) {
      return true;
    }
    return person.get().filter(this::matchesPerson).isPresent();
  }

  private boolean matchesPerson(Person p) {
    return p.name().toLowerCase(Locale.ROOT).contains(fragment)
        || (dateOfBirth.isPresent() && dateOfBirth.equals(p.dateOfBirth()))
        || (bsnIndex.isPresent() && bsnIndex.equals(p.bsnIndex()));
  }

  private static Optional<LocalDate> date(String typed) {
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(typed, format));
      } catch (DateTimeParseException e) {
        // Not in this form; try the next.
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CaseQuery[***]"; // the search text may be a name or a BSN
  }
}
