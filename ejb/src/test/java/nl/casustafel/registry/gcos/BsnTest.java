package nl.casustafel.registry.gcos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The elfproef (Logius): 9·d1 + … + 2·d8 − d9 divisible by 11. */
class BsnTest {

  @Test
  void aNumberThatPassesTheElfproefIsABsn() {
    assertTrue(Bsn.parse("111222333").isPresent()); // 9+8+7+12+10+8+9+6-3 = 66
    assertTrue(Bsn.parse(" 111222333 ").isPresent(), "spaces around it are ignored");
    for (int seed = 0; seed < 200; seed++) {
      assertTrue(Bsn.parse(TestBsns.valid(seed)).isPresent(), TestBsns.valid(seed));
      assertFalse(Bsn.parse(TestBsns.invalid(seed)).isPresent(), TestBsns.invalid(seed));
    }
  }

  @Test
  void eightDigitsGetTheLeadingZeroASpreadsheetDropped() {
    // 0·9 + 1·8 + … : 012345672 passes the elfproef
    assertEquals("012345672", Bsn.parse("12345672").orElseThrow().digits());
  }

  @Test
  void otherTextIsNoBsn() {
    assertFalse(Bsn.parse("111222334").isPresent(), "one digit off");
    assertFalse(Bsn.parse("11122233").isPresent(), "eight digits, padded, fail the elfproef");
    assertFalse(Bsn.parse("1112223330").isPresent(), "ten digits");
    assertFalse(Bsn.parse("11122233a").isPresent());
    assertFalse(Bsn.parse("-11222333").isPresent(), "a sign is no digit");
    assertFalse(Bsn.parse("000000000").isPresent(), "zeros pass the sum but are nobody");
    assertFalse(Bsn.parse("").isPresent());
  }

  @Test
  void itNeverShowsItselfByAccident() {
    Bsn bsn = Bsn.parse("111222333").orElseThrow();
    assertFalse(bsn.toString().contains("111222333"));
    assertEquals(Bsn.parse("111222333"), Bsn.parse("111222333 "));
  }
}
