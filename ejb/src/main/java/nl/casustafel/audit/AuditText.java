package nl.casustafel.audit;

/**
 * Neutralises control characters in values that reach the log from users (usernames, reasons,
 * headers), so that nobody can forge lines or hide text in an export.
 */
public final class AuditText {

  /** Longest text kept of one field; the rest is cut with an ellipsis. */
  public static final int MAX = 500;

  private AuditText() {}

  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(Math.min(value.length(), MAX + 1));
    value
        .codePoints()
        .limit(MAX)
        .forEach(
            c -> clean.appendCodePoint(Character.isISOControl(c) || isSeparator(c) ? 0xFFFD : c));
    return value.codePointCount(0, value.length()) > MAX
        ? clean.append('…').toString()
        : clean.toString();
  }

  private static boolean isSeparator(int c) {
    return c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E);
  }
}
