package nl.casustafel.bench.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one {@code ./casustafel bench} run does, from system properties ({@code -Dbench.*}) or else
 * the environment ({@code CASUSTAFEL_BENCH_*}), or else the defaults below.
 *
 * @param smoke the CI mode: 1 and 10 connections, 3 s rounds, only the list and case-file journeys
 * @param roundSeconds the length of one round (and of each variant's warm-up), seconds
 * @param roundPairs how many audited+baseline pairs of rounds are measured, interleaved A B A B
 * @param concurrencies the closed-loop connections (virtual users) of each run
 * @param journeys the journeys to run
 * @param sqlRequests the sequential requests per journey for the SQL statement count
 * @param sessionUsers the Faces UI users signed in to measure the session size per user
 * @param appUrl the application's root URL, without a trailing slash
 * @param keycloakUrl Keycloak's root URL, without a trailing slash
 * @param output where report.md and gatling/ go
 * @param libertyPid the Liberty JVM's process id for jcmd, or null (heap not measured)
 */
public record BenchSettings(
    boolean smoke,
    int roundSeconds,
    int roundPairs,
    List<Integer> concurrencies,
    List<Journey> journeys,
    int sqlRequests,
    int sessionUsers,
    String appUrl,
    String keycloakUrl,
    Path output,
    String libertyPid) {

  /** From the system properties and the environment of this JVM. */
  public static BenchSettings current() {
    Map<String, String> env = System.getenv();
    return from(name -> System.getProperty("bench." + name, env.get(envName(name))));
  }

  /** From a lookup of the names below (e.g. {@code roundSeconds}); null means the default. */
  public static BenchSettings from(Function<String, String> lookup) {
    boolean smoke = Boolean.parseBoolean(or(lookup.apply("smoke"), "false"));
    List<Journey> journeys =
        lookup.apply("journeys") == null
            ? (smoke ? Journeys.SMOKE : Journeys.ALL)
            : Arrays.stream(lookup.apply("journeys").split(","))
                .map(String::strip)
                .map(id -> Journeys.byId(id).orElseThrow(() -> unknownJourney(id)))
                .toList();
    return new BenchSettings(
        smoke,
        positive(lookup, "roundSeconds", smoke ? 3 : 10),
        positive(lookup, "roundPairs", 2),
        concurrencies(lookup.apply("concurrencies"), smoke),
        journeys,
        positive(lookup, "sqlRequests", smoke ? 10 : 50),
        positive(lookup, "sessionUsers", smoke ? 10 : 50),
        trim(or(lookup.apply("appUrl"), "http://localhost:9080")),
        trim(or(lookup.apply("keycloakUrl"), "http://localhost:8180")),
        Path.of(or(lookup.apply("output"), "target/bench")),
        blankToNull(lookup.apply("libertyPid")));
  }

  /** {@code roundSeconds} → {@code CASUSTAFEL_BENCH_ROUND_SECONDS}. */
  static String envName(String name) {
    return "CASUSTAFEL_BENCH_" + name.replaceAll("([A-Z])", "_$1").toUpperCase();
  }

  private static List<Integer> concurrencies(String text, boolean smoke) {
    if (text == null) {
      return smoke ? List.of(1, 10) : List.of(1, 10, 50);
    }
    return Arrays.stream(text.split(",")).map(s -> Integer.parseInt(s.strip())).toList();
  }

  private static int positive(Function<String, String> lookup, String name, int fallback) {
    String text = lookup.apply(name);
    int value = text == null ? fallback : Integer.parseInt(text.strip());
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be 1 or more, not " + value);
    }
    return value;
  }

  private static IllegalArgumentException unknownJourney(String id) {
    return new IllegalArgumentException(
        "unknown journey "
            + id
            + "; known: "
            + Journeys.ALL.stream().map(Journey::id).reduce((a, b) -> a + ", " + b).orElse(""));
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
