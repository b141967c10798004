package nl.casustafel.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latencies the simulation measures itself, per cell (journey × connections × variant), from
 * Gatling's threads. Gatling 3.13 writes its own results only as a binary log and a JavaScript
 * report, so the report's figures come from here; Gatling's HTML shows the same requests.
 */
public final class Recorder {

  /** One journey at one concurrency in one variant. */
  public record Cell(String journey, int users, Variant variant) {}

  private static final class Series {
    private final List<Long> okNanos = new ArrayList<>();
    private long errors;

    synchronized void add(long nanos, boolean ok) {
      if (ok) {
        okNanos.add(nanos);
      } else {
        errors++;
      }
    }

    synchronized Measurement measure(double seconds) {
      return Measurement.of(okNanos.stream().mapToLong(Long::longValue).toArray(), errors, seconds);
    }
  }

  private final Map<Cell, Series> series = new ConcurrentHashMap<>();

  /** One finished request: its latency in nanoseconds and whether it succeeded. */
  public void record(Cell cell, long nanos, boolean ok) {
    series.computeIfAbsent(cell, c -> new Series()).add(nanos, ok);
  }

  /** The cell's figures over {@code seconds} of measured time; empty figures if none ran. */
  public Measurement measure(Cell cell, double seconds) {
    Series s = series.get(cell);
    return s == null ? Measurement.of(new long[0], 0, seconds) : s.measure(seconds);
  }
}
