package nl.casustafel.identity.provisioning;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reads a list of Keycloak's admin API page by page ({@code first}, {@code max}) until a page is
 * short, and at most {@link #MAX_PAGES} pages (a bound, not an expected size).
 */
final class Pages {

  static final int SIZE = 100;
  static final int MAX_PAGES = 100;

  private Pages() {}

  /**
   * The query of the page that starts at {@code first}, brief representations, plus {@code more}.
   */
  static Map<String, String> query(int first, Map<String, String> more) {
    Map<String, String> query = new HashMap<>(more);
    query.put("first", Integer.toString(first));
    query.put("max", Integer.toString(SIZE));
    query.put("briefRepresentation", "true");
    return query;
  }

  /** Every element of every page; {@code page} fetches the page that starts at its argument. */
  static List<JsonObject> all(IntFunction<JsonArray> page) {
    List<JsonObject> all = new ArrayList<>();
    for (int i = 0; i < MAX_PAGES; i++) {
      JsonArray items = page.apply(i * SIZE);
      all.addAll(items.getValuesAs(JsonObject.class));
      if (items.size() < SIZE) {
        return all;
      }
    }
    throw new IllegalStateException("more than " + MAX_PAGES * SIZE + " entries");
  }
}
