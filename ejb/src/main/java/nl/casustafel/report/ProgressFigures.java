package nl.casustafel.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The counted figures of one progress report, exact: the ZVH's own view. Before they leave the ZVH
 * they go through {@link nl.casustafel.report.suppression.SmallCellSuppression}.
 *
 * @param period the Amsterdam days counted
 * @param municipality the municipality the figures are limited to; empty for the whole region
 * @param groups the groups of tables, in the order the report shows them
 */
public record ProgressFigures(
    Period period, Optional<String> municipality, List<FigureGroup> groups) {

  /** Null-checks and copies the groups. */
  public ProgressFigures {
    Objects.requireNonNull(period, "period is required");
    Objects.requireNonNull(municipality, "municipality is required (may be empty)");
    groups = List.copyOf(groups);
  }
}
