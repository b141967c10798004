package nl.casustafel.bench.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values the journeys' {@code {feed}} takes, fetched once at setup: the case ids each account
 * may see (from its own case list), the cases the director may add information to (tried once each
 * on the audited API: the first {@value #WRITE_PROBES} cases), and pseudonyms of data subjects from
 * the auditor's first page of the log.
 */
final class Feeds {

  /** At most this many case ids per account: enough to spread the reads over the data. */
  static final int MAX_IDS = 1000;

  static final int WRITE_PROBES = 20;

  private final Map<String, List<String>> values = new TreeMap<>();
  private long directorCases = -1;

  /** The feeds the journeys need, or an {@link IllegalStateException} naming an empty one. */
  static Feeds fetch(Api api, List<Journey> journeys) {
    Feeds feeds = new Feeds();
    Set<String> needed = new LinkedHashSet<>();
    journeys.forEach(j -> needed.add(j.feed()));
    feeds.directorCases =
        api.get(Journeys.DIRECTOR, Journeys.TENANT + "/cases?first=0&size=1")
            .asJsonObject()
            .getJsonNumber("total")
            .longValue();
    for (String feed : needed) {
      if (feed != null) {
        feeds.values.put(feed, nonEmpty(feed, feeds.load(api, feed)));
      }
    }
    return feeds;
  }

  /** The feed's values. */
  List<String> get(String feed) {
    return values.get(feed);
  }

  /** Every feed by name. */
  Map<String, List<String>> all() {
    return Map.copyOf(values);
  }

  /** The total of the director's case list. */
  long directorCases() {
    return directorCases;
  }

  private List<String> load(Api api, String feed) {
    return switch (feed) {
      case Journeys.DIRECTOR_CASES -> caseIds(api, Journeys.DIRECTOR);
      case Journeys.VEILIG_THUIS_CASES -> caseIds(api, Journeys.VEILIG_THUIS);
      case Journeys.DIRECTOR_WRITABLE -> writable(api);
      case Journeys.SUBJECTS -> subjects(api);
      case Journeys.CONFERENCES -> conferences(api);
      default -> throw new IllegalStateException("unknown feed " + feed);
    };
  }

  /**
   * The ids of {@code count} cases from the middle of the director's list, after its first {@value
   * #WRITE_PROBES}, to which the save journey adds information run after run (as many as there are
   * when the list is shorter).
   */
  static List<String> middleDirectorCases(Api api, long total, int count) {
    List<String> ids = new ArrayList<>();
    long first = Math.max(WRITE_PROBES, total / 2 - count);
    api.get(Journeys.DIRECTOR, Journeys.TENANT + "/cases?first=" + first + "&size=" + count)
        .asJsonObject()
        .getJsonArray("cases")
        .forEach(c -> ids.add(id(c)));
    return nonEmpty("middle director cases", ids);
  }

  private static List<String> caseIds(Api api, String account) {
    List<String> ids = new ArrayList<>();
    for (int first = 0; ids.size() < MAX_IDS; first += 100) {
      JsonObject page =
          api.get(account, Journeys.TENANT + "/cases?first=" + first + "&size=100").asJsonObject();
      page.getJsonArray("cases").forEach(c -> ids.add(id(c)));
      if (first + 100 >= page.getJsonNumber("total").longValue()) {
        break;
      }
    }
    return ids.subList(0, Math.min(ids.size(), MAX_IDS));
  }

  private static List<String> writable(Api api) {
    List<String> ids = new ArrayList<>();
    List<String> candidates = caseIds(api, Journeys.DIRECTOR);
    for (String id : candidates.subList(0, Math.min(WRITE_PROBES, candidates.size()))) {
      int status = api.send(Journeys.ADD_INFORMATION, Variant.AUDITED, id).statusCode();
      if (status == Journeys.ADD_INFORMATION.expectedStatus()) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<String> subjects(Api api) {
    Set<String> subjects = new LinkedHashSet<>();
    api.get(Journeys.AUDITOR, Journeys.TENANT + "/audit/events?first=0&size=100")
        .asJsonObject()
        .getJsonArray("events")
        .forEach(
            e -> {
              JsonObject event = e.asJsonObject();
              if (event.containsKey("subject")) {
                // In a query parameter: encoded once here.
                subjects.add(
                    java.net.URLEncoder.encode(
                        event.getString("subject"), java.nio.charset.StandardCharsets.UTF_8));
              }
            });
    return List.copyOf(subjects);
  }

  /** The conferences of the director's calendar from half a year ago to half a year ahead. */
  private static List<String> conferences(Api api) {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    List<String> ids = new ArrayList<>();
    api.get(
            Journeys.DIRECTOR,
            Journeys.TENANT
                + "/conferences?from="
                + today.minusDays(180)
                + "&to="
                + today.plusDays(180))
        .asJsonObject()
        .getJsonArray("conferences")
        .forEach(c -> ids.add(id(c)));
    return ids;
  }

  private static String id(JsonValue summary) {
    JsonValue id = summary.asJsonObject().get("id");
    return id.getValueType() == JsonValue.ValueType.STRING
        ? summary.asJsonObject().getString("id")
        : id.toString();
  }

  private static List<String> nonEmpty(String feed, List<String> values) {
    if (values.isEmpty()) {
      throw new IllegalStateException(
          "nothing for the feed " + feed + ": is the demo data loaded?");
    }
    return values;
  }
}
