package nl.casustafel.shared;

import java.util.Objects;

/**
 * The one rule for text a user must give (a reason, a case text, a name): it must hold enough
 * <em>visible</em> characters, so twelve zero-width spaces, a row of non-breaking spaces or a few
 * bidi controls are no reason. The REST API (400 with the message) and the Faces validators both
 * decide through this class.
 *
 * <p>Usage: {@code this.reason = BreakGlass.REASON.check(reason);} or, without a constant, {@code
 * RequiredText.visible(text, "text", 1, 4000)}.
 *
 * <p>Design notice: lengths are Unicode code points, not UTF-16 chars: an emoji or a CJK ideograph
 * is one character, as MariaDB's {@code VARCHAR(n)} in utf8mb4 counts it. Visibility follows the
 * Unicode character data of the running JDK, so a character newer than the JDK's Unicode version
 * counts as unassigned (invisible); it is still kept in the text.
 *
 * @param field the field's name in messages, in English (e.g. {@code "reason"})
 * @param minVisible fewest visible code points, at least 1
 * @param maxLength most code points of the stripped text
 */
public record RequiredText(String field, int minVisible, int maxLength) {

  /** Letters and symbols that Unicode draws as nothing (default-ignorable or blank by design). */
  private static final String BLANK_LETTERS = "\u115F\u1160\u3164\uFFA0\u2800";

  public RequiredText {
    Objects.requireNonNull(field, "field is required.");
    if (minVisible < 1 || maxLength < minVisible) {
      throw new IllegalArgumentException(
          "A required text needs 1 <= minVisible <= maxLength: " + minVisible + ", " + maxLength);
    }
  }

  /** Shorthand for {@code new RequiredText(field, minVisible, maxLength).check(value)}. */
  public static String visible(String value, String field, int minVisible, int maxLength) {
    return new RequiredText(field, minVisible, maxLength).check(value);
  }

  /**
   * The value without invisible characters at either end (whitespace, Unicode spaces, controls,
   * format characters such as zero-width spaces and bidi controls); inside the text nothing
   * changes.
   *
   * @throws IllegalArgumentException naming the field, when the value is null, has fewer than
   *     {@code minVisible} visible code points, or more than {@code maxLength} code points after
   *     stripping
   */
  public String check(String value) {
    String stripped = strip(value == null ? "" : value);
    if (visibleCount(stripped) < minVisible) {
      throw new IllegalArgumentException(
          minVisible == 1
              ? field + " is required and must contain visible characters."
              : field + " must contain at least " + minVisible + " visible characters.");
    }
    if (stripped.codePointCount(0, stripped.length()) > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters long.");
    }
    return stripped;
  }

  /** The value without its blank code points at either end ({@link #isBlank}). */
  static String strip(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isBlank(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    while (end > start && isBlank(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  /** How many code points of the value are {@link #isVisible visible}. */
  static long visibleCount(String value) {
    return value.codePoints().filter(RequiredText::isVisible).count();
  }

  /**
   * Visible: a letter, digit, punctuation, symbol (emoji included) or spacing mark. Not visible:
   * whitespace and Unicode spaces (NBSP), line and paragraph separators, controls, format
   * characters (zero-width space and joiners, bidi controls, BOM, tags), combining marks that only
   * decorate the character before them, unassigned, private-use and lone surrogate code points, and
   * the few letters Unicode draws as nothing (the Hangul fillers, the blank braille pattern).
   */
  static boolean isVisible(int codePoint) {
    if (isBlank(codePoint)) {
      return false;
    }
    return switch (Character.getType(codePoint)) {
      case Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK ->
          false;
      default -> true;
    };
  }

  /** What may be stripped from the ends: it shows as nothing and carries no text of its own. */
  private static boolean isBlank(int codePoint) {
    if (Character.isWhitespace(codePoint) || BLANK_LETTERS.indexOf(codePoint) >= 0) {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL,
          Character.FORMAT ->
          true;
      default -> false;
    };
  }
}
