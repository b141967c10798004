package nl.casustafel.registry;

import java.util.Objects;

/**
 * A Dutch citizen service number (burgerservicenummer, BSN): nine digits that pass the elfproef.
 *
 * <p>The elfproef, as the BSN specification of the Rijksdienst voor Identiteitsgegevens (RvIG)
 * defines it: for digits d1..d9, {@code 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 -
 * 1*d9} is divisible by 11; {@code 000000000} is not a BSN. The RvIG also allows a number of eight
 * digits, read with a leading zero.
 *
 * <p>Design notice: a BSN is personal data. No message of this class contains the number, and
 * {@link #toString()} hides it, so it cannot leak into a log or an exception by accident; only
 * {@link #digits()} gives it.
 *
 * @param digits exactly nine ASCII digits that pass the elfproef
 */
public record Bsn(String digits) {

  /** The weights of d1..d9 in the elfproef. */
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  /**
   * @throws IllegalArgumentException when the digits are not nine ASCII digits or fail the
   *     elfproef; the message never contains the number
   * @throws NullPointerException when digits is null
   */
  public Bsn {
    Objects.requireNonNull(digits, "A BSN is required.");
    if (!digits.matches("[0-9]{9}")) {
      throw new IllegalArgumentException("A BSN must have 9 digits.");
    }
    if (!passesElfproef(digits)) {
      throw new IllegalArgumentException("Not a valid BSN (elfproef).");
    }
  }

  /**
   * Reads a BSN as people write it: spaces and dots between the digits are ignored ({@code
   * "1234.56.782"}, {@code "123 456 782"}), and eight digits get a leading zero.
   *
   * @throws IllegalArgumentException when the text has anything but digits, spaces and dots, has
   *     not 8 or 9 digits, or fails the elfproef; the message never contains the text
   * @throws NullPointerException when text is null
   */
  public static Bsn parse(String text) {
    Objects.requireNonNull(text, "A BSN is required.");
    String digits = text.replaceAll("[ .]", "");
    if (digits.length() == 8) {
      digits = "0" + digits;
    }
    return new Bsn(digits);
  }

  /** Whether nine ASCII digits pass the elfproef (and are not all zeros). */
  static boolean passesElfproef(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
    }
    // Java's % keeps the sign; a negative multiple of 11 still gives 0.
    return sum % 11 == 0 && !nineDigits.equals("000000000");
  }

  /** {@code "Bsn[***]"}: never the number, see the class comment. */
  @Override
  public String toString() {
    return "Bsn[***]";
  }
}
