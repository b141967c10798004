package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The elfproef of the RvIG's BSN specification, and a BSN that never shows itself. */
class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "012345672", "999999990", "100000009"})
  void nineDigitsThatPassTheElfproefAreABsn(String digits) {
    assertEquals(digits, Bsn.parse(digits).digits());
    assertEquals(digits, new Bsn(digits).digits());
  }

  @Test
  void spacesAndDotsAsPeopleWriteThemAreIgnored() {
    assertEquals("123456782", Bsn.parse("1234.56.782").digits());
    assertEquals("123456782", Bsn.parse(" 123 456 782 ").digits());
    assertEquals(new Bsn("123456782"), Bsn.parse("12.34.56.782"));
  }

  @Test
  void eightDigitsAreReadWithALeadingZero() {
    assertEquals("012345672", Bsn.parse("12345672").digits());
    assertEquals("010000008", Bsn.parse("1000.0008").digits());
  }

  @Test
  void theElfproefRejectsOtherwiseWellFormedNumbers() {
    for (String digits : List.of("123456789", "111222334", "011222333", "100000000")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Bsn.parse(digits));
      assertEquals("Not a valid BSN (elfproef).", e.getMessage());
    }
  }

  @Test
  void allZerosPassTheSumButAreNoBsn() {
    assertThrows(IllegalArgumentException.class, () -> Bsn.parse("000000000"));
    assertThrows(IllegalArgumentException.class, () -> Bsn.parse("00000000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1234567",
        "1234567820",
        "12345678a",
        "123-456-782",
        "١٢٣٤٥٦٧٨٢",
        "12345\t6782"
      })
  void anythingButEightOrNineDigitsIsRejectedWithoutEchoingTheInput(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bsn.parse(text));
    assertEquals("A BSN must have 9 digits.", e.getMessage());
  }

  @Test
  void theConstructorIsStrictAndNullIsNoBsn() {
    assertThrows(IllegalArgumentException.class, () -> new Bsn("1234.56.782"));
    assertThrows(IllegalArgumentException.class, () -> new Bsn("12345672"));
    assertThrows(NullPointerException.class, () -> Bsn.parse(null));
  }

  @Test
  void toStringHidesTheNumber() {
    Bsn bsn = Bsn.parse("123456782");
    assertEquals("Bsn[***]", bsn.toString());
    assertFalse(String.valueOf(List.of(bsn)).contains("123456782"));
  }

  /** Every 8 leading digits have at most one check digit; it makes a BSN, any other does not. */
  @Property
  void theCheckDigitCompletesABsnAndOnlyIt(@ForAll("eightDigits") String first8) {
    int check = checkDigit(first8);
    Assume.that(check < 10 && !(first8 + check).equals("000000000"));
    assertEquals(first8 + check, new Bsn(first8 + check).digits());
    for (int other = 0; other < 10; other++) {
      assertEquals(other == check, Bsn.passesElfproef(first8 + other));
    }
  }

  /** The elfproef catches every single mistyped digit and every swap of two neighbours. */
  @Property
  void oneTypoIsAlwaysCaught(
      @ForAll("validBsns") String bsn,
      @ForAll @IntRange(min = 0, max = 8) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    char[] typo = bsn.toCharArray();
    typo[position] = (char) ('0' + (typo[position] - '0' + shift) % 10);
    assertFalse(Bsn.passesElfproef(new String(typo)));
    if (position < 8 && bsn.charAt(position) != bsn.charAt(position + 1)) {
      char[] swapped = bsn.toCharArray();
      swapped[position] = bsn.charAt(position + 1);
      swapped[position + 1] = bsn.charAt(position);
      assertFalse(Bsn.passesElfproef(new String(swapped)));
    }
  }

  @Property
  void messagesAndToStringNeverHoldTheDigits(@ForAll("validBsns") String bsn) {
    assertFalse(Bsn.parse(bsn).toString().matches(".*[0-9].*"));
    String invalid = bsn.substring(0, 8) + (bsn.charAt(8) == '9' ? '0' : '9');
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bsn.parse(invalid));
    assertFalse(e.getMessage().contains(invalid.substring(0, 4)));
    assertTrue(e.getMessage().startsWith("Not a valid BSN"));
  }

  @Provide
  Arbitrary<String> eightDigits() {
    return Arbitraries.strings().numeric().ofLength(8);
  }

  @Provide
  Arbitrary<String> validBsns() {
    return eightDigits()
        .filter(d -> checkDigit(d) < 10 && !d.equals("00000000"))
        .map(d -> d + checkDigit(d));
  }

  /** d9 such that 9*d1 + ... + 2*d8 - d9 is a multiple of 11 (10 means none exists). */
  private static int checkDigit(String first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (first8.charAt(i) - '0');
    }
    return sum % 11;
  }
}
