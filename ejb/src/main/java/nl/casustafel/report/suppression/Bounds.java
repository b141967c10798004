package nl.casustafel.report.suppression;

/**
 * Counts with "no upper bound": a withheld cell with nothing shown after it, a withheld total. Sums
 * saturate at {@link #NONE} rather than overflow.
 */
final class Bounds {

  /** No upper bound. */
  static final long NONE = Long.MAX_VALUE;

  private Bounds() {}

  /** a + b, or {@link #NONE} when either is {@link #NONE} (or the sum would not fit). */
  static long plus(long a, long b) {
    return a == NONE || b == NONE || a > NONE - b ? NONE : a + b;
  }

  /** a − b for a bound b; unbounded (Long.MIN_VALUE) when b is {@link #NONE}. */
  static long minus(long a, long b) {
    if (a == NONE) {
      return NONE;
    }
    return b == NONE ? Long.MIN_VALUE : a - b;
  }
}
