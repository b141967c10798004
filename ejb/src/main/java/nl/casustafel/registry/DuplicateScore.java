package nl.casustafel.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Likely duplicates when a person is registered: who in the registry may be the same person, to
 * propose to the user (a director decides and merges; nothing here merges).
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Both have a BSN index: the same index is {@link Reason#SAME_BSN} with score 1.0; different
 *       indexes are different people and never a match, whatever the names (one person has one BSN,
 *       and the elfproef catches a mistyped digit).
 *   <li>Otherwise the names are compared in their {@link ComparableName comparable form} by
 *       Jaro-Winkler similarity (Apache Commons Text, 0.0 to 1.0). A likely duplicate when the
 *       similarity is at least {@value #SAME_BIRTH_DATE_THRESHOLD} and both dates of birth are
 *       known and equal ({@link Reason#SIMILAR_NAME_SAME_BIRTH_DATE}), or at least {@value
 *       #NO_BIRTH_DATE_THRESHOLD} and a date of birth is missing on either side ({@link
 *       Reason#SIMILAR_NAME_NO_BIRTH_DATE}). Known and different dates of birth are never a match.
 *       The score is the similarity.
 * </ol>
 *
 * <p>A name with no comparable words left (blank, or only tussenvoegsels) is similar to nothing.
 */
public final class DuplicateScore {

  /** Least name similarity for a match when both dates of birth are known and equal. */
  public static final double SAME_BIRTH_DATE_THRESHOLD = 0.92;

  /** Least name similarity for a match when a date of birth is missing. */
  public static final double NO_BIRTH_DATE_THRESHOLD = 0.97;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Why two persons are likely the same. */
  public enum Reason {
    SAME_BSN,
    SIMILAR_NAME_SAME_BIRTH_DATE,
    SIMILAR_NAME_NO_BIRTH_DATE
  }

  /**
   * A likely duplicate.
   *
   * @param score 0.0 to 1.0, higher is more likely the same person
   */
  public record Match(double score, Reason reason) {}

  /** A candidate from the registry that is likely a duplicate, and why. */
  public record Ranked<T>(T candidate, Match match) {}

  private DuplicateScore() {}

  /** Whether two persons are likely the same, and why; empty when not. Symmetric. */
  public static Optional<Match> match(PersonKey a, PersonKey b) {
    if (a.bsnIndex().isPresent() && b.bsnIndex().isPresent()) {
      return a.bsnIndex().equals(b.bsnIndex())
          ? Optional.of(new Match(1.0, Reason.SAME_BSN))
          : Optional.empty();
    }
    boolean bothDates = a.dateOfBirth().isPresent() && b.dateOfBirth().isPresent();
    if (bothDates && !a.dateOfBirth().equals(b.dateOfBirth())) {
      return Optional.empty(); // A known, different date of birth is another person.
    }
    double similarity = nameSimilarity(a.fullName(), b.fullName());
    if (bothDates && similarity >= SAME_BIRTH_DATE_THRESHOLD) {
      return Optional.of(new Match(similarity, Reason.SIMILAR_NAME_SAME_BIRTH_DATE));
    }
    if (!bothDates && similarity >= NO_BIRTH_DATE_THRESHOLD) {
      return Optional.of(new Match(similarity, Reason.SIMILAR_NAME_NO_BIRTH_DATE));
    }
    return Optional.empty();
  }

  /**
   * The candidates that are likely duplicates of the person, most likely first (ties: a same BSN
   * first, then in the candidates' order).
   *
   * @param keyOf what to compare of a candidate
   */
  public static <T> List<Ranked<T>> rank(
      PersonKey person, Collection<T> candidates, Function<? super T, PersonKey> keyOf) {
    Objects.requireNonNull(person, "A person is required.");
    return candidates.stream()
        .flatMap(c -> match(person, keyOf.apply(c)).map(m -> new Ranked<>(c, m)).stream())
        .sorted(
            Comparator.comparingDouble((Ranked<T> r) -> r.match().score())
                .reversed()
                .thenComparing(r -> r.match().reason()))
        .toList();
  }

  /** {@link #rank(PersonKey, Collection, Function)} of candidates that are person keys. */
  public static List<Ranked<PersonKey>> rank(PersonKey person, Collection<PersonKey> candidates) {
    return rank(person, candidates, Function.identity());
  }

  /** Jaro-Winkler similarity of the comparable forms; 0.0 when either has no words left. */
  static double nameSimilarity(String a, String b) {
    String left = ComparableName.of(a);
    String right = ComparableName.of(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0.0;
    }
    return JARO_WINKLER.apply(left, right);
  }
}
