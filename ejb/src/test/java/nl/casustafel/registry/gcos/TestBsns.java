package nl.casustafel.registry.gcos;

/** Fictional BSNs that pass the elfproef, generated from a seed (not real people's numbers). */
final class TestBsns {

  private TestBsns() {}

  /** A valid BSN for {@code seed}; different seeds give different numbers. */
  static String valid(int seed) {
    for (int s = seed * 11; ; s++) {
      String eight = String.format("9%07d", s % 10_000_000);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (eight.charAt(i) - '0');
      }
      int check = sum % 11;
      if (check < 10) {
        return eight + check;
      }
    }
  }

  /** A BSN whose last digit is wrong. */
  static String invalid(int seed) {
    String good = valid(seed);
    char last = good.charAt(8);
    return good.substring(0, 8) + (char) (last == '9' ? '0' : last + 1);
  }
}
