package nl.casustafel.report.suppression;

/**
 * A figure as it is published: the count itself, or why it is not shown.
 *
 * <p>What a reader may conclude, and what the suppression therefore takes into account: "&lt; k"
 * means 0 to k−1; a withheld cell ("×") is at least k, because only counts that could have been
 * shown are withheld (and they are withheld smallest first). A withheld total says nothing. When a
 * whole group is withheld (every cell and the total "×"), its cells say nothing either.
 */
public sealed interface Figure {

  /** The figure as the report prints it: "12", "&lt; 5" or "×". */
  String display();

  /**
   * A count that is shown.
   *
   * @param value the count, zero or more
   */
  record Exact(long value) implements Figure {
    /** Checks the value. */
    public Exact {
      if (value < 0) {
        throw new IllegalArgumentException("A count is never negative: " + value);
      }
    }

    @Override
    public String display() {
      return Long.toString(value);
    }
  }

  /**
   * A count below the threshold (primary suppression): the true count is 0 to k−1.
   *
   * @param k the threshold, 2 or more
   */
  record BelowK(int k) implements Figure {
    /** Checks the threshold. */
    public BelowK {
      if (k < 2) {
        throw new IllegalArgumentException("The threshold is 2 or more: " + k);
      }
    }

    @Override
    public String display() {
      return "< " + k;
    }
  }

  /** A count left out so that no suppressed count can be computed back (secondary suppression). */
  record Withheld() implements Figure {
    @Override
    public String display() {
      return "×";
    }
  }
}
