package nl.casustafel.report;

/**
 * A text cell made safe for a spreadsheet (OWASP "CSV Injection"): a leading apostrophe when the
 * text starts, after any whitespace or invisible characters, with a character a spreadsheet takes
 * for the start of a formula (= + - @, their full-width forms, tab, CR, LF).
 */
final class SafeCell {

  private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n";

  private SafeCell() {}

  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    int i = 0;
    while (i < text.length()
        && (text.charAt(i) == ' ' || Character.getType(text.charAt(i)) == Character.FORMAT)) {
      i++;
    }
    boolean formula =
        FORMULA_START.indexOf(text.charAt(0)) >= 0
            || (i < text.length() && FORMULA_START.indexOf(text.charAt(i)) >= 0);
    return formula ? "'" + text : text;
  }
}
