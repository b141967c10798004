package nl.casustafel.api;

import java.util.Arrays;
import java.util.regex.Pattern;
import nl.casustafel.shared.PageRequest;

/**
 * Query parameters of the API, parsed in one place. Jakarta REST answers a query parameter declared
 * {@code int} that does not convert with a bare 404 (the spec's rule for query and path
 * parameters), which tells the caller nothing; so resources take their parameters as text and parse
 * them here. Every refusal is an {@link IllegalArgumentException} whose message names the parameter
 * and its rule ({@code BadInputMapper}: 400).
 */
public final class Params {

  /** The highest {@code first} a page may start at: far beyond any list we hold. */
  public static final int MAX_FIRST = 1_000_000;

  /** The longest filter text we take in a URL or search body, in characters. */
  public static final int MAX_TEXT = 200;

  // ASCII digits only: Integer.parseInt also takes other scripts' digits and a leading '+'.
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,10}");

  private Params() {}

  /**
   * The whole number in {@code raw}, or {@code fallback} when the parameter is absent (null).
   * Anything else — empty, a fraction, a word, out of {@code min..max} — is refused.
   */
  public static int intOf(String name, String raw, int fallback, int min, int max) {
    if (raw == null) {
      return fallback;
    }
    if (WHOLE.matcher(raw).matches()) {
      long value = Long.parseLong(raw);
      if (value >= min && value <= max) {
        return (int) value;
      }
    }
    throw new IllegalArgumentException(wholeNumberRule(name, min, max));
  }

  /**
   * A page from the {@code first} and {@code size} parameters: {@code first} 0..{@value #MAX_FIRST}
   * (default 0), {@code size} 1..{@value PageRequest#MAX_SIZE} (default {@code defaultSize}).
   */
  public static PageRequest page(String first, String size, int defaultSize, String filter) {
    return new PageRequest(
        intOf("first", first, 0, 0, MAX_FIRST),
        intOf("size", size, defaultSize, 1, PageRequest.MAX_SIZE),
        filter);
  }

  /** The constant of {@code type} named {@code value}; anything else is refused listing them. */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }
  }

  /** The rule a whole-number parameter or field breaks, as the API says it. */
  public static String wholeNumberRule(String name, int min, int max) {
    return name + " must be a whole number from " + min + " to " + max + ".";
  }

  /**
   * Filter text: null stays null (no filter); otherwise at most {@code maxLength} characters of
   * {@link #isCleanText clean text}.
   */
  public static String textOf(String name, String raw, int maxLength) {
    if (raw == null) {
      return null;
    }
    if (raw.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " must be at most " + maxLength + " characters long.");
    }
    return requireCleanText(name, raw);
  }

  /** Returns the text if it is {@link #isCleanText clean}, else refuses it naming the field. */
  public static String requireCleanText(String name, String text) {
    if (!isCleanText(text)) {
      throw new IllegalArgumentException(
          name
              + " must be valid Unicode text without control characters"
              + " (tab and line breaks are allowed).");
    }
    return text;
  }

  /** A name the caller chose, as a refusal repeats it: its first 40 characters. */
  public static String excerpt(String name) {
    int shown = 40;
    if (name.codePointCount(0, name.length()) <= shown) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, shown)) + "…";
  }

  /**
   * True when the text holds no control characters (Unicode Cc: C0, DEL, C1) other than tab, CR and
   * LF, and no unpaired surrogate (possible through a JSON {@code \ud800} escape). Such characters
   * hide text in a page or an export and forge lines in logs; no one types them.
   */
  public static boolean isCleanText(String text) {
    return text.codePoints().allMatch(Params::allowed);
  }

  private static boolean allowed(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    int type = Character.getType(c);
    return type != Character.CONTROL && type != Character.SURROGATE;
  }
}
