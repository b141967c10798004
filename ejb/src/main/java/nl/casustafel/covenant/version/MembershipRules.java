package nl.casustafel.covenant.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.version.DraftProblem.Rule;
import nl.casustafel.shared.RequiredText;

/** The part of {@link DraftRules} about each partner's membership and its grants. */
final class MembershipRules {

  /**
   * A necessity ground. Source: AVG art. 9 (health) and art. 10 (criminal-law data) allow sharing
   * only where necessary, and the demo covenant's art. 5.3 asks to record the ground; the length is
   * the column {@code covenant_grant.necessity_ground VARCHAR(500)} ({@link
   * Grant#MAX_NECESSITY_GROUND}). {@link Grant}'s constructor and the check constraint {@code
   * ck_grant_necessity} refuse the same.
   */
  static final RequiredText NECESSITY_GROUND =
      new RequiredText("Necessity ground", 1, Grant.MAX_NECESSITY_GROUND);

  /** Any ground with visible text, however long: to tell "too long" from "missing". */
  private static final RequiredText ANY_GROUND =
      new RequiredText("Necessity ground", 1, Integer.MAX_VALUE);

  private MembershipRules() {}

  static List<DraftProblem> check(CovenantTerms draft) {
    List<DraftProblem> problems = new ArrayList<>();
    draft
        .memberships()
        .forEach(
            (partner, membership) -> {
              String article = membership.article();
              if (article != null && !draft.articles().containsKey(article)) {
                // Source: the article of a membership is quoted when a category falls outside it
                // (CovenantMembership#article); it must be one this version has.
                problems.add(DraftProblem.of(Rule.MEMBERSHIP_ARTICLE, partner, article));
              }
              membership
                  .grantsByCell()
                  .values()
                  .forEach(grant -> problems.addAll(grant(draft, partner, grant)));
            });
    return problems;
  }

  private static List<DraftProblem> grant(CovenantTerms draft, String partner, GrantTerms grant) {
    List<DraftProblem> problems = new ArrayList<>();
    if (grant.article() == null || !draft.articles().containsKey(grant.article())) {
      // Source: the data-sharing log records the article of the grant with every disclosure
      // (DOMAIN.md, Verstrekkingslog); an article the version lacks grounds nothing.
      problems.add(
          DraftProblem.of(
              Rule.GRANT_ARTICLE,
              partner,
              grant.category(),
              grant.direction(),
              grant.purpose(),
              grant.article() == null ? "" : grant.article()));
    }
    ground(partner, grant).ifPresent(problems::add);
    return problems;
  }

  /** A ground too long for its column (any direction), or missing where {@link #required}. */
  private static Optional<DraftProblem> ground(String partner, GrantTerms grant) {
    String ground = grant.necessityGround();
    if (DraftRules.fits(ANY_GROUND, ground) && !DraftRules.fits(NECESSITY_GROUND, ground)) {
      return Optional.of(
          DraftProblem.of(
              Rule.NECESSITY_GROUND_TOO_LONG,
              partner,
              grant.category(),
              grant.direction(),
              grant.purpose(),
              NECESSITY_GROUND.maxLength()));
    }
    if (required(grant) && !DraftRules.fits(NECESSITY_GROUND, ground)) {
      return Optional.of(
          DraftProblem.of(
              Rule.NECESSITY_GROUND,
              partner,
              grant.category(),
              grant.purpose(),
              grant.category().specialArticle().orElseThrow()));
    }
    return Optional.empty();
  }

  /** Receiving a special category (AVG art. 9 or 10) needs a ground; providing does not. */
  private static boolean required(GrantTerms grant) {
    return grant.direction() == Direction.RECEIVE && grant.category().specialArticle().isPresent();
  }
}
