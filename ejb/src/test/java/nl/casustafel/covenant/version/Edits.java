package nl.casustafel.covenant.version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.MembershipRole;

/**
 * One small random edit of terms, as a manager makes it in a draft: so that a property sees terms
 * that differ in exactly one place, which two independent random terms rarely do.
 */
final class Edits {

  private Edits() {}

  static CovenantTerms apply(CovenantTerms terms, Random random, List<String> numbers) {
    String number = numbers.get(random.nextInt(numbers.size()));
    return switch (random.nextInt(6)) {
      case 0 ->
          new CovenantTerms(
              "Ander", terms.retentionMonths(), terms.articles(), terms.memberships());
      case 1 ->
          new CovenantTerms(
              terms.title(), terms.retentionMonths() + 1, terms.articles(), terms.memberships());
      case 2 -> {
        SortedMap<String, String> articles = new TreeMap<>(terms.articles());
        if (articles.remove(number) == null) {
          articles.put(number, "Nieuw.");
        }
        yield new CovenantTerms(
            terms.title(), terms.retentionMonths(), articles, terms.memberships());
      }
      default -> editMembership(terms, random, number);
    };
  }

  private static CovenantTerms editMembership(CovenantTerms terms, Random random, String number) {
    if (terms.memberships().isEmpty()) {
      return terms;
    }
    List<String> partners = new ArrayList<>(terms.memberships().keySet());
    String partner = partners.get(random.nextInt(partners.size()));
    MembershipTerms m = terms.memberships().get(partner);
    MembershipTerms edited =
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 ->
              new MembershipTerms(
                  m.role() == MembershipRole.CORE ? MembershipRole.AD_HOC : MembershipRole.CORE,
                  m.article(),
                  m.grants());
          case 2 -> new MembershipTerms(m.role(), number, m.grants());
          default -> new MembershipTerms(m.role(), m.article(), editGrant(m, random, number));
        };
    return Demo.withMembership(terms, partner, edited);
  }

  private static Set<GrantTerms> editGrant(MembershipTerms m, Random random, String number) {
    if (m.grants().isEmpty()) {
      return m.grants();
    }
    List<GrantTerms> grants = new ArrayList<>(m.grantsByCell().values());
    GrantTerms g = grants.remove(random.nextInt(grants.size()));
    Set<GrantTerms> edited = new HashSet<>(grants);
    switch (random.nextInt(3)) {
      case 0 -> {} // removed
      case 1 ->
          edited.add(
              new GrantTerms(
                  g.category(), g.direction(), g.purpose(), number, g.necessityGround()));
      default ->
          edited.add(
              new GrantTerms(
                  g.category(), g.direction(), g.purpose(), g.article(), "Nieuwe grond."));
    }
    return edited;
  }
}
