package nl.casustafel.registry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What user-entered text becomes on paper. */
class PrintableTextTest {

  @Test
  void lettersTheFontHasStayAsTheyAre() {
    assertEquals("Zoë Łukasz Şükrü", PrintableText.of("Zoë Łukasz Şükrü", cp -> true));
  }

  @Test
  void bidiOverridesZeroWidthAndControlCharactersShowTheirNumber() {
    assertEquals("[U+202E]exe.txt", PrintableText.of("\u202Eexe.txt", cp -> true));
    assertEquals("a[U+200B]b[U+2066]c", PrintableText.of("a\u200Bb\u2066c", cp -> true));
    assertEquals("[U+0000][U+001B][U+0085]", PrintableText.of("\u0000\u001B\u0085", cp -> true));
    assertEquals("[U+FEFF]x", PrintableText.of("\uFEFFx", cp -> true));
  }

  @Test
  void lineBreaksAreKeptTabsBecomeSpaces() {
    assertEquals("a\nb\nc d", PrintableText.of("a\r\nb\rc\td", cp -> true));
  }

  @Test
  void whatTheFontLacksShowsItsNumberAlsoBeyondTheBasicPlane() {
    assertEquals("x[U+0645][U+1F600]", PrintableText.of("x\u0645\uD83D\uDE00", cp -> cp < 0x0600));
    assertEquals("[U+D800]", PrintableText.of("\uD800", cp -> true));
  }
}
