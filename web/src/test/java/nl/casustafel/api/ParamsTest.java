package nl.casustafel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.casustafel.covenant.Purpose;
import nl.casustafel.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query parameters: a bad one is refused naming it and its rule, never taken as something else. */
class ParamsTest {

  @Test
  void anAbsentParameterTakesItsDefaultAndAWholeNumberInRangeIsTaken() {
    assertEquals(20, Params.intOf("size", null, 20, 1, 100));
    assertEquals(0, Params.intOf("first", "0", 7, 0, 1_000_000));
    assertEquals(1_000_000, Params.intOf("first", "1000000", 0, 0, 1_000_000));
    assertEquals(42, Params.intOf("first", "0042", 0, 0, 1_000_000));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "",
        " 1",
        "1 ",
        "+1",
        "-1",
        "1.0",
        "1e3",
        "0x10",
        "1000001",
        "99999999999999999999",
        "٣",
        "1\u0000"
      })
  void anythingElseIsRefusedNamingTheParameterAndItsRule(String raw) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Params.intOf("first", raw, 0, 0, 1_000_000));
    assertEquals("first must be a whole number from 0 to 1000000.", e.getMessage());
  }

  @Test
  void aPageKeepsTheSizeRuleOfPageRequest() {
    PageRequest page = Params.page(null, null, 25, "gemeente");
    assertEquals(0, page.first());
    assertEquals(25, page.size());
    assertEquals(100, Params.page("5", "100", 25, "").size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Params.page("0", "101", 25, ""));
    assertEquals("size must be a whole number from 1 to 100.", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Params.page("0", "0", 25, ""));
  }

  @Test
  void filterTextIsBoundedAndClean() {
    assertNull(Params.textOf("filter", null, 200));
    assertEquals("Hilversum", Params.textOf("filter", "Hilversum", 200));
    assertEquals("x".repeat(200), Params.textOf("filter", "x".repeat(200), 200));
    IllegalArgumentException tooLong =
        assertThrows(
            IllegalArgumentException.class, () -> Params.textOf("filter", "x".repeat(201), 200));
    assertEquals("filter must be at most 200 characters long.", tooLong.getMessage());
    IllegalArgumentException control =
        assertThrows(IllegalArgumentException.class, () -> Params.textOf("user", "a\u001bb", 200));
    assertTrue(control.getMessage().startsWith("user must be valid Unicode text"));
  }

  @Test
  void cleanTextAllowsTabsAndLineBreaksButNoOtherControlsOrLoneSurrogates() {
    assertTrue(Params.isCleanText("Regel 1\r\nRegel 2\tmet tab, é, 😀"));
    assertFalse(Params.isCleanText("nul\u0000"));
    assertFalse(Params.isCleanText("bel\u0007"));
    assertFalse(Params.isCleanText("del\u007f"));
    assertFalse(Params.isCleanText("c1\u0085"));
    assertFalse(Params.isCleanText("half \ud800 a pair"));
    assertFalse(Params.isCleanText("reversed \udc00\ud800"));
  }

  @Test
  void anEnumIsOneOfItsConstantsByExactName() {
    assertEquals(
        Purpose.CASE_CONFERENCE, Params.enumOf(Purpose.class, "purpose", "CASE_CONFERENCE"));
    for (String bad : new String[] {null, "", "case_conference", "CURIOSITY", "x".repeat(10_000)}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Params.enumOf(Purpose.class, "purpose", bad));
      assertTrue(e.getMessage().startsWith("purpose must be one of ["), e.getMessage());
      assertTrue(e.getMessage().length() < 300, "the refusal repeats the input");
    }
  }

  @Test
  void aNameTheCallerChoseIsRepeatedShort() {
    assertEquals("catgory", Params.excerpt("catgory"));
    assertEquals("x".repeat(40) + "…", Params.excerpt("x".repeat(10_000)));
    assertEquals("😀".repeat(40) + "…", Params.excerpt("😀".repeat(41)));
  }
}
