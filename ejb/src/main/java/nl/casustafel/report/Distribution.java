package nl.casustafel.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One table of the report: a population counted by one characteristic, each member in exactly one
 * cell (so the cells add up to the population; "unknown" is a cell of its own). The order of the
 * cells is the order the report shows them in.
 *
 * @param key what the table counts, {@code <population>.<characteristic>}: e.g. {@code
 *     situations.form}, {@code victims.age}; also the prefix of its labels ({@code
 *     situations.form.SEXUAL})
 * @param cells the cells, each code once
 */
public record Distribution(String key, List<Tally> cells) {

  /**
   * Checks and copies the cells.
   *
   * @throws IllegalArgumentException when the key is blank or a code occurs twice
   */
  public Distribution {
    Objects.requireNonNull(key, "key is required");
    if (key.isBlank()) {
      throw new IllegalArgumentException("A table needs a key");
    }
    cells = List.copyOf(cells);
    Set<String> codes = new HashSet<>();
    for (Tally cell : cells) {
      if (!codes.add(cell.code())) {
        throw new IllegalArgumentException(key + " counts " + cell.code() + " twice");
      }
    }
  }

  /** The population: the sum of the cells. */
  public long total() {
    return cells.stream().mapToLong(Tally::count).sum();
  }
}
