package nl.casustafel.bench.load;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL statements per request: MariaDB's {@code Questions} before and after {@code sqlRequests}
 * sequential requests of each journey and variant (one connection), divided by their number; for
 * the case list also at 5 and 50 rows, to show whether a page costs the same number of statements
 * whatever its size. Liberty's own timers add statements in the same time: the rate without any
 * request is measured first and reported, not subtracted.
 *
 * @param rows the statements per request per journey
 * @param backgroundPerSecond statements per second without requests; NaN if not measured
 */
record StatementCounts(List<Report.SqlRow> rows, double backgroundPerSecond) {

  private static final long IDLE_MILLIS = 3000;

  static StatementCounts measure(BenchSettings settings, Api api, Feeds feeds) throws SQLException {
    try (SqlCounter counter = SqlCounter.fromEnvironment()) {
      if (counter == null) {
        System.err.println("bench: CASUSTAFEL_DB_URL not set: no SQL statement counts");
        return new StatementCounts(List.of(), Double.NaN);
      }
      double background = idle(counter);
      List<Report.SqlRow> rows = new ArrayList<>();
      for (Journey journey : journeys(settings.journeys())) {
        rows.add(
            new Report.SqlRow(
                journey.title(),
                perRequest(counter, api, feeds, journey, Variant.AUDITED, settings.sqlRequests()),
                journey.baseline()
                    ? perRequest(
                        counter, api, feeds, journey, Variant.BASELINE, settings.sqlRequests())
                    : Double.NaN));
      }
      return new StatementCounts(List.copyOf(rows), background);
    }
  }

  /** The journeys, with the list also at 5 and 50 rows right after it. */
  static List<Journey> journeys(List<Journey> journeys) {
    List<Journey> all = new ArrayList<>();
    for (Journey journey : journeys) {
      all.add(journey);
      if (journey.equals(Journeys.LIST)) {
        all.add(journey.withPageSize(5));
        all.add(journey.withPageSize(50));
      }
    }
    return all;
  }

  /** Statements per request: {@code delta / requests}. */
  static double divide(long delta, int requests) {
    return (double) delta / requests;
  }

  private static double idle(SqlCounter counter) throws SQLException {
    long before = counter.questions();
    try {
      Thread.sleep(IDLE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
    return SqlCounter.delta(before, counter.questions()) * 1000.0 / IDLE_MILLIS;
  }

  private static double perRequest(
      SqlCounter counter, Api api, Feeds feeds, Journey journey, Variant variant, int requests)
      throws SQLException {
    RoundRobin<String> feed =
        journey.feed() == null ? null : new RoundRobin<>(feeds.get(journey.feed()));
    api.send(journey, variant, feed == null ? null : feed.next()); // connection and caches warm
    long before = counter.questions();
    int failed = 0;
    for (int i = 0; i < requests; i++) {
      int status = api.send(journey, variant, feed == null ? null : feed.next()).statusCode();
      failed += status == journey.expectedStatus() ? 0 : 1;
    }
    long delta = SqlCounter.delta(before, counter.questions());
    if (failed > 0) {
      System.err.printf(
          "bench: %d of %d %s requests of %s failed: no statement count%n",
          failed, requests, variant.label(), journey.id());
      return Double.NaN;
    }
    return divide(delta, requests);
  }
}
