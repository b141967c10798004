package nl.casustafel.bench.load;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The markdown report of {@code ./casustafel bench} ({@code target/bench/report.md}). */
public final class Report {

  /**
   * One journey at one concurrency: both variants, measured interleaved in one Gatling run; {@code
   * baseline} null for a journey without one (audited rounds only).
   */
  public record Row(Journey journey, int users, Measurement audited, Measurement baseline) {}

  /**
   * SQL statements per request of one journey, sequential on one connection; NaN if not measured.
   */
  public record SqlRow(String title, double audited, double baseline) {}

  /**
   * Everything the report shows.
   *
   * @param startedAt when the run started (Europe/Amsterdam)
   * @param settings the run's settings
   * @param cases the cases the director sees (the list's total), or -1 if unknown
   * @param rows the load figures, in run order
   * @param sql SQL statements per request
   * @param backgroundStatementsPerSecond statements MariaDB counted per second with no requests
   * @param heapBefore Liberty's used heap after a full GC before the load, or null
   * @param heapAfter the same after the load, or null
   * @param sessions the heap per signed-in Faces user, or null when not measured
   */
  public record Data(
      ZonedDateTime startedAt,
      BenchSettings settings,
      long cases,
      List<Row> rows,
      List<SqlRow> sql,
      double backgroundStatementsPerSecond,
      HeapUse heapBefore,
      HeapUse heapAfter,
      SessionSize sessions) {}

  private Report() {}

  public static String render(Data data) {
    StringBuilder md = new StringBuilder();
    header(md, data);
    latencies(md, data.rows());
    ratios(md, data.rows());
    sql(md, data);
    heap(md, data);
    sessions(md, data.sessions());
    targets(md);
    return md.toString();
  }

  private static void header(StringBuilder md, Data data) {
    BenchSettings s = data.settings();
    md.append("# Casustafel load benchmark\n\n")
        .append("- Started: ")
        .append(data.startedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append(s.smoke() ? " (smoke run)" : "")
        .append("\n- Application: ")
        .append(s.appUrl())
        .append(data.cases() >= 0 ? ", " + data.cases() + " cases visible to the director" : "")
        .append("\n- Closed model: each virtual user sends one request, then the next user starts")
        .append(" (Gatling `constantConcurrentUsers`), one shared keep-alive connection per user.")
        .append("\n- Per journey and concurrency: a warm-up of ")
        .append(s.roundSeconds())
        .append(" s per variant, then ")
        .append(s.roundPairs())
        .append(" × (audited, baseline) rounds of ")
        .append(s.roundSeconds())
        .append(" s, interleaved (audited rounds only for a journey without baseline). Figures")
        .append(" cover the measured rounds only; latencies of successful")
        .append(" requests, measured in the simulation around each request; throughput is")
        .append(" successful requests per measured second.\n")
        .append("- Gatling's HTML per run: `gatling/<journey>-<users>/index.html`.\n");
  }

  private static void latencies(StringBuilder md, List<Row> rows) {
    md.append("\n## Latency and throughput\n\n")
        .append("| journey | users | variant | p50 ms | p95 ms | p99 ms | req/s | errors |\n")
        .append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      line(md, row, Variant.AUDITED, row.audited());
      if (row.baseline() != null) {
        line(md, row, Variant.BASELINE, row.baseline());
      }
    }
  }

  private static void line(StringBuilder md, Row row, Variant variant, Measurement m) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %s | %s | %s | %s | %d |%n",
            row.journey().title(),
            row.users(),
            variant.label(),
            ms(m.p50()),
            ms(m.p95()),
            ms(m.p99()),
            rate(m.throughput()),
            m.errors()));
  }

  private static void ratios(StringBuilder md, List<Row> rows) {
    md.append("\n## Audited against baseline\n\n")
        .append("| journey | users | throughput ratio | p95 ratio | targets |\n")
        .append("|---|---:|---:|---:|---|\n");
    for (Row row : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s | %s |%n",
              row.journey().title(),
              row.users(),
              row.baseline() == null
                  ? "no baseline"
                  : ratio(Targets.throughputRatio(row.audited(), row.baseline())),
              row.baseline() == null
                  ? "no baseline"
                  : ratio(Targets.p95Ratio(row.audited(), row.baseline())),
              Targets.judge(row.journey(), row.users(), row.audited(), row.baseline()).text()));
    }
  }

  private static void sql(StringBuilder md, Data data) {
    md.append("\n## SQL statements per request\n\n")
        .append("MariaDB's `Questions` counter before and after ")
        .append(data.settings().sqlRequests())
        .append(" sequential requests of each journey (one connection), divided by the number")
        .append(" of requests. Statements of Liberty's own timers in the same time are included:")
        .append(" with no requests MariaDB counted ")
        .append(rate(data.backgroundStatementsPerSecond()))
        .append(" statements/s.\n\n")
        .append("| journey | audited | baseline |\n|---|---:|---:|\n");
    for (SqlRow row : data.sql()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s |%n",
              row.title(),
              rate(row.audited()),
              rate(row.baseline())));
    }
  }

  private static void sessions(StringBuilder md, SessionSize size) {
    md.append("\n## Faces session size per user\n\n");
    if (size == null) {
      md.append("Not measured (no Liberty process id for jcmd, or a sign-in failed: see the")
          .append(" bench's output).\n");
      return;
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%d director sessions signed in through Keycloak's form, each opening %d Faces"
                + " pages (the case list and case files), all kept alive. Liberty's used heap"
                + " after a full GC: %s before, %s after: **%.0f KiB per signed-in user**"
                + " (HTTP session, the Faces views kept on the server, Liberty's sign-in"
                + " state). The heap also drifts by a few MiB between two measurements by"
                + " itself (caches expiring), so with few users, as in a smoke run, the figure"
                + " is within that noise; a full run signs in 50.%n",
            size.users(),
            size.pagesPerUser(),
            size.before().text(),
            size.after().text(),
            size.perUserKb()));
  }

  private static void heap(StringBuilder md, Data data) {
    md.append("\n## Liberty heap after GC\n\n");
    if (data.heapBefore() == null || data.heapAfter() == null) {
      md.append("Not measured (no Liberty process id for jcmd).\n");
      return;
    }
    md.append("`jcmd <pid> GC.run`, then `GC.heap_info`: used of committed heap.\n\n")
        .append("- before the load: ")
        .append(data.heapBefore().text())
        .append("\n- after the load: ")
        .append(data.heapAfter().text())
        .append('\n');
  }

  private static void targets(StringBuilder md) {
    md.append("\n## Targets (issue #14)\n\n")
        .append("- Case-file reads (director; Veilig Thuis with redactions) at 10 and 50")
        .append(" connections: audited throughput ≥ 0.8× and p95 ≤ 1.3× the baseline's.\n")
        .append("- At 50 connections: audited p95 ≤ 100 ms for reads, ≤ 250 ms for saves; 0")
        .append(" errors.\n")
        .append("- Not judged here: national scale against 1k cases (run with `--scale`, compare")
        .append(" two reports), SQL statements per list page independent of the page size (see")
        .append(" the list at 5, 20 and 50 rows above).\n");
  }

  /** Milliseconds with one decimal, or n/a. */
  static String ms(double millis) {
    return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, "%.1f", millis);
  }

  private static String rate(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "n/a"
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
