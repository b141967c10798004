package nl.casustafel.casefile;

/** Identifies a case within its tenant. Not personal data: it may appear in a URL. */
public record CaseId(long value) {

  public CaseId {
    if (value < 1) {
      throw new IllegalArgumentException("A case id is a positive number: " + value);
    }
  }

  /** The id in a path or form, or empty when the text is not an id at all. */
  public static java.util.Optional<CaseId> parse(String text) {
    try {
      return java.util.Optional.of(new CaseId(Long.parseLong(text)));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
