package nl.casustafel.report.suppression;

import java.util.List;
import java.util.Objects;

/**
 * One table as it is published; its total is the group's ({@link PublishedGroup#total()}).
 *
 * @param key what the table counts, as in {@link nl.casustafel.report.Distribution#key()}
 * @param cells the cells, in the order counted
 */
public record PublishedTable(String key, List<PublishedCell> cells) {

  /** Null-checks and copies the cells. */
  public PublishedTable {
    Objects.requireNonNull(key, "key is required");
    cells = List.copyOf(cells);
  }
}
