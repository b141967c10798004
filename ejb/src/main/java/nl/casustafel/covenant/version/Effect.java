package nl.casustafel.covenant.version;

import java.util.Objects;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Purpose;

/**
 * What a draft would do to one partner on its open cases, e.g. "Veilig Thuis loses JUSTICE RECEIVE
 * on 3 open cases". The web layer shows it with the bundle key {@link #key()}: {@code {0}} the
 * partner's name, {@code {1}} the category, {@code {2}} the purpose (through their own bundle
 * keys), {@code {3}} the number of open cases.
 *
 * @param partnerId the partner ({@code PartnerId} value)
 * @param category the grant's category; null for {@link Kind#LEAVES} and {@link Kind#JOINS}
 * @param direction the grant's direction; null for {@link Kind#LEAVES} and {@link Kind#JOINS}
 * @param purpose the grant's purpose; null for {@link Kind#LEAVES} and {@link Kind#JOINS}
 * @param openCases the open cases in which the partner participates today, at least 0
 */
public record Effect(
    String partnerId,
    DataCategory category,
    Direction direction,
    Purpose purpose,
    Kind kind,
    long openCases) {

  /** Prefix of every bundle key of an effect. */
  public static final String KEY_PREFIX = "covenantEffect.";

  public Effect {
    Objects.requireNonNull(partnerId, "partnerId is required.");
    Objects.requireNonNull(kind, "kind is required.");
    if (openCases < 0) {
      throw new IllegalArgumentException("openCases cannot be negative: " + openCases);
    }
  }

  /** {@code covenantEffect.KIND}, and for a grant {@code covenantEffect.KIND.DIRECTION}. */
  public String key() {
    return KEY_PREFIX + kind.name() + (direction == null ? "" : "." + direction.name());
  }

  /**
   * Whether the effect changes what the partner sees on its cases: receiving, joining or leaving.
   * Providing changes only what it may contribute.
   */
  public boolean changesWhatItSees() {
    return direction != Direction.PROVIDE;
  }

  /** The effect on the partner's open cases. */
  public enum Kind {
    /** It loses one grant. */
    LOSES,
    /** It gains one grant. */
    GAINS,
    /** It leaves the covenant: it loses every grant on every open case. */
    LEAVES,
    /** It joins the covenant. */
    JOINS;

    /** Whether an effect of this kind is about one grant: it has a cell and a direction. */
    public boolean aboutAGrant() {
      return this == LOSES || this == GAINS;
    }
  }
}
