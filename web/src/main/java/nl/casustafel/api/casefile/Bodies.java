package nl.casustafel.api.casefile;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import nl.casustafel.api.Params;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;

/**
 * Reading path and body input with clear refusals: a 400 names the field and its rule, a bad id is
 * a 404. A body is an object of exactly the documented fields: an unknown field is refused (a typo
 * such as {@code "catgory"} must not silently store something else), and so is a field of the wrong
 * type, including {@code null} — leave a field out to get its default. Text fields refuse control
 * characters ({@link Params#isCleanText}); their length is the domain's rule.
 */
public final class Bodies {

  private Bodies() {}

  /** The body as an object of only the given fields; anything else is refused clearly. */
  public static JsonObject object(JsonValue body, String... fields) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new IllegalArgumentException("A JSON object is required as the request body.");
    }
    JsonObject object = body.asJsonObject();
    List<String> known = List.of(fields);
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown field "
                + Params.excerpt(name)
                + "; the fields are "
                + String.join(", ", known)
                + ".");
      }
    }
    return object;
  }

  /** A required text field. */
  public static String text(JsonObject body, String field) {
    if (!body.containsKey(field)) {
      throw new IllegalArgumentException(field + " is required.");
    }
    return text(body, field, null);
  }

  /** An optional text field: {@code fallback} when left out. */
  public static String text(JsonObject body, String field, String fallback) {
    if (!body.containsKey(field)) {
      return fallback;
    }
    if (!(body.get(field) instanceof JsonString string)) {
      throw new IllegalArgumentException(field + " must be a string.");
    }
    return Params.requireCleanText(field, string.getString());
  }

  /** An optional whole-number field in {@code min..max}: {@code fallback} when left out. */
  public static int wholeNumber(JsonObject body, String field, int fallback, int min, int max) {
    if (!body.containsKey(field)) {
      return fallback;
    }
    if (body.get(field) instanceof JsonNumber number) {
      try {
        // Exact: 1.5 and 1e20 are refused, not rounded or cut; 1e2 is 100.
        int value = number.bigDecimalValue().intValueExact();
        if (value >= min && value <= max) {
          return value;
        }
      } catch (ArithmeticException e) {
        // Not a whole number in int range: the same rule as out of range.
      }
    }
    throw new IllegalArgumentException(Params.wholeNumberRule(field, min, max));
  }

  /** An enum field by its name; {@code fallback} when left out, required when that is null. */
  public static <E extends Enum<E>> E enumOf(
      Class<E> type, JsonObject body, String field, E fallback) {
    if (!body.containsKey(field) && fallback != null) {
      return fallback;
    }
    JsonValue value = body.get(field);
    return Params.enumOf(type, field, value instanceof JsonString s ? s.getString() : null);
  }

  /** An optional date field {@code yyyy-mm-dd}: empty when left out. */
  public static java.util.Optional<java.time.LocalDate> date(JsonObject body, String field) {
    String text = text(body, field, null);
    if (text == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.time.LocalDate.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a date as yyyy-mm-dd.");
    }
  }

  /** An optional true/false field: {@code fallback} when left out. */
  public static boolean bool(JsonObject body, String field, boolean fallback) {
    if (!body.containsKey(field)) {
      return fallback;
    }
    JsonValue value = body.get(field);
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new IllegalArgumentException(field + " must be true or false.");
  }

  /** An optional object field, checked like a body: only the given fields. */
  public static java.util.Optional<JsonObject> objectField(
      JsonObject body, String field, String... fields) {
    if (!body.containsKey(field)) {
      return java.util.Optional.empty();
    }
    if (body.get(field).getValueType() != JsonValue.ValueType.OBJECT) {
      throw new IllegalArgumentException(field + " must be a JSON object.");
    }
    return java.util.Optional.of(object(body.get(field), fields));
  }

  /** A partner id from a body, refused with a 400 naming the field when it is no partner id. */
  public static nl.casustafel.partner.PartnerId partnerId(String field, String value) {
    try {
      return new nl.casustafel.partner.PartnerId(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + " must be a partner id: " + Params.excerpt(value));
    }
  }

  /** A path id that is no id answers like an unknown case. */
  public static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(CaseUnknown::new);
  }
}
