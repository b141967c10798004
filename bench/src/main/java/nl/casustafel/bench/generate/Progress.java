package nl.casustafel.bench.generate;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generator's own timing. Per batch it counts the rows per table and the batch's time under its
 * stream ({@code cases}: client, case_file, case_participation, case_information,
 * case_status_change in one transaction; {@code events}: audit_event with its checkpoints); it
 * prints a line at most every {@link #EVERY_NANOS} and at each stream's end per tenant (tenant,
 * stream, batch, rows so far, rows/s since the last line), and at the end a summary per table and
 * per stream. Times are wall-clock ({@link System#nanoTime()}) and include building the rows and
 * hashing the events: the generator's real rate.
 */
final class Progress {

  static final long EVERY_NANOS = 3_000_000_000L;

  private final PrintStream out;
  private final Map<String, Long> tableRows = new LinkedHashMap<>();
  private final Map<String, long[]> streams = new LinkedHashMap<>(); // rows, nanos
  private final long started = System.nanoTime();
  private long lastLine = System.nanoTime();
  private long rowsSinceLine;

  Progress(PrintStream out) {
    this.out = out;
  }

  /** Counts a committed batch: rows per table, its time; prints a line when one is due. */
  void batch(String tenant, String stream, String batch, Map<String, Integer> rows, long nanos) {
    long[] s = streams.computeIfAbsent(stream, k -> new long[2]);
    rows.forEach(
        (table, n) -> {
          tableRows.merge(table, (long) n, Long::sum);
          s[0] += n;
          rowsSinceLine += n;
        });
    s[1] += nanos;
    if (System.nanoTime() - lastLine >= EVERY_NANOS) {
      line(tenant, stream, batch);
    }
  }

  /** A line now, whatever the time (the end of a tenant's stream). */
  void line(String tenant, String stream, String batch) {
    long now = System.nanoTime();
    out.printf(
        "%-10s %-7s %s: %,d rows so far, %,.0f rows/s%n",
        tenant,
        stream,
        batch,
        streams.getOrDefault(stream, new long[2])[0],
        perSecond(rowsSinceLine, now - lastLine));
    out.flush();
    lastLine = now;
    rowsSinceLine = 0;
  }

  /** Prints what was generated, per table and per stream, with the rates. */
  void summary() {
    out.println("Generated rows per table:");
    tableRows.forEach((table, n) -> out.printf("  %-20s %,12d%n", table, n));
    out.println("Per stream (seconds spent in its batches, rows/s):");
    long rows = 0;
    for (Map.Entry<String, long[]> e : streams.entrySet()) {
      long[] s = e.getValue();
      rows += s[0];
      out.printf(
          "  %-20s %,12d rows %9.1f s %,10.0f rows/s%n",
          e.getKey(), s[0], s[1] / 1e9, perSecond(s[0], s[1]));
    }
    long nanos = System.nanoTime() - started;
    out.printf(
        "  %-20s %,12d rows %9.1f s %,10.0f rows/s%n",
        "all (wall clock)", rows, nanos / 1e9, perSecond(rows, nanos));
  }

  static double perSecond(long rows, long nanos) {
    return nanos <= 0 ? 0 : rows * 1e9 / nanos;
  }
}
