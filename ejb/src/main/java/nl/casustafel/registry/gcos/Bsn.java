package nl.casustafel.registry.gcos;

import java.util.Optional;

/**
 * A burgerservicenummer that passed the elfproef: nine digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 −
 * 1·d9 divisible by 11 (Logius, "Elfproef BSN"). Eight digits are accepted with a leading zero
 * added, as spreadsheets drop it. {@link #toString()} never shows the number, so that it cannot
 * reach a message or a log by accident; {@link #digits()} gives it on purpose.
 */
public final class Bsn {

  private final String digits;

  private Bsn(String digits) {
    this.digits = digits;
  }

  /**
   * The BSN in {@code text} (surrounding spaces ignored), or empty when it is not nine digits
   * (eight with a zero added) or fails the elfproef, or is all zeros.
   */
  public static Optional<Bsn> parse(String text) {
    String t = text.strip();
    if (t.length() == 8) {
      t = "0" + t;
    }
    if (t.length() != 9 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return passesElfproef(t) ? Optional.of(new Bsn(t)) : Optional.empty();
  }

  private static boolean passesElfproef(String nine) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nine.charAt(i) - '0');
    }
    sum -= nine.charAt(8) - '0';
    // 000000000 passes the arithmetic but is no one's number.
    return sum % 11 == 0 && !"000000000".equals(nine);
  }

  /** The nine digits; for the blind index and the encrypted column only. */
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bsn other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return "Bsn[*********]";
  }
}
