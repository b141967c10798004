package nl.casustafel.covenant.version;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why a draft version may not be scheduled yet: one broken {@link Rule} with the arguments for its
 * message. The web layer shows {@link #key()} from its resource bundle with the arguments in order;
 * an argument that is an enum ({@code DataCategory}, {@code Direction}, {@code Purpose}) is shown
 * through that enum's own bundle key, a {@code LocalDate} as a Dutch date.
 *
 * @param arguments the message's {@code {0}}, {@code {1}}, ... as listed per rule; no nulls
 */
public record DraftProblem(Rule rule, List<Object> arguments) {

  /** Prefix of every bundle key of a draft problem. */
  public static final String KEY_PREFIX = "draftProblem.";

  public DraftProblem {
    Objects.requireNonNull(rule, "rule is required.");
    arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    arguments.forEach(a -> Objects.requireNonNull(a, "arguments cannot be null."));
  }

  static DraftProblem of(Rule rule, Object... arguments) {
    return new DraftProblem(rule, List.of(arguments));
  }

  /** The bundle key of the message, e.g. {@code draftProblem.TITLE}. */
  public String key() {
    return KEY_PREFIX + rule.name();
  }

  /** The rules of {@link DraftRules}; see there for the source of each. Arguments in brackets. */
  public enum Rule {
    /** The title is blank or too long [most characters]. */
    TITLE,
    /** The retention period is out of bounds [fewest months, most months]. */
    RETENTION,
    /** The draft has no article []. */
    NO_ARTICLES,
    /** An article number is blank or too long [number, most characters]. */
    ARTICLE_NUMBER,
    /** An article text is blank or too long [number, most characters]. */
    ARTICLE_TEXT,
    /** A membership rests on an article the draft does not have [partner, article]. */
    MEMBERSHIP_ARTICLE,
    /**
     * A grant rests on no article, or on one the draft does not have [partner, category, direction,
     * purpose, article].
     */
    GRANT_ARTICLE,
    /**
     * Receiving health or criminal-law data without a necessity ground [partner, category, purpose,
     * AVG article].
     */
    NECESSITY_GROUND,
    /** A necessity ground is too long [partner, category, direction, purpose, most characters]. */
    NECESSITY_GROUND_TOO_LONG,
    /** No partner is a core partner []. */
    NO_CORE_MEMBER,
    /** The version would take force before today, or no day is chosen [today]. */
    TAKES_FORCE
  }
}
