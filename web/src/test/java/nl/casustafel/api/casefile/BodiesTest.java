package nl.casustafel.api.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Body fields: exactly the documented ones, each of its type, refused naming the field. */
class BodiesTest {

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private static JsonObject object(String text) {
    return json(text).asJsonObject();
  }

  private static String refusal(Runnable read) {
    return assertThrows(IllegalArgumentException.class, read::run).getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"x\"", "5", "null", "true"})
  void aBodyThatIsNoObjectIsRefused(String body) {
    assertEquals(
        "A JSON object is required as the request body.",
        refusal(() -> Bodies.object(json(body), "text")));
    assertEquals(
        "A JSON object is required as the request body.",
        refusal(() -> Bodies.object(null, "text")));
  }

  @Test
  void anUnknownFieldIsRefusedByName() {
    JsonObject typo = object("{\"catgory\": \"SOCIAL\", \"text\": \"x\"}");
    assertEquals(
        "Unknown field catgory; the fields are category, text, purpose.",
        refusal(() -> Bodies.object(typo, "category", "text", "purpose")));
    JsonObject known = object("{\"category\": \"SOCIAL\", \"text\": \"x\"}");
    assertEquals(known, Bodies.object(known, "category", "text", "purpose"));
  }

  @Test
  void aTextFieldIsAStringWithoutControlCharacters() {
    assertEquals("Regel 1\nRegel 2", Bodies.text(object("{\"t\": \"Regel 1\\nRegel 2\"}"), "t"));
    assertEquals("text is required.", refusal(() -> Bodies.text(object("{}"), "text")));
    for (String wrong : new String[] {"5", "null", "true", "[\"x\"]", "{\"x\": 1}"}) {
      assertEquals(
          "text must be a string.",
          refusal(() -> Bodies.text(object("{\"text\": " + wrong + "}"), "text")));
    }
    for (String hidden : new String[] {"\\u0000", "\\u001b[31m", "\\u007f", "\\ud800"}) {
      String message =
          refusal(() -> Bodies.text(object("{\"text\": \"a" + hidden + "\"}"), "text"));
      assertTrue(message.startsWith("text must be valid Unicode text without control"), message);
    }
  }

  @Test
  void anOptionalFieldLeftOutTakesItsDefaultButNullIsNoValue() {
    assertEquals("", Bodies.text(object("{}"), "query", ""));
    assertEquals(
        "until must be a string.",
        refusal(() -> Bodies.text(object("{\"until\": null}"), "until", null)));
  }

  @Test
  void aWholeNumberFieldIsExactAndInRange() {
    assertEquals(20, Bodies.wholeNumber(object("{}"), "size", 20, 1, 100));
    assertEquals(100, Bodies.wholeNumber(object("{\"size\": 1e2}"), "size", 20, 1, 100));
    assertEquals(7, Bodies.wholeNumber(object("{\"size\": 7}"), "size", 20, 1, 100));
    for (String bad :
        new String[] {
          "\"abc\"",
          "\"5\"",
          "null",
          "1.5",
          "0",
          "101",
          "-1",
          "99999999999999999999",
          "1e999999999",
          "1e-999999999",
          "[5]"
        }) {
      assertEquals(
          "size must be a whole number from 1 to 100.",
          refusal(() -> Bodies.wholeNumber(object("{\"size\": " + bad + "}"), "size", 20, 1, 100)),
          bad);
    }
  }

  @Test
  void anEnumFieldIsOneOfItsNamesAndRequiredWithoutDefault() {
    assertEquals(
        DataCategory.SOCIAL,
        Bodies.enumOf(DataCategory.class, object("{\"category\": \"SOCIAL\"}"), "category", null));
    assertEquals(
        Purpose.CASE_CONFERENCE,
        Bodies.enumOf(Purpose.class, object("{}"), "purpose", Purpose.CASE_CONFERENCE));
    for (String bad :
        new String[] {
          "{}", "{\"category\": null}", "{\"category\": 5}", "{\"category\": \"GOSSIP\"}"
        }) {
      String message =
          refusal(() -> Bodies.enumOf(DataCategory.class, object(bad), "category", null));
      assertTrue(message.startsWith("category must be one of ["), bad + ": " + message);
    }
  }

  @Test
  void aPathIdThatIsNoIdIsAnUnknownCase() {
    assertEquals(new CaseId(3), Bodies.caseId("3"));
    for (String bad : new String[] {"abc", "1e9", "\u0000", "0", "-1", "99999999999999999999"}) {
      assertThrows(CaseUnknown.class, () -> Bodies.caseId(bad), bad);
    }
  }
}
