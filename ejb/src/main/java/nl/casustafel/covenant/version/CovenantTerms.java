package nl.casustafel.covenant.version;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.partner.PartnerId;

/**
 * What a covenant version says, without its id, number or dates: title, retention, articles and,
 * per partner, its membership terms. Two versions with equal terms share data in the same way.
 * Immutable: the maps are sorted copies (articles by number, memberships by partner id).
 *
 * @param title may be anything in a draft (even null); {@link DraftRules} checks it
 * @param retentionMonths how long case data is kept after a case closes, in months
 * @param articles article number → text; a text may be null in a draft
 * @param memberships partner id ({@link PartnerId#value()}) → the partner's terms
 * @throws IllegalArgumentException when a partner id is not a valid {@link PartnerId}
 */
public record CovenantTerms(
    String title,
    int retentionMonths,
    SortedMap<String, String> articles,
    SortedMap<String, MembershipTerms> memberships) {

  public CovenantTerms {
    articles = sortedCopy(Objects.requireNonNull(articles, "articles are required."));
    memberships = sortedCopy(Objects.requireNonNull(memberships, "memberships are required."));
    memberships.keySet().forEach(PartnerId::new);
    memberships.values().forEach(m -> Objects.requireNonNull(m, "a membership is required."));
  }

  /** The terms of a stored version, with every membership it holds. */
  public static CovenantTerms of(Covenant covenant) {
    return of(covenant, m -> true);
  }

  /**
   * The terms of a stored version as they stand on a day: only memberships valid on that day
   * (Amsterdam calendar day, as {@link CovenantMembership#validOn} counts it).
   */
  public static CovenantTerms of(Covenant covenant, LocalDate day) {
    Objects.requireNonNull(day, "day is required.");
    return of(covenant, m -> m.validOn(day));
  }

  private static CovenantTerms of(Covenant covenant, Predicate<CovenantMembership> counts) {
    SortedMap<String, MembershipTerms> memberships = new TreeMap<>();
    for (CovenantMembership m : covenant.memberships()) {
      if (counts.test(m) && memberships.put(m.partner().value(), MembershipTerms.of(m)) != null) {
        // The database allows one membership per partner and version (uq_membership).
        throw new IllegalArgumentException("Two memberships of one partner: " + m.partner());
      }
    }
    return new CovenantTerms(
        covenant.title(), covenant.retentionMonths(), toSorted(covenant.articles()), memberships);
  }

  /** Natural order, whatever comparator the given map has. */
  private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(toSorted(map));
  }

  private static <V> TreeMap<String, V> toSorted(Map<String, V> map) {
    TreeMap<String, V> copy = new TreeMap<>();
    copy.putAll(map);
    return copy;
  }
}
