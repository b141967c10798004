package nl.casustafel.shared;

/**
 * One page of a list as a lazy table asks for it: where to start, how many, and an optional
 * case-insensitive text filter.
 */
public record PageRequest(int first, int size, String filter) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first must be 0 or more: " + first);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
    }
    filter = filter == null ? "" : filter.strip();
  }

  /** The filter as a SQL LIKE pattern, with the wildcards the user typed taken literally. */
  public String likePattern() {
    return containing(filter.toLowerCase());
  }

  /**
   * A LIKE pattern for any text containing {@code text} literally: its backslash, {@code %} and
   * {@code _} escaped with MariaDB's default escape character, the backslash.
   */
  public static String containing(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
