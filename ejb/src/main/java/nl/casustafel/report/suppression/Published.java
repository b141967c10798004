package nl.casustafel.report.suppression;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.report.Distribution;
import nl.casustafel.report.FigureGroup;
import nl.casustafel.report.Period;
import nl.casustafel.report.ProgressFigures;

/**
 * A progress report as it is shown or exported: every figure exact, below k or withheld.
 *
 * @param period the Amsterdam days counted
 * @param municipality the municipality the figures are limited to; empty for the whole region
 * @param k the threshold the figures were suppressed with (2 or more), or 0 when nothing was
 *     suppressed (the ZVH's own view, {@link #exact})
 * @param groups the groups, in the order counted
 */
public record Published(
    Period period, Optional<String> municipality, int k, List<PublishedGroup> groups) {

  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException when k is 1 or negative
   */
  public Published {
    Objects.requireNonNull(period, "period is required");
    Objects.requireNonNull(municipality, "municipality is required (may be empty)");
    if (k != 0 && k < 2) {
      throw new IllegalArgumentException("k is 0 (not suppressed) or 2 or more: " + k);
    }
    groups = List.copyOf(groups);
  }

  /**
   * The figures as they are, every one exact: the ZVH's internal view. Never for anything that
   * leaves the ZVH (the municipal view, an export): that is {@link SmallCellSuppression#publish}.
   */
  public static Published exact(ProgressFigures figures) {
    List<PublishedGroup> groups = figures.groups().stream().map(Published::exact).toList();
    return new Published(figures.period(), figures.municipality(), 0, groups);
  }

  /** Whether small cells were suppressed (k applies). */
  public boolean suppressed() {
    return k != 0;
  }

  private static PublishedGroup exact(FigureGroup group) {
    List<PublishedTable> tables = group.tables().stream().map(Published::exact).toList();
    return new PublishedGroup(group.key(), new Figure.Exact(group.total()), tables);
  }

  private static PublishedTable exact(Distribution table) {
    return new PublishedTable(
        table.key(),
        table.cells().stream()
            .map(c -> new PublishedCell(c.code(), new Figure.Exact(c.count())))
            .toList());
  }
}
