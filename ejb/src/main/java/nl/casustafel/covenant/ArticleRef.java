package nl.casustafel.covenant;

import nl.casustafel.shared.RequiredText;

/** An article of the covenant, e.g. "art. 6.2": the legal basis recorded with a disclosure. */
public record ArticleRef(String number) {

  /** The number: visible characters, at most the 32 of the grant's article column. */
  public static final RequiredText NUMBER = new RequiredText("Article number", 1, 32);

  public ArticleRef {
    number = NUMBER.check(number);
  }

  @Override
  public String toString() {
    return number;
  }
}
