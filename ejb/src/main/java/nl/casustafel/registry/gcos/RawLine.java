package nl.casustafel.registry.gcos;

import java.util.List;

/**
 * One line of a GCOS file as cells, before validation. {@code number} counts lines as a spreadsheet
 * counts rows: the header is line 1 and an empty line counts too (a cell with a line break inside
 * quotes does not start a new line).
 *
 * @param cells the cells as written, or empty when the line was too long to be read
 */
record RawLine(int number, List<String> cells, boolean oversized) {

  static RawLine of(int number, List<String> cells) {
    return new RawLine(number, List.copyOf(cells), false);
  }

  static RawLine tooLong(int number) {
    return new RawLine(number, List.of(), true);
  }
}
