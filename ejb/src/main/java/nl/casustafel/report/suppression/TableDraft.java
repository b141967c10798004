package nl.casustafel.report.suppression;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.report.Distribution;

/**
 * One table while it is being suppressed, and what a reader of it would know: per cell the lowest
 * and highest count the published table admits.
 *
 * <p>The reader knows the rules of {@link SmallCellSuppression}: a cell "&lt; k" is 0 to k−1; a
 * withheld cell is at least k (only a count that could have been shown is withheld) and comes
 * before every shown cell in the order (count, position) (the smallest is withheld first, the first
 * of equals first), so it is at most the count of a shown cell after it and less than that of a
 * shown cell before it.
 */
final class TableDraft {

  private enum State {
    SHOWN,
    BELOW_K,
    WITHHELD
  }

  private final Distribution table;
  private final long[] counts;
  private final State[] states;
  private final int k;

  /** The table after primary suppression: every count below k is "&lt; k". */
  TableDraft(Distribution table, int k) {
    this.table = table;
    this.k = k;
    counts = table.cells().stream().mapToLong(c -> c.count()).toArray();
    states = new State[counts.length];
    for (int i = 0; i < counts.length; i++) {
      states[i] = counts[i] < k ? State.BELOW_K : State.SHOWN;
    }
  }

  /** The lowest count cell i may have, to a reader. */
  long low(int i) {
    return switch (states[i]) {
      case SHOWN -> counts[i];
      case BELOW_K -> 0;
      case WITHHELD -> k;
    };
  }

  /** The highest count cell i may have, to a reader; {@link Bounds#NONE} when unbounded. */
  long high(int i) {
    return switch (states[i]) {
      case SHOWN -> counts[i];
      case BELOW_K -> k - 1;
      case WITHHELD -> highestWithheld(i);
    };
  }

  private long highestWithheld(int i) {
    long high = Bounds.NONE;
    for (int j = 0; j < counts.length; j++) {
      if (states[j] == State.SHOWN) {
        high = Math.min(high, j > i ? counts[j] : counts[j] - 1);
      }
    }
    return high;
  }

  /** The lowest total the published cells admit. */
  long lowestTotal() {
    return sumOfLows(-1);
  }

  /** The highest total the published cells admit; {@link Bounds#NONE} when unbounded. */
  long highestTotal() {
    return sumOfHighs(-1);
  }

  /**
   * Whether a reader can compute a suppressed cell back, knowing that the total lies between the
   * bounds: whether the cell's feasible range, {@code [max(low_i, totalLow − Σ_{j≠i} high_j),
   * min(high_i, totalHigh − Σ_{j≠i} low_j)]}, holds a single count.
   */
  boolean revealsACell(long totalLow, long totalHigh) {
    for (int i = 0; i < counts.length; i++) {
      if (states[i] == State.SHOWN) {
        continue;
      }
      long lowest = Math.max(low(i), Bounds.minus(totalLow, sumOfHighs(i)));
      long highest = Math.min(high(i), Bounds.minus(totalHigh, sumOfLows(i)));
      if (lowest == highest) {
        return true;
      }
    }
    return false;
  }

  /** Whether any count is still shown. */
  boolean hasShown() {
    for (State state : states) {
      if (state == State.SHOWN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Withholds the smallest shown count (the first of equals).
   *
   * @return false when no count is shown
   */
  boolean withholdSmallestShown() {
    int smallest = -1;
    for (int i = 0; i < counts.length; i++) {
      if (states[i] == State.SHOWN && (smallest < 0 || counts[i] < counts[smallest])) {
        smallest = i;
      }
    }
    if (smallest < 0) {
      return false;
    }
    states[smallest] = State.WITHHELD;
    return true;
  }

  /** The table as it is published now. */
  PublishedTable published() {
    List<PublishedCell> cells = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      Figure figure =
          switch (states[i]) {
            case SHOWN -> new Figure.Exact(counts[i]);
            case BELOW_K -> new Figure.BelowK(k);
            case WITHHELD -> new Figure.Withheld();
          };
      cells.add(new PublishedCell(table.cells().get(i).code(), figure));
    }
    return new PublishedTable(table.key(), cells);
  }

  private long sumOfLows(int except) {
    long sum = 0;
    for (int j = 0; j < counts.length; j++) {
      sum += j == except ? 0 : low(j);
    }
    return sum;
  }

  private long sumOfHighs(int except) {
    long sum = 0;
    for (int j = 0; j < counts.length; j++) {
      sum = j == except ? sum : Bounds.plus(sum, high(j));
    }
    return sum;
  }
}
