package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KnownCasesTest {

  @Test
  void aSearchTextIsMatchedLiterallyNotAsAPattern() {
    assertEquals("jan", KnownCases.escaped("jan"));
    assertEquals("100!%", KnownCases.escaped("100%"));
    assertEquals("a!_b", KnownCases.escaped("a_b"));
    assertEquals("!!!%", KnownCases.escaped("!%"));
    assertEquals("back\\slash", KnownCases.escaped("back\\slash"));
  }
}
