package nl.casustafel.api.casefile;

import jakarta.json.JsonObject;
import java.util.Arrays;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;

/** Reading path and body input with clear refusals: a 400 names the field, a bad id is a 404. */
final class Bodies {

  private Bodies() {}

  static JsonObject required(JsonObject body) {
    if (body == null) {
      throw new IllegalArgumentException("A JSON object is required as the request body.");
    }
    return body;
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
