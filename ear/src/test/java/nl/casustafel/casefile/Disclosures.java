package nl.casustafel.casefile;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an API answer discloses, read from the answer alone: every part that carries a legal basis
 * is personal data shown, and it belongs to the case object ({@code reference}) or referral object
 * ({@code referral}) or person object ({@code "person": <client id>}, e.g. a likely duplicate at
 * triage) around it. Pairs are {@code caseId:CATEGORY}, {@code referral=AM-…:CATEGORY} or {@code
 * person=<id>:CATEGORY}; a case or referral has one person, so it stands for its data subject.
 */
final class Disclosures {

  private Disclosures() {}

  /**
   * The (case, category) pairs the body shows; none for a body that is not JSON. What it shows
   * outside any case object belongs to the case the path names ({@code /cases/{id}/crisis-card}),
   * or, when the path names none (null), must not be there.
   */
  static Set<String> in(String body, String caseOfPath) {
    Set<String> pairs = new TreeSet<>();
    parse(body).ifPresent(json -> walk(json, caseOfPath, pairs));
    return pairs;
  }

  /** The {@code total} of a list answer, or -1. */
  static long total(String body) {
    return parse(body)
        .filter(j -> j instanceof JsonObject o && o.containsKey("total"))
        .map(j -> ((JsonObject) j).getJsonNumber("total").longValue())
        .orElse(-1L);
  }

  private static void walk(JsonValue value, String caseId, Set<String> pairs) {
    if (value instanceof JsonObject o) {
      String here =
          o.containsKey("reference") && o.get("id") instanceof JsonNumber id
              ? String.valueOf(id.longValue())
              : o.containsKey("referral")
                  ? "referral=" + o.getString("referral")
                  : o.get("person") instanceof JsonNumber person
                      ? "person=" + person.longValue()
                      : caseId;
      if (o.containsKey("basis") && o.containsKey("category")) {
        if (here == null) {
          throw new AssertionError("personal data outside any case: " + o);
        }
        pairs.add(here + ":" + o.getString("category"));
      }
      o.values().forEach(v -> walk(v, here, pairs));
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> walk(v, caseId, pairs));
    }
  }

  private static java.util.Optional<JsonStructure> parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return java.util.Optional.of(reader.read());
    } catch (JsonException | IllegalStateException e) {
      return java.util.Optional.empty();
    }
  }
}
