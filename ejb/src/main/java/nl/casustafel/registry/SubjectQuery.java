package nl.casustafel.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a ZVH manager types to find the person of an access request: a case reference (e.g.
 * MH-2026-001, letters in any case) or a BSN (as {@link Bsn#parse} reads it: spaces and dots
 * between the digits are allowed, eight digits get a leading zero). Exactly one of the two is
 * present.
 */
record SubjectQuery(Optional<String> reference, Optional<Bsn> bsn) {

  /** A case reference: a type prefix, a year and a number (CaseReferences). */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z]{2,4}-\\d{4}-\\d{3,9}");

  /**
   * The query in the text.
   *
   * @throws IllegalArgumentException "query must be …" when it is neither a reference nor a valid
   *     BSN
   */
  static SubjectQuery parse(String text) {
    String query = text == null ? "" : text.strip();
    if (REFERENCE.matcher(query).matches()) {
      return new SubjectQuery(Optional.of(query.toUpperCase(Locale.ROOT)), Optional.empty());
    }
    if (!query.isEmpty()
        && query.chars().allMatch(c -> Character.isDigit(c) || c == ' ' || c == '.')) {
      try {
        return new SubjectQuery(Optional.empty(), Optional.of(Bsn.parse(query)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("query is no valid BSN (9 digits, elfproef).", e);
      }
    }
    throw new IllegalArgumentException(
        "query must be a case reference (e.g. MH-2026-001) or a BSN.");
  }
}
