package nl.casustafel.covenant.version;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.version.CovenantChange.Kind;

/** The part of {@link TermsDiff} about one partner: its membership and its grants. */
final class MembershipDiff {

  private MembershipDiff() {}

  /**
   * Appends the partner's changes.
   *
   * @param before its terms in force, or null when it is not a member
   * @param after its terms in the draft, or null when it is not a member
   */
  static void between(
      String partner, MembershipTerms before, MembershipTerms after, List<CovenantChange> changes) {
    if (before == null) {
      changes.add(
          CovenantChange.ofPartner(Kind.PARTNER_JOINED, partner, null, after.role().name()));
    } else if (after == null) {
      changes.add(CovenantChange.ofPartner(Kind.PARTNER_LEFT, partner, before.role().name(), null));
    } else {
      if (before.role() != after.role()) {
        changes.add(
            CovenantChange.ofPartner(
                Kind.ROLE_CHANGED, partner, before.role().name(), after.role().name()));
      }
      if (!Objects.equals(before.article(), after.article())) {
        changes.add(
            CovenantChange.ofPartner(
                Kind.MEMBERSHIP_ARTICLE_CHANGED, partner, before.article(), after.article()));
      }
    }
    grants(partner, grantsOf(before), grantsOf(after), changes);
  }

  private static SortedMap<GrantTerms.Cell, GrantTerms> grantsOf(MembershipTerms membership) {
    return membership == null ? new TreeMap<>() : membership.grantsByCell();
  }

  private static void grants(
      String partner,
      Map<GrantTerms.Cell, GrantTerms> before,
      Map<GrantTerms.Cell, GrantTerms> after,
      List<CovenantChange> changes) {
    for (GrantTerms.Cell cell : TermsDiff.union(before.keySet(), after.keySet())) {
      GrantTerms was = before.get(cell);
      GrantTerms is = after.get(cell);
      if (was == null) {
        changes.add(CovenantChange.ofGrant(Kind.GRANT_GAINED, partner, cell, null, is.article()));
      } else if (is == null) {
        changes.add(CovenantChange.ofGrant(Kind.GRANT_LOST, partner, cell, was.article(), null));
      } else {
        if (!Objects.equals(was.article(), is.article())) {
          changes.add(
              CovenantChange.ofGrant(
                  Kind.GRANT_ARTICLE_CHANGED, partner, cell, was.article(), is.article()));
        }
        if (!Objects.equals(was.necessityGround(), is.necessityGround())) {
          changes.add(
              CovenantChange.ofGrant(
                  Kind.NECESSITY_GROUND_CHANGED,
                  partner,
                  cell,
                  was.necessityGround(),
                  is.necessityGround()));
        }
      }
    }
  }
}
