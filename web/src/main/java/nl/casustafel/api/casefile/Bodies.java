package nl.casustafel.api.casefile;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;

/** Reading path and body input with clear refusals: a 400 names the field, a bad id is a 404. */
final class Bodies {

  private Bodies() {}

  /** The body as an object; anything else (none, an array, a number) is refused clearly. */
  static JsonObject required(JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new IllegalArgumentException("A JSON object is required as the request body.");
    }
    return body.asJsonObject();
  }

  /** A path id that is no id answers like an unknown case. */
  static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(CaseUnknown::new);
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }
  }
}
