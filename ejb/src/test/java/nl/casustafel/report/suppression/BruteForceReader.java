package nl.casustafel.report.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of a published group who knows the rules and does all the arithmetic: every assignment
 * of counts to the suppressed figures that the published group admits, found by listing the sums a
 * table's suppressed cells can make (cell by cell, value by value), not by the interval formulas of
 * the production code.
 *
 * <p>What the reader knows: "&lt; k" is 0..k−1; in a group that is not withheld altogether a "×"
 * cell is at least k, and less than every shown count before it and at most every shown count after
 * it (the smallest is withheld first); a "×" total says nothing. In a group withheld altogether
 * nothing is known. Counts above {@link #CAP} are not tried: finding two values below it is enough.
 */
final class BruteForceReader {

  /** Above every total the tests draw (6 × 12 = 72). */
  static final int CAP = 100;

  private final int k;
  private final PublishedGroup group;
  private final boolean altogether;
  private List<Integer> totals;

  BruteForceReader(int k, PublishedGroup group) {
    this.k = k;
    this.group = group;
    this.altogether =
        group.total() instanceof Figure.Withheld
            && group.tables().stream()
                .flatMap(t -> t.cells().stream())
                .allMatch(c -> c.figure() instanceof Figure.Withheld);
  }

  /** The totals the published group admits. */
  List<Integer> totals() {
    if (totals == null) {
      totals = admittedTotals();
    }
    return totals;
  }

  private List<Integer> admittedTotals() {
    List<Integer> totals = new ArrayList<>();
    for (int total = 0; total <= CAP; total++) {
      if (admitsTotal(total)) {
        totals.add(total);
      }
    }
    return totals;
  }

  /** The counts cell {@code cell} of table {@code table} may have, given everything published. */
  List<Integer> values(int table, int cell) {
    PublishedTable published = group.tables().get(table);
    long shown = shownSum(published);
    boolean[] others = sums(published, cell);
    List<Integer> values = new ArrayList<>();
    for (int value = low(published, cell); value <= high(published, cell); value++) {
      for (int total : totals()) {
        long rest = total - shown - value;
        if (rest >= 0 && rest <= CAP && others[(int) rest]) {
          values.add(value);
          break;
        }
      }
    }
    return values;
  }

  private boolean admitsTotal(int total) {
    if (group.total() instanceof Figure.Exact exact && exact.value() != total) {
      return false;
    }
    for (PublishedTable table : group.tables()) {
      long rest = total - shownSum(table);
      if (rest < 0 || !sums(table, -1)[(int) rest]) {
        return false;
      }
    }
    return true;
  }

  /** Which sums 0..CAP the suppressed cells of the table (all but {@code except}) can make. */
  private boolean[] sums(PublishedTable table, int except) {
    boolean[] sums = new boolean[CAP + 1];
    sums[0] = true;
    for (int i = 0; i < table.cells().size(); i++) {
      if (i == except || table.cells().get(i).figure() instanceof Figure.Exact) {
        continue;
      }
      boolean[] next = new boolean[CAP + 1];
      for (int sum = 0; sum <= CAP; sum++) {
        for (int value = low(table, i); sums[sum] && value <= high(table, i); value++) {
          if (sum + value <= CAP) {
            next[sum + value] = true;
          }
        }
      }
      sums = next;
    }
    return sums;
  }

  private int low(PublishedTable table, int i) {
    Figure figure = table.cells().get(i).figure();
    if (figure instanceof Figure.Exact exact) {
      return (int) exact.value();
    }
    return figure instanceof Figure.Withheld && !altogether ? k : 0;
  }

  private int high(PublishedTable table, int i) {
    Figure figure = table.cells().get(i).figure();
    if (figure instanceof Figure.Exact exact) {
      return (int) exact.value();
    } else if (figure instanceof Figure.BelowK below) {
      return below.k() - 1;
    }
    return altogether ? CAP : belowShownAround(table, i);
  }

  private int belowShownAround(PublishedTable table, int i) {
    int high = CAP;
    for (int j = 0; j < table.cells().size(); j++) {
      if (table.cells().get(j).figure() instanceof Figure.Exact exact) {
        high = (int) Math.min(high, j > i ? exact.value() : exact.value() - 1);
      }
    }
    return high;
  }

  private static long shownSum(PublishedTable table) {
    return table.cells().stream()
        .mapToLong(c -> c.figure() instanceof Figure.Exact exact ? exact.value() : 0)
        .sum();
  }
}
