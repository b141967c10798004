package nl.casustafel.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body rules Parsson does not keep by itself: UTF-8, depth, no field twice, and a size. */
class JsonBodyRulesTest {

  private static Optional<String> problem(String json) {
    return JsonBodyRules.problem(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"category\": \"SOCIAL\", \"text\": \"Regel 1\\nRegel 2 é 😀\"}",
        "[]",
        "\"x\"",
        "5",
        "null",
        "{\"a\": {\"a\": [1, {\"a\": 2}]}}",
        "{\"text\": \"\\u0000\"}"
      })
  void wellFormedJsonPasses(String json) {
    // Types, unknown fields and control characters in values are the resource's rules (Bodies).
    assertEquals(Optional.empty(), problem(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"not json", "{", "{\"a\": 1}}", "{\"a\": 1} {}", "{'a': 1}", "{\"a\":\u0001}"})
  void malformedJsonIsRefused(String json) {
    assertEquals(Optional.of("The request body must be valid JSON."), problem(json));
  }

  @Test
  void aRawControlCharacterInAStringIsNoJson() {
    assertEquals(
        Optional.of("The request body must be valid JSON."), problem("{\"text\": \"a\u0001b\"}"));
  }

  @Test
  void nestingStopsAtSixteenLevels() {
    assertEquals(Optional.empty(), problem("[".repeat(16) + "]".repeat(16)));
    Optional<String> deep = Optional.of("The request body may nest at most 16 levels.");
    assertEquals(deep, problem("[".repeat(17) + "]".repeat(17)));
    assertEquals(deep, problem("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
    // Unclosed: refused at level 17, long before the parser would have to see the end.
    assertEquals(deep, problem("[".repeat(50_000)));
  }

  @Test
  void aFieldTwiceIsRefusedAlsoWhenSpelledWithAnEscape() {
    assertEquals(
        Optional.of("The field text appears more than once."),
        problem("{\"text\": \"a\", \"text\": \"b\"}"));
    assertEquals(
        Optional.of("The field text appears more than once."),
        problem("{\"text\": \"a\", \"\\u0074ext\": \"b\"}"));
    assertEquals(Optional.empty(), problem("{\"a\": {\"text\": 1}, \"text\": 2}"));
    assertEquals(Optional.empty(), problem("[{\"a\": 1}, {\"a\": 2}]"));
  }

  @Test
  void invalidUtf8IsRefusedNotReplaced() {
    byte[] lone = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    byte[] overlong = {'"', (byte) 0xC0, (byte) 0xAF, '"'};
    byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
    byte[] cut = {'"', (byte) 0xE2, (byte) 0x82};
    for (byte[] body : new byte[][] {lone, overlong, surrogate, cut}) {
      assertEquals(
          Optional.of("The request body must be encoded in UTF-8."), JsonBodyRules.problem(body));
    }
  }

  @Test
  void aBodyIsReadUpToItsLimitAndNoFurther() throws IOException {
    byte[] exactly = new byte[1024];
    assertArrayEquals(
        exactly, JsonBodyRules.readAtMost(new ByteArrayInputStream(exactly), 1024).orElseThrow());
    ByteArrayInputStream larger = new ByteArrayInputStream(new byte[1_000_000]);
    assertTrue(JsonBodyRules.readAtMost(larger, 1024).isEmpty());
    assertEquals(1_000_000 - 1025, larger.available(), "read beyond the limit");
    assertEquals(
        0, JsonBodyRules.readAtMost(new ByteArrayInputStream(new byte[0]), 1024).get().length);
  }
}
