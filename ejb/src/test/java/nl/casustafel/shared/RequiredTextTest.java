package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RequiredTextTest {

  /** The break-the-glass rule: 10 visible characters at least, 1000 at most. */
  private static final RequiredText REASON = new RequiredText("reason", 10, 1000);

  /** Code points that show as nothing, from every class the rule leaves out. */
  private static final int[] INVISIBLE = {
    ' ',
    '\t',
    '\n',
    '\r',
    0x0B,
    0x0C,
    0x00,
    0x1B,
    0x7F,
    0x85, // whitespace and controls
    0x00A0,
    0x2007,
    0x202F,
    0x2000,
    0x200A,
    0x3000,
    0x205F,
    0x1680, // Unicode spaces, NBSP
    0x2028,
    0x2029, // line and paragraph separators
    0x200B,
    0x200C,
    0x200D,
    0x2060,
    0xFEFF,
    0x00AD,
    0x180E, // zero-width, joiners, BOM, soft hyphen
    0x200E,
    0x200F,
    0x061C,
    0x202A,
    0x202B,
    0x202C,
    0x202D,
    0x202E, // bidi marks and embeddings
    0x2066,
    0x2067,
    0x2068,
    0x2069, // bidi isolates
    0xE0001,
    0xE0041, // tags
    0x0301,
    0x034F,
    0xFE0F,
    0x20DD, // combining marks, variation selector
    0x115F,
    0x1160,
    0x3164,
    0xFFA0,
    0x2800, // Hangul fillers, blank braille
    0xE000,
    0xF8FF,
    0x10FFFD,
    0x0378,
    0xDC00 // private use, unassigned, lone surrogate
  };

  private static String repeat(int codePoint, int times) {
    return new String(Character.toChars(codePoint)).repeat(times);
  }

  @Test
  void twelveZeroWidthSpacesAreNoReason() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> REASON.check(repeat(0x200B, 12)));
    assertEquals("reason must contain at least 10 visible characters.", e.getMessage());
  }

  @Test
  void bidiControlsAloneAreNoReason() {
    String bidi = "\u202E\u202D\u202A\u202B\u202C\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    assertThrows(IllegalArgumentException.class, () -> REASON.check(bidi));
  }

  @Test
  void nonBreakingSpacesAloneAreNoText() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RequiredText.visible(repeat(0x00A0, 12), "text", 1, 4000));
    assertThrows(
        IllegalArgumentException.class,
        () -> RequiredText.visible("\u2007\u202F\u3000", "text", 1, 4000));
  }

  @Test
  void aRealReasonIsAccepted() {
    assertEquals("Crisis in de nacht", REASON.check("Crisis in de nacht"));
  }

  @Test
  void invisibleCharactersAreStrippedFromTheEndsOnly() {
    assertEquals(
        "Crisis\u200Bin de nacht",
        REASON.check(" \u00A0\u200B\u202E Crisis\u200Bin de nacht \u3000\uFEFF\n"));
  }

  @Test
  void theMinimumCountsCodePointsNotChars() {
    String tenEmoji = repeat(0x1F600, 10); // 20 UTF-16 chars
    assertEquals(tenEmoji, REASON.check(tenEmoji));
    assertThrows(IllegalArgumentException.class, () -> REASON.check(repeat(0x1F600, 9)));
    assertEquals("危機介入が必要です今", REASON.check("危機介入が必要です今"));
    assertThrows(IllegalArgumentException.class, () -> REASON.check("危機介入が必要です"));
  }

  @Test
  void invisibleCharactersInsideDoNotMakeUpTheMinimum() {
    String nineLetters = "a\u200Bb\u200Bc\u200Bd\u200Be\u200Bf\u200Bg\u200Bh\u200Bi";
    assertThrows(IllegalArgumentException.class, () -> REASON.check(nineLetters));
    assertEquals(nineLetters + "j", REASON.check(nineLetters + "j"));
    // An emoji family is three visible people joined by two zero-width joiners.
    String families = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67".repeat(3);
    assertEquals(9, RequiredText.visibleCount(families));
  }

  @Test
  void tooLongIsRefusedInCodePoints() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> REASON.check("x".repeat(1001)));
    assertEquals("reason must be at most 1000 characters long.", e.getMessage());
    String thousandEmoji = repeat(0x1F600, 1000); // 2000 UTF-16 chars, 1000 characters
    assertEquals(thousandEmoji, REASON.check(thousandEmoji));
    assertEquals(1000, REASON.check("  " + "x".repeat(1000) + "  ").length());
  }

  @Test
  void nothingIsNoText() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RequiredText.visible(null, "name", 1, 200));
    assertEquals("name is required and must contain visible characters.", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequiredText.visible("", "name", 1, 200));
  }

  @Test
  void everyKindOfInvisibleCharacterIsNotCounted() {
    for (int codePoint : INVISIBLE) {
      assertEquals(
          0,
          RequiredText.visibleCount(repeat(codePoint, 1)),
          () -> "U+" + Integer.toHexString(codePoint).toUpperCase() + " counted as visible");
    }
  }

  @Test
  void impossibleRulesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RequiredText("x", 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new RequiredText("x", 11, 10));
  }

  @Property
  void invisibleCharactersAloneNeverPass(@ForAll("invisibleText") String value) {
    assertThrows(IllegalArgumentException.class, () -> RequiredText.visible(value, "t", 1, 4000));
  }

  @Property
  void visibleLettersCountWhateverInvisibleSurroundsThem(
      @ForAll("invisibleText") String padding, @ForAll @IntRange(min = 0, max = 20) int letters) {
    String value = padding + "ä".repeat(letters) + padding;
    boolean accepted;
    try {
      REASON.check(value);
      accepted = true;
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertEquals(letters >= 10, accepted, () -> "letters: " + letters);
  }

  @Property
  void theAcceptedTextHasNoBlankEnds(@ForAll("blankText") String padding) {
    String checked = REASON.check(padding + "Crisis in de nacht" + padding);
    assertTrue(checked.startsWith("C") && checked.endsWith("t"), checked);
  }

  @Provide
  Arbitrary<String> invisibleText() {
    return textOf(IntStream.of(INVISIBLE));
  }

  /**
   * What is stripped from the ends: not the marks, private-use, unassigned or surrogate code
   * points, which may be a character newer than the JDK or belong to the text.
   */
  @Provide
  Arbitrary<String> blankText() {
    return textOf(
        IntStream.of(INVISIBLE)
            .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
            .filter(c -> Character.getType(c) != Character.ENCLOSING_MARK)
            .filter(c -> Character.getType(c) != Character.PRIVATE_USE)
            .filter(c -> Character.getType(c) != Character.UNASSIGNED)
            .filter(c -> Character.getType(c) != Character.SURROGATE));
  }

  private static Arbitrary<String> textOf(IntStream codePoints) {
    return Arbitraries.of(codePoints.boxed().toList())
        .list()
        .ofMaxSize(40)
        .map(
            list ->
                list.stream()
                    .map(c -> new String(Character.toChars(c)))
                    .collect(Collectors.joining()));
  }
}
