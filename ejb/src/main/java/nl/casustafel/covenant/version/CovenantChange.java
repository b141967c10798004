package nl.casustafel.covenant.version;

import java.util.Objects;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Purpose;

/**
 * One difference between the covenant version in force and a draft, as {@link TermsDiff} finds it.
 * The web layer shows {@link #key()} from its resource bundle with these arguments: {@code {0}} the
 * partner's name, {@code {1}} the category, {@code {2}} the purpose (both through their own bundle
 * keys), {@code {3}} the article number, {@code {4}} before, {@code {5}} after. Roles in
 * before/after are {@code MembershipRole} names (bundle {@code covenant.role.*}).
 *
 * @param partner the partner id ({@code PartnerId} value), or null for a change of the covenant
 * @param category the grant's category, or null when the change is not about one grant
 * @param direction the grant's direction, or null when the change is not about one grant
 * @param purpose the grant's purpose, or null when the change is not about one grant
 * @param article the article number of an article change, or null
 * @param before the value in force (see {@link Kind}), or null when there was none
 * @param after the value of the draft (see {@link Kind}), or null when there is none
 */
public record CovenantChange(
    Kind kind,
    String partner,
    DataCategory category,
    Direction direction,
    Purpose purpose,
    String article,
    String before,
    String after) {

  /** Prefix of every bundle key of a change. */
  public static final String KEY_PREFIX = "covenantChange.";

  public CovenantChange {
    Objects.requireNonNull(kind, "kind is required.");
  }

  /** A change of the covenant itself: title, retention or an article. */
  static CovenantChange ofCovenant(Kind kind, String article, String before, String after) {
    return new CovenantChange(kind, null, null, null, null, article, before, after);
  }

  /** A change of a partner's membership as a whole. */
  static CovenantChange ofPartner(Kind kind, String partner, String before, String after) {
    return new CovenantChange(kind, partner, null, null, null, null, before, after);
  }

  /** A change of one grant of a partner. */
  static CovenantChange ofGrant(
      Kind kind, String partner, GrantTerms.Cell cell, String before, String after) {
    return new CovenantChange(
        kind, partner, cell.category(), cell.direction(), cell.purpose(), null, before, after);
  }

  /**
   * The bundle key: {@code covenantChange.KIND}, and for a grant {@code
   * covenantChange.KIND.DIRECTION} (receiving and providing read differently).
   */
  public String key() {
    return KEY_PREFIX + kind.name() + (direction == null ? "" : "." + direction.name());
  }

  /**
   * What changed; before/after hold what the constant says. In the order {@link TermsDiff} lists.
   */
  public enum Kind {
    /** Before/after: the titles. */
    TITLE_CHANGED,
    /** Before/after: the retention periods in months. */
    RETENTION_CHANGED,
    /** Article: the number; after: its text. */
    ARTICLE_ADDED,
    /** Article: the number; before: its text. */
    ARTICLE_REMOVED,
    /** Article: the number; before/after: the texts. */
    ARTICLE_CHANGED,
    /** Partner: who joins; after: its role. Its grants follow as {@link #GRANT_GAINED}. */
    PARTNER_JOINED,
    /** Partner: who leaves; before: its role. Its grants follow as {@link #GRANT_LOST}. */
    PARTNER_LEFT,
    /** Partner; before/after: the roles. */
    ROLE_CHANGED,
    /** Partner; before/after: the article numbers of the membership (either may be null). */
    MEMBERSHIP_ARTICLE_CHANGED,
    /** Partner, cell; after: the grant's article. */
    GRANT_GAINED,
    /** Partner, cell; before: the grant's article. */
    GRANT_LOST,
    /** Partner, cell; before/after: the grant's articles. */
    GRANT_ARTICLE_CHANGED,
    /** Partner, cell; before/after: the necessity grounds (either may be null). */
    NECESSITY_GROUND_CHANGED;

    /** Whether a change of this kind is about one grant: it has a cell and a direction. */
    public boolean aboutAGrant() {
      return compareTo(GRANT_GAINED) >= 0;
    }
  }
}
