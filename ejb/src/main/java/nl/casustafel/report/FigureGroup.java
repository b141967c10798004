package nl.casustafel.report;

import java.util.List;
import java.util.Objects;

/**
 * Tables that count the same population by different characteristics: the situations by form, by
 * municipality and by source. They share one total, and that is what suppression must respect: a
 * total hidden in one table but shown in another is not hidden.
 *
 * @param key the population, e.g. {@code situations}, {@code victims}, {@code careStarted}; also
 *     the key of its title ({@code group.situations})
 * @param tables one table or more, all with the same total
 */
public record FigureGroup(String key, List<Distribution> tables) {

  /**
   * Checks and copies the tables.
   *
   * @throws IllegalArgumentException when the key is blank, there is no table, or two tables count
   *     a different total (a bug in the counting: a member without a cell, or in two)
   */
  public FigureGroup {
    Objects.requireNonNull(key, "key is required");
    if (key.isBlank()) {
      throw new IllegalArgumentException("A group needs a key");
    }
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("The group " + key + " has no table");
    }
    long total = tables.get(0).total();
    for (Distribution table : tables) {
      if (table.total() != total) {
        throw new IllegalArgumentException(
            "The tables of "
                + key
                + " count different totals: "
                + tables.get(0).key()
                + " "
                + total
                + ", "
                + table.key()
                + " "
                + table.total());
      }
    }
  }

  /** The population the tables count. */
  public long total() {
    return tables.get(0).total();
  }
}
