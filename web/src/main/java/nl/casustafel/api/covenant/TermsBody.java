package nl.casustafel.api.covenant;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantTerms;
import nl.casustafel.covenant.version.GrantTerms;
import nl.casustafel.covenant.version.MembershipTerms;

/**
 * Reads a draft's terms: {@code {"title", "retentionMonths", "articles": {"art. 5": "text"},
 * "memberships": [{"partner", "role", "article", "grants": [{"category", "direction", "purpose",
 * "article", "necessityGround"}]}]}}. Every field is checked as the other bodies are: unknown
 * fields, wrong types and control characters are refused with a 400 naming the field.
 */
final class TermsBody {

  private TermsBody() {}

  static CovenantTerms parse(JsonValue body) {
    JsonObject input = Bodies.object(body, "title", "retentionMonths", "articles", "memberships");
    return new CovenantTerms(
        Bodies.text(input, "title"),
        Bodies.wholeNumber(input, "retentionMonths", 24, 1, 120),
        articles(input),
        memberships(input));
  }

  private static SortedMap<String, String> articles(JsonObject input) {
    if (!(input.get("articles") instanceof JsonObject articles)) {
      throw new IllegalArgumentException("articles must be an object of number → text.");
    }
    SortedMap<String, String> result = new TreeMap<>();
    articles.forEach(
        (number, text) -> {
          if (!(text instanceof JsonString string)) {
            throw new IllegalArgumentException("articles: each text must be a string.");
          }
          result.put(
              nl.casustafel.api.Params.requireCleanText("articles", number),
              nl.casustafel.api.Params.requireCleanText("articles", string.getString()));
        });
    return result;
  }

  private static SortedMap<String, MembershipTerms> memberships(JsonObject input) {
    SortedMap<String, MembershipTerms> result = new TreeMap<>();
    for (JsonValue value : list(input, "memberships")) {
      JsonObject m = Bodies.object(value, "partner", "role", "article", "grants");
      String partner = Bodies.partnerId("partner", Bodies.text(m, "partner")).value();
      Set<GrantTerms> grants = new HashSet<>();
      for (JsonValue grant : list(m, "grants")) {
        grants.add(grant(grant));
      }
      MembershipTerms terms =
          new MembershipTerms(
              Bodies.enumOf(MembershipRole.class, m, "role", null),
              Bodies.text(m, "article", null),
              grants);
      if (result.put(partner, terms) != null) {
        throw new IllegalArgumentException("memberships: one membership per partner.");
      }
    }
    return result;
  }

  private static GrantTerms grant(JsonValue value) {
    JsonObject g =
        Bodies.object(value, "category", "direction", "purpose", "article", "necessityGround");
    return new GrantTerms(
        Bodies.enumOf(DataCategory.class, g, "category", null),
        Bodies.enumOf(Direction.class, g, "direction", null),
        Bodies.enumOf(Purpose.class, g, "purpose", Purpose.CASE_CONFERENCE),
        Bodies.text(g, "article"),
        Bodies.text(g, "necessityGround", null));
  }

  private static JsonArray list(JsonObject input, String field) {
    if (!input.containsKey(field)) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (!(input.get(field) instanceof JsonArray array)) {
      throw new IllegalArgumentException(field + " must be a list.");
    }
    return array;
  }
}
