package nl.casustafel.covenant.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.version.DraftProblem.Rule;
import nl.casustafel.shared.RequiredText;

/**
 * The rules a draft covenant version must meet before it may be scheduled. Each rule names its
 * source; texts are measured as {@link RequiredText} measures them (visible code points).
 *
 * <p>Usage: {@code List<DraftProblem> problems = DraftRules.check(draft, takesForce,
 * AmsterdamTime.today(clock));} and schedule only when the list is empty.
 */
public final class DraftRules {

  /** Source: the column {@code covenant.title VARCHAR(300)} (V2__covenants.sql). */
  public static final RequiredText TITLE = new RequiredText("Title", 1, 300);

  /**
   * Fewest months of retention. Source: AVG art. 5(1)(e) (storage limitation) asks for a period,
   * and a period of zero would destroy a case the day it closes.
   */
  public static final int MIN_RETENTION_MONTHS = 1;

  /**
   * Most months of retention: ten years. Source: the lead's design for issue #15; the model
   * covenant of the Zorg- en Veiligheidshuizen (and the demo) keeps 24 months.
   */
  public static final int MAX_RETENTION_MONTHS = 120;

  /**
   * An article's text. Source: the lead's design for issue #15 (the column is {@code TEXT}); 4000
   * as for the other long texts a user types.
   */
  public static final RequiredText ARTICLE_TEXT = new RequiredText("Article text", 1, 4000);

  private DraftRules() {}

  /**
   * Every rule the draft breaks, in the order of the rules in {@link Rule} (articles by number,
   * partners by id, grants by cell); empty when the draft may be scheduled.
   *
   * @param takesForce the first day (Amsterdam) the version would be in force; null = not chosen
   * @param today today in Amsterdam
   */
  public static List<DraftProblem> check(
      CovenantTerms draft, LocalDate takesForce, LocalDate today) {
    Objects.requireNonNull(draft, "draft is required.");
    Objects.requireNonNull(today, "today is required.");
    List<DraftProblem> problems = new ArrayList<>();
    if (!fits(TITLE, draft.title())) {
      problems.add(DraftProblem.of(Rule.TITLE, TITLE.maxLength()));
    }
    if (draft.retentionMonths() < MIN_RETENTION_MONTHS
        || draft.retentionMonths() > MAX_RETENTION_MONTHS) {
      problems.add(DraftProblem.of(Rule.RETENTION, MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS));
    }
    problems.addAll(articles(draft.articles()));
    problems.addAll(MembershipRules.check(draft));
    if (draft.memberships().values().stream().noneMatch(m -> m.role() == MembershipRole.CORE)) {
      // Source: the lead's design for issue #15 and the glossary: a core partner sits at every
      // table; a covenant of ad-hoc partners only has no one to hold a conference with.
      problems.add(DraftProblem.of(Rule.NO_CORE_MEMBER));
    }
    if (takesForce == null || takesForce.isBefore(today)) {
      // Source: the lead's design for issue #15. A version never takes force in the past: the
      // disclosures of days gone by rested on the version then in force, and each log event cites
      // that version ("v1: art. 5"). Today is allowed: a partner that must lose a category (or an
      // urgent correction) cannot wait a day, and events logged earlier today keep citing the
      // version they rested on.
      problems.add(DraftProblem.of(Rule.TAKES_FORCE, today));
    }
    return List.copyOf(problems);
  }

  /**
   * Source: a version without articles can ground no grant (every grant names one, {@code
   * covenant_grant.article NOT NULL}); numbers as {@link ArticleRef#NUMBER}, texts as {@link
   * #ARTICLE_TEXT}.
   */
  private static List<DraftProblem> articles(Map<String, String> articles) {
    if (articles.isEmpty()) {
      return List.of(DraftProblem.of(Rule.NO_ARTICLES));
    }
    List<DraftProblem> problems = new ArrayList<>();
    articles.forEach(
        (number, text) -> {
          if (!fits(ArticleRef.NUMBER, number)) {
            problems.add(
                DraftProblem.of(Rule.ARTICLE_NUMBER, number, ArticleRef.NUMBER.maxLength()));
          }
          if (!fits(ARTICLE_TEXT, text)) {
            problems.add(DraftProblem.of(Rule.ARTICLE_TEXT, number, ARTICLE_TEXT.maxLength()));
          }
        });
    return problems;
  }

  /** Whether the text passes the rule: the one rule for required text, asked without throwing. */
  static boolean fits(RequiredText rule, String text) {
    try {
      rule.check(text);
      return true;
    } catch (IllegalArgumentException tooShortOrLong) {
      return false;
    }
  }
}
