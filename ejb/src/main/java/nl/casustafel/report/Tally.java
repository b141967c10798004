package nl.casustafel.report;

import java.util.Objects;

/**
 * One cell of a table of the report: how many were counted under one code.
 *
 * @param code what was counted: an enum name ({@code SEXUAL}, {@code AGE_21_25}) or a
 *     municipality's name ({@code Hilversum}); never blank
 * @param count how many; zero or more
 */
public record Tally(String code, long count) {

  /**
   * Checks the cell.
   *
   * @throws IllegalArgumentException when the code is blank or the count negative
   */
  public Tally {
    Objects.requireNonNull(code, "code is required");
    if (code.isBlank()) {
      throw new IllegalArgumentException("A tally needs a code");
    }
    if (count < 0) {
      throw new IllegalArgumentException("The count of " + code + " is negative: " + count);
    }
  }
}
