package nl.casustafel.covenant;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.covenant.version.GrantTerms;
import nl.casustafel.covenant.version.MembershipTerms;
import nl.casustafel.partner.PartnerId;

/** Turns a draft's terms into the rows it is stored as: memberships with their grants. */
final class VersionRows {

  private VersionRows() {}

  /**
   * An unsigned membership valid from {@code from} (moved to the day of taking force on adoption).
   *
   * @throws IllegalArgumentException when a grant rests on no article: the matrix stores one per
   *     grant, the log cites it
   */
  static CovenantMembership membership(PartnerId partner, MembershipTerms terms, LocalDate from) {
    Set<Grant> grants = terms.grants().stream().map(VersionRows::grant).collect(Collectors.toSet());
    ArticleRef article = terms.article() == null ? null : new ArticleRef(terms.article());
    return new CovenantMembership(partner, terms.role(), from, null, article, grants);
  }

  private static Grant grant(GrantTerms g) {
    if (g.article() == null || g.article().isBlank()) {
      throw new IllegalArgumentException(
          "Every grant rests on an article: " + g.category() + " " + g.direction() + ".");
    }
    String ground =
        g.necessityGround() == null || g.necessityGround().isBlank() ? null : g.necessityGround();
    return new Grant(g.category(), g.direction(), g.purpose(), new ArticleRef(g.article()), ground);
  }
}
