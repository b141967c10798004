package nl.casustafel.covenant;

import java.util.Objects;

/** An article of the covenant, e.g. "art. 6.2": the legal basis recorded with a disclosure. */
public record ArticleRef(String number) {

  public ArticleRef {
    Objects.requireNonNull(number, "Article number is required.");
    if (number.isBlank()) {
      throw new IllegalArgumentException("Article number is required.");
    }
  }

  @Override
  public String toString() {
    return number;
  }
}
