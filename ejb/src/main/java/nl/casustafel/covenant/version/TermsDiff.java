package nl.casustafel.covenant.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.casustafel.covenant.version.CovenantChange.Kind;

/**
 * What a draft changes against the version in force: the list the manager reviews before scheduling
 * the draft. Empty exactly when the terms are equal.
 *
 * <p>The order is stable: title, retention, then articles by number (added, removed or changed),
 * then per partner by id: joined or left, role, membership article, then its grants by {@linkplain
 * GrantTerms.Cell cell} (gained, lost, article changed, necessity ground changed). A partner that
 * joins or leaves is followed by all its grants as gained or lost, so the list is complete on its
 * own.
 */
public final class TermsDiff {

  private TermsDiff() {}

  /** The changes from {@code inForce} to {@code draft}, in the order above. */
  public static List<CovenantChange> between(CovenantTerms inForce, CovenantTerms draft) {
    Objects.requireNonNull(inForce, "inForce is required.");
    Objects.requireNonNull(draft, "draft is required.");
    List<CovenantChange> changes = new ArrayList<>();
    if (!Objects.equals(inForce.title(), draft.title())) {
      changes.add(
          CovenantChange.ofCovenant(Kind.TITLE_CHANGED, null, inForce.title(), draft.title()));
    }
    if (inForce.retentionMonths() != draft.retentionMonths()) {
      changes.add(
          CovenantChange.ofCovenant(
              Kind.RETENTION_CHANGED,
              null,
              String.valueOf(inForce.retentionMonths()),
              String.valueOf(draft.retentionMonths())));
    }
    articles(inForce.articles(), draft.articles(), changes);
    for (String partner : union(inForce.memberships().keySet(), draft.memberships().keySet())) {
      MembershipDiff.between(
          partner, inForce.memberships().get(partner), draft.memberships().get(partner), changes);
    }
    return List.copyOf(changes);
  }

  private static void articles(
      Map<String, String> before, Map<String, String> after, List<CovenantChange> changes) {
    for (String number : union(before.keySet(), after.keySet())) {
      // containsKey, not get: a draft's article may have a null text.
      if (!after.containsKey(number)) {
        changes.add(
            CovenantChange.ofCovenant(Kind.ARTICLE_REMOVED, number, before.get(number), null));
      } else if (!before.containsKey(number)) {
        changes.add(CovenantChange.ofCovenant(Kind.ARTICLE_ADDED, number, null, after.get(number)));
      } else if (!Objects.equals(before.get(number), after.get(number))) {
        changes.add(
            CovenantChange.ofCovenant(
                Kind.ARTICLE_CHANGED, number, before.get(number), after.get(number)));
      }
    }
  }

  /** Both key sets together, in natural order. */
  static <K extends Comparable<? super K>> SortedSet<K> union(Set<K> one, Set<K> other) {
    SortedSet<K> keys = new TreeSet<>(one);
    keys.addAll(other);
    return keys;
  }
}
