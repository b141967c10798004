package nl.casustafel.registry.report;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * User-entered text made safe to print: every character is either shown as itself or, when it would
 * act instead of show, as its Unicode number in brackets ({@code [U+202E]}).
 *
 * <p>Acting characters are controls (except a line break), format characters (the bidirectional
 * overrides and isolates, zero-width characters, the byte order mark) and characters the font has
 * no glyph for. Showing their number, rather than dropping them, keeps the report a faithful copy
 * of what is stored, which is what art. 15 asks; and no stored override can reverse the text after
 * it.
 */
final class PrintableText {

  private PrintableText() {}

  /**
   * The text as it is printed.
   *
   * @param text user-entered text, never null
   * @param hasGlyph whether the font can draw a code point
   * @return the text with CR LF and CR as LF, a tab as a space, and every other acting character as
   *     {@code [U+XXXX]} (at least four upper-case hex digits)
   */
  static String of(String text, IntPredicate hasGlyph) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    StringBuilder out = new StringBuilder(lines.length());
    lines
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || (shows(cp) && hasGlyph.test(cp))) {
                out.appendCodePoint(cp);
              } else {
                out.append(String.format(Locale.ROOT, "[U+%04X]", cp));
              }
            });
    return out.toString();
  }

  private static boolean shows(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
