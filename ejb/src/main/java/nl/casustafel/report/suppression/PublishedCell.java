package nl.casustafel.report.suppression;

import java.util.Objects;

/**
 * One cell as it is published.
 *
 * @param code the code of the cell, as counted ({@code SEXUAL}, {@code Hilversum})
 * @param figure what is shown for it
 */
public record PublishedCell(String code, Figure figure) {

  /** Null-checks. */
  public PublishedCell {
    Objects.requireNonNull(code, "code is required");
    Objects.requireNonNull(figure, "figure is required");
  }
}
