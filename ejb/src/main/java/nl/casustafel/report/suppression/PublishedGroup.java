package nl.casustafel.report.suppression;

import java.util.List;
import java.util.Objects;

/**
 * A group of tables as it is published, with the one total they share.
 *
 * @param key the population, as in {@link nl.casustafel.report.FigureGroup#key()}
 * @param total the total, shown under every table of the group
 * @param tables the tables, in the order counted
 */
public record PublishedGroup(String key, Figure total, List<PublishedTable> tables) {

  /** Null-checks and copies the tables. */
  public PublishedGroup {
    Objects.requireNonNull(key, "key is required");
    Objects.requireNonNull(total, "total is required");
    tables = List.copyOf(tables);
  }
}
